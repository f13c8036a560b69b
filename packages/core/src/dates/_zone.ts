import { tzOffset } from "@date-fns/tz";

// Internal: wall-clock arithmetic in an IANA time zone, independent of the process's
// own zone (date-fns on plain Dates reads the system zone, and TZDate's startOfDay
// misplaces a midnight skipped by DST, e.g. Asia/Beirut on 2025-03-30).

const DAY = 86_400_000;

/**
 * Milliseconds of a calendar date and time read as UTC. Unlike `Date.UTC`, years 0–99
 * stay themselves (`Date.UTC(50, 0)` is 1950); fields overflow as in `Date.UTC`.
 */
export function utcFields(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Offset of `timezone` from UTC at an instant, in minutes (east positive). */
export function offsetAt(timezone: string, instant: number): number {
  if (timezone === "UTC") return 0;
  return tzOffset(timezone, new Date(instant));
}

/**
 * The instant at which the wall clock of `timezone` shows `wall` (a local time written
 * as UTC milliseconds). Like Temporal's "compatible" choice: a time skipped by a DST jump
 * moves forward by the jump (02:30 on a spring-forward night is 03:30), and a time that
 * occurs twice (fall back) is its first occurrence.
 */
export function zonedInstant(timezone: string, wall: number): number {
  if (timezone === "UTC") return wall;
  const before = offsetAt(timezone, wall - DAY);
  const after = offsetAt(timezone, wall + DAY);
  const withBefore = wall - before * 60_000;
  const withAfter = wall - after * 60_000;
  const beforeFits = offsetAt(timezone, withBefore) === before;
  const afterFits = offsetAt(timezone, withAfter) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (afterFits) return withAfter;
  // Read with the offset before the change: right when it fits, and in a gap this
  // moves the time forward by the jump.
  return withBefore;
}
