import type { DateBound, FuzzyDate } from "@briefline/core";

const formatters = new Map<string, Intl.DateTimeFormat>();

// Before year 1 the calendar counts years backwards: without its era, -9999 (10000 BC)
// printed as "10000" and -0001 (2 BC) as "2". Such dates get "BC".
// (Date.UTC maps years 0–99 to 1900–1999: the instant of 1 Jan of year 1 is written out.)
const YEAR_ONE = -62_135_596_800_000 + 14 * 3_600_000; // + the widest offset: an era is never wrong, only once "AD"

function fmt(
  kind: "day" | "month" | "year" | "long" | "time" | "iso",
  timezone: string,
  at = Number.POSITIVE_INFINITY,
): Intl.DateTimeFormat {
  const era = kind !== "time" && kind !== "iso" && at < YEAR_ONE;
  const key = `${kind}|${timezone}${era ? "|bc" : ""}`;
  let f = formatters.get(key);
  if (!f) {
    const base: Intl.DateTimeFormatOptions = { timeZone: timezone };
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      day: { ...base, day: "numeric", month: "short", year: "numeric" },
      month: { ...base, month: "short", year: "numeric" },
      year: { ...base, year: "numeric" },
      long: { ...base, weekday: "long", day: "numeric", month: "long", year: "numeric" },
      time: { ...base, hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
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

// Recent ICU writes September as "Sept" in en-GB; analytic tables use three letters.
const sep = (s: string) => s.replace("Sept", "Sep");

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
    day = sep(fmt("day", timezone, instant).format(instant));
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

function bound(b: DateBound, timezone: string, input: string): string {
  const at = b.earliest;
  if (b.precision === "year") return fmt("year", timezone, at).format(at);
  if (b.precision === "month") return sep(fmt("month", timezone, at).format(at));
  const day = formatDay(at, timezone);
  if (b.precision === "day") return day;
  // A time written with its own offset is shown as written: that is the local time of the event.
  const written = /T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})$/.exec(input);
  if (written) return `${day}, ${written[1]} ${written[2] === "Z" ? "UTC" : `UTC${written[2]}`}`;
  return `${day}, ${fmt("time", timezone).format(at)}`;
}

/**
 * A fuzzy date as a reader wants it: "5 Sep 2025", "Aug 2025", "14 Jul 2025 – 8 Aug 2025",
 * "until 5 Sep 2025", with "c." for approximate and "?" for uncertain dates.
 *
 * @example
 * formatFuzzy(parseDate("2025-08~").date, "UTC") // "c. Aug 2025"
 * formatFuzzy(parseDate("../2025-09-05").date)   // "until 5 Sep 2025"
 */
export function formatFuzzy(date: FuzzyDate, timezone = "UTC"): string {
  const [start, end] = [date.start, date.end];
  let text: string;
  if (!date.interval && start) text = bound(start, timezone, date.input);
  else if (start && end)
    text = `${bound(start, timezone, date.input.split("/")[0] ?? "")} – ${bound(end, timezone, date.input.split("/")[1] ?? "")}`;
  else if (end) text = `until ${bound(end, timezone, date.input.split("/")[1] ?? "")}`;
  else if (start) text = `from ${bound(start, timezone, date.input.split("/")[0] ?? "")}`;
  else text = date.input;
  if (date.approximate) text = `c. ${text}`;
  if (date.uncertain) text = `${text}?`;
  return text;
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
