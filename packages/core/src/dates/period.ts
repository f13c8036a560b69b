import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, startOfDay, startOfISOWeek, startOfMonth, startOfYear } from "date-fns";
import { offsetAt, zonedInstant } from "./_zone.js";

/** Calendar periods Briefline groups by. */
export type PeriodUnit = "day" | "week" | "month";

/** A calendar period in a time zone: `[start, end)` in ms, with a readable key. */
export interface Period {
  /** `2025-09-05`, `2025-W36` or `2025-09`. */
  key: string;
  start: number;
  end: number;
}

/**
 * The period (ISO weeks start on Monday) containing an instant, in `timezone`.
 *
 * @example
 * periodOf(Date.UTC(2025, 8, 5), "week").key   // "2025-W36"
 */
export function periodOf(instant: number, unit: PeriodUnit, timezone = "UTC"): Period {
  // date-fns does the calendar arithmetic on the local wall clock, held as a UTCDate so
  // that neither the process's zone nor DST enters it; each boundary then becomes the
  // instant of that local midnight, even where DST skips or repeats it (date-fns' own
  // TZDate put the skipped midnight of 2025-03-30 in Asia/Beirut on the day before).
  const local = new UTCDate(instant + offsetAt(timezone, instant) * 60_000);
  let from: UTCDate;
  let to: UTCDate;
  let key: string;
  if (unit === "day") {
    from = startOfDay(local);
    to = addDays(from, 1);
    key = `${year(from)}-${pad(from.getUTCMonth() + 1)}-${pad(from.getUTCDate())}`;
  } else if (unit === "week") {
    from = startOfISOWeek(local);
    to = addDays(from, 7);
    key = isoWeekKey(from);
  } else {
    from = startOfMonth(local);
    to = addMonths(from, 1);
    key = `${year(from)}-${pad(from.getUTCMonth() + 1)}`;
  }
  return { key, start: zonedInstant(timezone, from.getTime()), end: zonedInstant(timezone, to.getTime()) };
}

const year = (date: Date) => pad(date.getUTCFullYear(), 4);

// ISO 8601 week of a Monday: the week and its year are those of its Thursday (the same
// as date-fns' getISOWeek and getISOWeekYear, at a fifth of the cost: this runs per item).
function isoWeekKey(monday: UTCDate): string {
  const thursday = addDays(monday, 3);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - startOfYear(thursday).getTime()) / (7 * 86_400_000)) + 1;
  return `${pad(weekYear, 4)}-W${pad(week)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * Every period from the one containing `from` to the one containing `to`, in order.
 *
 * @example
 * periodsBetween(Date.UTC(2025, 7, 30), Date.UTC(2025, 8, 2), "day").map((p) => p.key)
 * // ["2025-08-30", "2025-08-31", "2025-09-01", "2025-09-02"]
 */
export function periodsBetween(from: number, to: number, unit: PeriodUnit, timezone = "UTC"): Period[] {
  const periods: Period[] = [];
  if (!Number.isFinite(from) || !Number.isFinite(to)) return periods;
  let period = periodOf(from, unit, timezone);
  while (period.start <= to && periods.length < 100_000) {
    periods.push(period);
    const next = periodOf(period.end, unit, timezone);
    if (next.start <= period.start) break; // never loop on a period that does not advance
    period = next;
  }
  return periods;
}
