import { type Entry, entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";

/**
 * How much each kind matters to a reader of a crisis timeline, 1..10: threats and
 * ultimatums first, then rejections and offers (the moves a crisis turns on), then
 * demands and accusations, then meetings, and comments last.
 */
export const KIND_WEIGHT: Readonly<Record<string, number>> = Object.freeze({
  ultimatum: 10,
  threat: 9,
  warning: 8,
  rejection: 7,
  offer: 7,
  proposal: 6,
  demand: 6,
  summit: 6,
  agreement: 6,
  military: 6,
  accusation: 5,
  meeting: 5,
  visit: 5,
  appeal: 4,
  assurance: 4,
  denial: 4,
  call: 4,
  forum: 4,
  speech: 3,
  praise: 2,
  other: 2,
  comment: 1,
});

/**
 * The label priority of one entry (higher is labelled first):
 * `10 × kind weight + 2 × |intensity| + 15 if a key judgment rests on it + 3 per
 * relation (at most 5)`, plus 1000 when the author set `highlight: true`, minus 5 for
 * a candidate or disputed item. The kind dominates: a comment cited by a judgment with
 * five relations (10 + 15 + 15 = 40) stays below any threat (≥ 90).
 *
 * @example
 * entryPriority(threatEntry, { cited: false, relations: 1 }) // 10·9 + 2·7 + 3 = 107
 */
export function entryPriority(entry: Entry, context: { cited: boolean; relations: number }): number {
  const item = entry.statement ?? entry.event;
  const highlight = item?.highlight === true ? 1000 : 0;
  const weight = KIND_WEIGHT[entry.kind] ?? 1;
  const doubt = entry.status === "confirmed" ? 0 : -5;
  return (
    highlight +
    10 * weight +
    2 * Math.min(10, Math.abs(entry.intensity)) +
    (context.cited ? 15 : 0) +
    3 * Math.min(5, context.relations) +
    doubt
  );
}

const cache = new WeakMap<Chronicle, Map<string, number>>();
const contexts = new WeakMap<Chronicle, (entry: Entry) => number>();

/**
 * The priority rule bound to one chronicle: what an entry needs besides itself (whether a
 * judgment cites it, how many relations touch it) is gathered once, so asking for a few
 * entries of a large chronicle costs only those few. Cached per chronicle object.
 *
 * @example
 * priorityOf(chronicle)(entry) // 127
 */
export function priorityOf(chronicle: Chronicle): (entry: Entry) => number {
  const hit = contexts.get(chronicle);
  if (hit) return hit;
  const cited = new Set<string>();
  for (const j of chronicle.judgments ?? []) for (const id of j.basis) cited.add(id);
  const relations = new Map<string, number>();
  for (const r of chronicle.relations ?? []) {
    relations.set(r.from, (relations.get(r.from) ?? 0) + 1);
    relations.set(r.to, (relations.get(r.to) ?? 0) + 1);
  }
  const of = (e: Entry) => entryPriority(e, { cited: cited.has(e.id), relations: relations.get(e.id) ?? 0 });
  contexts.set(chronicle, of);
  return of;
}

/**
 * The label priority of every statement and event of a chronicle, by id (see
 * {@link entryPriority} for the rule). Cached per chronicle object.
 *
 * @example
 * priorities(chronicle).get("legit-targets") // 127
 */
export function priorities(chronicle: Chronicle): Map<string, number> {
  const hit = cache.get(chronicle);
  if (hit) return hit;
  const of = priorityOf(chronicle);
  const out = new Map<string, number>();
  for (const e of entriesOf(chronicle)) out.set(e.id, of(e));
  cache.set(chronicle, out);
  return out;
}
