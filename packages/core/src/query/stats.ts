import { midpoint } from "../dates/compare.js";
import { periodOf } from "../dates/period.js";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";

/** Counts that describe a chronicle at a glance. */
export interface ChronicleStats {
  actors: number;
  sources: number;
  events: number;
  statements: number;
  relations: number;
  judgments: number;
  byKind: Record<string, number>;
  /** Statements per speaker (actor id). */
  bySpeaker: Record<string, number>;
  /** Items per month (`2025-09`). */
  byMonth: Record<string, number>;
  /** Earliest and latest instants covered, as ISO strings. */
  span: { from: string; to: string } | null;
}

/**
 * Counts by kind, speaker and month, and the date span.
 *
 * @example
 * chronicleStats(chronicle).byKind.threat // 4
 */
export function chronicleStats(chronicle: Chronicle): ChronicleStats {
  const entries = entriesOf(chronicle);
  const tz = chronicle.timezone ?? "UTC";
  const byKind: Record<string, number> = {};
  const bySpeaker: Record<string, number> = {};
  const byMonth: Record<string, number> = {};
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    // Own counts only: an actor called `constructor` must not start from Object's.
    byKind[e.kind] = (Object.hasOwn(byKind, e.kind) ? (byKind[e.kind] as number) : 0) + 1;
    if (e.speaker)
      bySpeaker[e.speaker] = (Object.hasOwn(bySpeaker, e.speaker) ? (bySpeaker[e.speaker] as number) : 0) + 1;
    const at = midpoint(e.date);
    if (Number.isFinite(at)) {
      const month = periodOf(at, "month", tz).key;
      byMonth[month] = (byMonth[month] ?? 0) + 1;
    }
    // An open end ("2025-09/..") adds what is known of it: its other bound's span.
    const first = Number.isFinite(e.date.earliest) ? e.date.earliest : (e.date.end?.earliest ?? from);
    const last = Number.isFinite(e.date.latest) ? e.date.latest : (e.date.start?.latest ?? to);
    from = Math.min(from, first, last);
    to = Math.max(to, first, last);
  }
  return {
    actors: chronicle.actors?.length ?? 0,
    sources: chronicle.sources?.length ?? 0,
    events: chronicle.events?.length ?? 0,
    statements: chronicle.statements?.length ?? 0,
    relations: chronicle.relations?.length ?? 0,
    judgments: chronicle.judgments?.length ?? 0,
    byKind,
    bySpeaker,
    byMonth: Object.fromEntries(Object.entries(byMonth).sort(([a], [b]) => a.localeCompare(b))),
    span:
      Number.isFinite(from) && Number.isFinite(to)
        ? { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
        : null,
  };
}
