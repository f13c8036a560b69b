import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, format, startOfDay, startOfISOWeek, startOfMonth } from "date-fns";

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
  const local = new TZDate(instant, timezone);
  const start = unit === "day" ? startOfDay(local) : unit === "week" ? startOfISOWeek(local) : startOfMonth(local);
  const end = unit === "day" ? addDays(start, 1) : unit === "week" ? addWeeks(start, 1) : addMonths(start, 1);
  const key =
    unit === "day"
      ? format(start, "yyyy-MM-dd")
      : unit === "week"
        ? format(start, "RRRR-'W'II")
        : format(start, "yyyy-MM");
  return { key, start: start.getTime(), end: end.getTime() };
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
  let period = periodOf(from, unit, timezone);
  while (period.start <= to && periods.length < 100_000) {
    periods.push(period);
    period = periodOf(period.end, unit, timezone);
  }
  return periods;
}
