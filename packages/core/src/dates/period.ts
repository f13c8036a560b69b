import { offsetAt, utcFields, zonedInstant } from "./_zone.js";

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
  // Calendar arithmetic on the local wall clock (as UTC fields), then back to instants:
  // each boundary is the local midnight, even where DST skips or repeats that midnight.
  const local = new Date(instant + offsetAt(timezone, instant) * 60_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const d = local.getUTCDate();
  let from: number;
  let to: number;
  let key: string;
  if (unit === "day") {
    from = utcFields(y, m, d);
    to = utcFields(y, m, d + 1);
    key = `${pad(y, 4)}-${pad(m + 1)}-${pad(d)}`;
  } else if (unit === "week") {
    const monday = d - ((local.getUTCDay() + 6) % 7);
    from = utcFields(y, m, monday);
    to = utcFields(y, m, monday + 7);
    key = isoWeekKey(from);
  } else {
    from = utcFields(y, m, 1);
    to = utcFields(y, m + 1, 1);
    key = `${pad(y, 4)}-${pad(m + 1)}`;
  }
  return { key, start: zonedInstant(timezone, from), end: zonedInstant(timezone, to) };
}

// ISO 8601 week of a Monday: the week belongs to the year of its Thursday.
function isoWeekKey(monday: number): string {
  const thursday = new Date(monday + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utcFields(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
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
