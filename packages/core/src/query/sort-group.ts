import { compareDates, midpoint } from "../dates/compare.js";
import { type Period, type PeriodUnit, periodOf } from "../dates/period.js";
import type { Entry } from "../model/entries.js";

/** Orders entries may be sorted in. */
export type SortKey = "date" | "-date" | "intensity" | "-intensity" | "kind";

/**
 * Returns a sorted copy (never mutates the input). `intensity` puts the most hostile
 * first; `-intensity` the most cooperative.
 *
 * @example
 * sortEntries(entries, "-date")[0] // the latest entry
 */
export function sortEntries(entries: readonly Entry[], by: SortKey = "date"): Entry[] {
  const copy = [...entries];
  const byDate = (a: Entry, b: Entry) => compareDates(a.date, b.date);
  switch (by) {
    case "-date":
      return copy.sort((a, b) => byDate(b, a));
    case "intensity":
      return copy.sort((a, b) => a.intensity - b.intensity || byDate(a, b));
    case "-intensity":
      return copy.sort((a, b) => b.intensity - a.intensity || byDate(a, b));
    case "kind":
      return copy.sort((a, b) => a.kind.localeCompare(b.kind) || byDate(a, b));
    default:
      return copy.sort(byDate);
  }
}

/** Entries of one calendar period. */
export interface PeriodGroup extends Period {
  entries: Entry[];
}

/**
 * Groups entries by the day, ISO week or month of their midpoint (a month-precise date
 * falls in the middle of its month, not on the 1st), in the chronicle's time zone.
 *
 * @example
 * groupByPeriod(entries, "week").map((g) => `${g.key}: ${g.entries.length}`)
 */
export function groupByPeriod(entries: readonly Entry[], unit: PeriodUnit, timezone = "UTC"): PeriodGroup[] {
  const groups = new Map<string, PeriodGroup>();
  for (const e of entries) {
    const at = midpoint(e.date);
    if (!Number.isFinite(at)) continue;
    const period = periodOf(at, unit, timezone);
    let group = groups.get(period.key);
    if (!group) {
      group = { ...period, entries: [] };
      groups.set(period.key, group);
    }
    group.entries.push(e);
  }
  return [...groups.values()].sort((a, b) => a.start - b.start);
}
