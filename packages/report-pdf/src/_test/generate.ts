import type { Chronicle } from "@briefline/core";

const WORDS = (
  "troops border talks sanctions deadline missiles drills ceasefire envoy summit strike retaliation " +
  "guarantees convoy pipeline tariffs embassy warning negotiations airspace exercise blockade accord"
).split(" ");
const KINDS = ["threat", "offer", "comment", "warning", "rejection", "ultimatum", "praise", "accusation"] as const;

/**
 * A deterministic crisis chronicle of `n` statements (a quarter of them threats,
 * warnings or ultimatums) and `n / 5` meetings among five actors over `days` days,
 * with headline-like titles of 3–9 words, relations, and key judgments citing some
 * items. Dense on purpose: many items share days and speakers.
 *
 * @example
 * generateChronicle(40, 30).statements?.length // 40
 */
export function generateChronicle(n: number, days: number, seed = 11): Chronicle {
  let s = seed;
  const r = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  const day = (d: number) => new Date(Date.UTC(2024, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);
  // Later days are busier, as crises are: the square root skews the days to the end.
  const when = () => day(Math.floor(Math.sqrt(r()) * days));
  const ids = ["north", "south", "east", "west", "mediator"];
  const names = ["Northland", "Southland", "Eastern League", "Western Union", "UN envoy"];
  const title = (speaker: string) => {
    const words = Array.from({ length: 3 + Math.floor(r() * 7) }, () => pick(WORDS));
    return `${names[ids.indexOf(speaker)]}: ${words.join(" ")}`;
  };
  const statements = Array.from({ length: n }, (_, i) => {
    const speaker = pick(ids);
    return {
      id: `s${i}`,
      kind: KINDS[i % KINDS.length] as (typeof KINDS)[number],
      speaker,
      targets: [pick(ids.filter((a) => a !== speaker))],
      date: when(),
      title: title(speaker),
      summary: `Statement ${i} about ${pick(WORDS)}.`,
    };
  });
  return {
    briefline: 1,
    title: `Generated crisis, ${n} statements`,
    timezone: "UTC",
    actors: ids.map((id, i) => ({ id, name: names[i] as string, type: "state" as const })),
    events: Array.from({ length: Math.floor(n / 5) }, (_, i) => ({
      id: `e${i}`,
      kind: "meeting" as const,
      title: `Talks on ${pick(WORDS)} and ${pick(WORDS)}`,
      date: when(),
      participants: ids.filter(() => r() < 0.4),
    })),
    statements,
    relations: statements
      .filter((_, i) => i % 6 === 5)
      .map((st, i) => ({ type: "responds_to" as const, from: st.id, to: `s${i * 6}` })),
    judgments: [
      {
        id: "kj-1",
        text: "Talks resume within the month.",
        likelihood: "likely" as const,
        confidence: "moderate" as const,
        basis: [`s${Math.floor(n / 3) * 1}`, `s${n - 2}`],
      },
    ],
  } as Chronicle;
}
