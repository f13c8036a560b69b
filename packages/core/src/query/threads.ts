import { compareDates } from "../dates/compare.js";
import { type Entry, entriesOf } from "../model/entries.js";
import type { Chronicle, Relation } from "../model/types.js";

/** A chain of items linked by relations: an offer, its rejection, a reiteration… */
export interface Thread {
  /** The earliest entry of the thread. */
  root: Entry;
  entries: Entry[];
  relations: Relation[];
}

/**
 * Follows relations in both directions from each item and returns the connected
 * threads of two or more items, each in date order, the threads ordered by their start.
 *
 * @example
 * threads(chronicle).find((t) => t.entries.some((e) => e.id === "moscow-offer"))
 */
export function threads(chronicle: Chronicle): Thread[] {
  const all = entriesOf(chronicle);
  const byId = new Map(all.map((e) => [e.id, e]));
  // Entries of the same date keep the chronicle's order (an offer written before its
  // same-day rejection stays first), so the root is the item the thread starts from.
  const order = new Map(all.map((e, i) => [e.id, i]));
  const byDate = (a: Entry, b: Entry) =>
    compareDates(a.date, b.date) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const r of chronicle.relations ?? []) {
    link(r.from, r.to);
    link(r.to, r.from);
  }
  const seen = new Set<string>();
  const out: Thread[] = [];
  for (const start of neighbours.keys()) {
    if (seen.has(start)) continue;
    const ids = new Set<string>([start]);
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const id = queue.pop() as string;
      for (const next of neighbours.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          ids.add(next);
          queue.push(next);
        }
      }
    }
    const entries = [...ids].map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
    if (entries.length < 2) continue;
    entries.sort(byDate);
    const relations = (chronicle.relations ?? []).filter((r) => ids.has(r.from));
    out.push({ root: entries[0] as Entry, entries, relations });
  }
  return out.sort((a, b) => byDate(a.root, b.root));
}

/**
 * The thread an item belongs to, or undefined when no relation touches it.
 *
 * @example
 * threadOf(chronicle, "moscow-offer")?.entries.map((e) => e.id)
 */
export function threadOf(chronicle: Chronicle, id: string): Thread | undefined {
  return threads(chronicle).find((t) => t.entries.some((e) => e.id === id));
}
