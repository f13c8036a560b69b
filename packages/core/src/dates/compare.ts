import type { FuzzyDate } from "./fuzzy-date.js";

/**
 * Orders fuzzy dates by their earliest instant, then the more precise (shorter) first,
 * so "2025-09-05" sorts before "2025-09" that contains it when both start together.
 *
 * @example
 * dates.sort(compareDates)
 */
export function compareDates(a: FuzzyDate, b: FuzzyDate): number {
  return a.earliest - b.earliest || a.latest - b.latest || 0;
}

/**
 * Whether a fuzzy date may fall within `[from, to]` (ms, inclusive): it overlaps the range.
 *
 * @example
 * overlaps(parseDate("2025-09").date, Date.UTC(2025, 8, 5), Date.UTC(2025, 8, 6)) // true
 */
export function overlaps(date: FuzzyDate, from = Number.NEGATIVE_INFINITY, to = Number.POSITIVE_INFINITY): boolean {
  return date.latest >= from && date.earliest <= to;
}

/** The instant used to place a date on one point of an axis: the middle of its span, or its known end. */
export function midpoint(date: FuzzyDate): number {
  if (!Number.isFinite(date.earliest)) return date.latest;
  if (!Number.isFinite(date.latest)) return date.earliest;
  return date.earliest + (date.latest - date.earliest) / 2;
}
