import { type Layout, scaleOf } from "@briefline/core/layout";

/** A point of the time axis as the view shows it: what "add an item here" needs. */
export interface TimePoint {
  /** The instant under the point (ms). */
  date: number;
  /** The precision the zoom suits: days when the axis counts days, months when it counts months; a time (to five minutes) when it counts hours. */
  precision: "year" | "month" | "day" | "minute";
  /** The date as the chronicle writes it (EDTF, wall-clock time in `timezone`): `2025-09`, `2025-09-05`, `2025-09-05T11:30`. */
  text: string;
  /** The lane under the point, when there is one (an actor id when lanes are by speaker). */
  lane: string | null;
  laneKind: "actor" | "kind" | "group" | "none" | null;
}

/**
 * The time point at layout coordinates (x over the range, y from the layout's top), at
 * the precision of the axis's tick step: hours and minutes give a minute, days and
 * weeks a day, months a month, years a year. Null outside the time range.
 *
 * @example
 * pointAt(layout, 400, 120)?.text // "2025-09-05"
 */
export function pointAt(layout: Layout, x: number, y: number): TimePoint | null {
  const [r0, r1] = layout.range;
  if (!(x >= r0 && x <= r1)) return null;
  const date = scaleOf(layout).invert(x).getTime();
  const lane = layout.lanes.find((l) => y >= l.y && y < l.y + l.height) ?? null;
  return at(layout, date, lane?.key ?? null, lane?.kind ?? null);
}

/**
 * The time point of an instant in a layout's view (its lane given), at the axis's precision.
 *
 * @example
 * pointOf(layout, Date.UTC(2025, 8, 5, 12), "putin").text // "2025-09-05"
 */
export function pointOf(layout: Layout, date: number, lane: string | null): TimePoint {
  const found = lane === null ? undefined : layout.lanes.find((l) => l.key === lane);
  return at(layout, date, found?.key ?? null, found?.kind ?? null);
}

const FIVE_MINUTES = 5 * 60_000;

function at(layout: Layout, date: number, lane: string | null, laneKind: TimePoint["laneKind"]): TimePoint {
  const precision = precisionOfStep(layout.axis.step);
  // A pointer is not precise to the minute: a time is given to the nearest five minutes.
  const shown = precision === "minute" ? Math.round(date / FIVE_MINUTES) * FIVE_MINUTES : date;
  return { date: shown, precision, text: edtfAt(shown, precision, layout.axis.timezone), lane, laneKind };
}

/**
 * The date precision that suits an axis step ("3 hours", "1 day", "1 week", "6 months",
 * "10 years"): a time only when the ticks are at most three hours apart (at 6 or 12
 * hours a day is still what the eye picks out), a day for days and weeks.
 *
 * @example
 * precisionOfStep("1 week") // "day"
 * precisionOfStep("12 hours") // "day"
 */
export function precisionOfStep(step: string): TimePoint["precision"] {
  const hours = /^(\d+) hours?$/.exec(step);
  if (/minute/.test(step) || (hours && Number(hours[1]) <= 3)) return "minute";
  if (/hour|day|week/.test(step)) return "day";
  if (/month/.test(step)) return "month";
  return "year";
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant written as an EDTF date at a precision, in the wall-clock time of a time
 * zone (a chronicle's dates without an offset are read in its time zone, so this is the
 * text that reads back as that local day or minute). Years before 1 are not written
 * (the view never gets there while editing); throws `RangeError` for a bad instant.
 *
 * @example
 * edtfAt(Date.UTC(2025, 8, 4, 23), "day", "Europe/Moscow") // "2025-09-05"
 * edtfAt(Date.UTC(2025, 8, 5, 11, 37), "minute", "UTC") // "2025-09-05T11:37"
 */
export function edtfAt(instant: number, precision: TimePoint["precision"], timezone: string): string {
  if (!Number.isFinite(instant)) throw new RangeError(`invalid instant: ${instant}`);
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  const year = String(parts.year).padStart(4, "0");
  if (precision === "year") return year;
  if (precision === "month") return `${year}-${parts.month}`;
  if (precision === "day") return `${year}-${parts.month}-${parts.day}`;
  return `${year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
