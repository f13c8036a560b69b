// Generates synthetic chronicles for benchmarks: deterministic (seeded), realistic mix
// of kinds, actors, day-precision dates over two years, sources, quotes and relations.
import { STATEMENT_KINDS } from "../packages/core/dist/index.js";

const KINDS = STATEMENT_KINDS;
// The diplomatic events; military actions and agreements stay out of the synthetic mix.
const EVENT_KINDS = ["meeting", "summit", "visit", "call", "forum", "speech"];

/** A seeded pseudo-random generator (mulberry32), shared by the benchmark data generators. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A chronicle with `statements` statements, a tenth as many events and relations. */
export function generateChronicle(statements, seed = 1) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const actors = Array.from({ length: 200 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    type: i % 3 ? "person" : "state",
    country: "AAA",
  }));
  const sources = Array.from({ length: 100 }, (_, i) => ({
    id: `src-${i}`,
    title: `Report ${i}`,
    publisher: `Wire ${i % 7}`,
    reliability: pick(["A", "B", "C"]),
  }));
  const start = Date.UTC(2024, 0, 1);
  const day = (offset) => new Date(start + offset * 86400000).toISOString().slice(0, 10);
  const eventCount = Math.max(1, Math.floor(statements / 10));
  const events = Array.from({ length: eventCount }, (_, i) => ({
    id: `ev-${i}`,
    kind: pick(EVENT_KINDS),
    title: `Meeting number ${i}`,
    date: day(Math.floor(r() * 730)),
    participants: [pick(actors).id, pick(actors).id],
    sources: [{ source: pick(sources).id, credibility: 2 }],
  }));
  const list = Array.from({ length: statements }, (_, i) => ({
    id: `st-${i}`,
    kind: pick(KINDS),
    speaker: pick(actors).id,
    targets: [pick(actors).id],
    date: day(Math.floor(r() * 730)),
    ...(i % 4 === 0 ? { at: pick(events).id } : {}),
    summary: `Statement ${i} about the crisis, with enough words to look like a real summary line.`,
    ...(i % 3 === 0 ? { quote: { text: `We will respond to number ${i} as we see fit.`, verbatim: true } } : {}),
    sources: [{ source: pick(sources).id, credibility: 1 + Math.floor(r() * 6) }],
  }));
  const relations = Array.from({ length: Math.floor(statements / 10) }, (_, i) => ({
    type: "responds_to",
    from: `st-${i * 10 + 5}`,
    to: `st-${i * 10}`,
  }));
  return {
    briefline: 1,
    title: `Synthetic chronicle of ${statements} statements`,
    timezone: "UTC",
    actors,
    sources,
    events,
    statements: list,
    relations,
  };
}
