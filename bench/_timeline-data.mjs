// Generated chronicles for the timeline benchmark (deterministic: the size is the seed).
import { rng } from "./generate.mjs";

const KINDS = [
  "threat",
  "warning",
  "ultimatum",
  "offer",
  "proposal",
  "rejection",
  "demand",
  "accusation",
  "comment",
  "praise",
];
const EVENT_KINDS = ["meeting", "summit", "visit", "call", "military", "forum"];

/** A valid chronicle of `n` items over three years: 85 % statements, 15 % events, 30 actors. */
export function generate(n) {
  const r = rng(n);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const actors = Array.from({ length: 30 }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    type: i % 3 ? "person" : "state",
  }));
  const start = Date.UTC(2023, 0, 1);
  const day = () => new Date(start + Math.floor(r() * 1095) * 86_400_000).toISOString().slice(0, 10);
  const date = () => {
    const d = day();
    const x = r();
    if (x < 0.08) return d.slice(0, 7);
    if (x < 0.12) return `${d}?`;
    if (x < 0.17) {
      const end = new Date(Date.parse(d) + (1 + Math.floor(r() * 9)) * 86_400_000).toISOString().slice(0, 10);
      return `${d}/${end}`;
    }
    return d;
  };
  const statements = [];
  const events = [];
  for (let i = 0; i < n; i++) {
    if (i % 7 === 0) {
      events.push({
        id: `e${i}`,
        kind: pick(EVENT_KINDS),
        title: `Event ${i} between leaders`,
        date: date(),
        participants: [pick(actors).id, pick(actors).id].filter((v, j, a) => a.indexOf(v) === j),
      });
    } else {
      statements.push({
        id: `s${i}`,
        kind: pick(KINDS),
        speaker: pick(actors).id,
        targets: [pick(actors).id],
        date: date(),
        summary: `Statement ${i}: a leader says something about the crisis that matters to analysts.`,
      });
    }
  }
  return { briefline: 1, title: `Generated ${n}`, timezone: "UTC", actors, events, statements };
}
