import { formatInstant } from "@briefline/core";

const formatters = new Map<string, Intl.DateTimeFormat>();

// Before year 1 a long day names its era ("Monday 1 March 2 BC"), as core's formatInstant does.
const YEAR_ONE = -62_135_596_800_000 + 14 * 3_600_000;

function fmt(kind: "long" | "iso", timezone: string, at = Number.POSITIVE_INFINITY): Intl.DateTimeFormat {
  const era = kind === "long" && at < YEAR_ONE;
  const key = `${kind}|${timezone}${era ? "|bc" : ""}`;
  let f = formatters.get(key);
  if (!f) {
    const base: Intl.DateTimeFormatOptions = { timeZone: timezone };
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      long: { ...base, weekday: "long", day: "numeric", month: "long", year: "numeric" },
      iso: { ...base, year: "numeric", month: "2-digit", day: "2-digit" },
    };
    f = new Intl.DateTimeFormat(
      kind === "iso" ? "en-CA" : "en-GB",
      era ? { ...options[kind], era: "short" } : options[kind],
    );
    formatters.set(key, f);
  }
  return f;
}

/**
 * An instant as a day, "5 Sep 2025", in a time zone.
 *
 * @example
 * formatDay(Date.UTC(2025, 8, 5), "UTC") // "5 Sep 2025"
 */
export function formatDay(instant: number, timezone = "UTC"): string {
  // A briefing names the same few hundred days thousands of times (chronology, tables,
  // references): each is formatted once.
  const key = `${timezone}|${instant}`;
  let day = days.get(key);
  if (day === undefined) {
    day = formatInstant(instant, "day", timezone);
    if (days.size >= 50_000) days.clear();
    days.set(key, day);
  }
  return day;
}
const days = new Map<string, string>();

/**
 * An instant as a long day, "Friday 5 September 2025".
 *
 * @example
 * formatLongDay(Date.UTC(2025, 8, 5), "UTC") // "Friday 5 September 2025"
 */
export function formatLongDay(instant: number, timezone = "UTC"): string {
  return fmt("long", timezone, instant).format(instant).replace(",", "");
}

/**
 * An instant as `yyyy-mm-dd` in a time zone: the key of its day.
 *
 * @example
 * isoDay(Date.UTC(2025, 8, 4, 22), "Europe/Moscow") // "2025-09-05"
 */
export function isoDay(instant: number, timezone = "UTC"): string {
  return fmt("iso", timezone).format(instant);
}

/**
 * A period between two instants, as short as it reads clearly: "1–6 Sep 2025",
 * "24 Aug – 6 Sep 2025", "30 Dec 2024 – 2 Jan 2025", or one day alone.
 *
 * @example
 * formatRange(Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 6, 12)) // "1–6 Sep 2025"
 */
export function formatRange(from: number, to: number, timezone = "UTC"): string {
  const a = formatDay(from, timezone);
  const b = formatDay(to, timezone);
  if (a === b) return a;
  const [da, ma, ya] = a.split(" ");
  const [, mb, yb] = b.split(" ");
  if (ya !== yb) return `${a} – ${b}`;
  return ma === mb ? `${da}–${b}` : `${da} ${ma} – ${b}`;
}
