import type { DateBound, FuzzyDate, Precision } from "./fuzzy-date.js";

/** What each precision writes; finer precisions than a day also write the time. */
const PARTS: Record<"year" | "month" | "day" | "time", Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  month: { month: "short", year: "numeric" },
  day: { day: "numeric", month: "short", year: "numeric" },
  time: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};

// One formatter per time zone and precision: creating one costs far more than formatting.
const formatters = new Map<string, Intl.DateTimeFormat>();

// Before year 1 the calendar counts years backwards: without its era, -9999 (10000 BC)
// printed as "10000" and -0001 (2 BC) as "2". Such dates get "BC". (Date.UTC maps years
// 0–99 to 1900–1999, so the instant of 1 January of year 1 is written out, plus the
// widest offset: an era is never wrong, only once "AD".)
const YEAR_ONE = -62_135_596_800_000 + 14 * 3_600_000;

function formatter(timezone: string, parts: keyof typeof PARTS, era: boolean): Intl.DateTimeFormat {
  const key = `${timezone}|${parts}${era ? "|bc" : ""}`;
  let f = formatters.get(key);
  if (!f) {
    const options = { timeZone: timezone, ...PARTS[parts] };
    f = new Intl.DateTimeFormat("en-GB", era ? { ...options, era: "short" } : options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * An instant written at a precision in a time zone: "2025", "Sep 2025", "5 Sep 2025",
 * "5 Sep 2025, 03:00", "1 Jan 10000 BC". Months have three letters whatever the ICU version (recent ICU
 * writes "Sept" in en-GB). Throws `RangeError` for an unknown time zone or an instant
 * that is not finite.
 *
 * @example
 * formatInstant(Date.UTC(2025, 8, 5), "day", "UTC") // "5 Sep 2025"
 * formatInstant(Date.UTC(2025, 8, 5, 3), "minute", "UTC") // "5 Sep 2025, 03:00"
 */
export function formatInstant(instant: number, precision: Precision, timezone: string): string {
  if (!Number.isFinite(instant)) throw new RangeError(`invalid instant: ${instant}`);
  const parts = precision === "year" || precision === "month" || precision === "day" ? precision : "time";
  return formatter(timezone, parts, instant < YEAR_ONE)
    .format(instant)
    .replace("Sept", "Sep");
}

/**
 * A fuzzy date as a reader says it: "5 Sep 2025", "about Sep 2025", "3 Sep 2025 – 6 Sep 2025",
 * "until 5 Sep 2025", "from 3 Sep 2025", "20 Sep 2025 (uncertain)". A time written with
 * its own offset ("2025-09-05T13:00+10:00") is shown as written, "5 Sep 2025, 13:00
 * UTC+10:00": that is the local time of the event, whatever the chronicle's time zone.
 *
 * @example
 * formatFuzzy(parseDate("2025-09~").date, "UTC") // "about Sep 2025"
 * formatFuzzy(parseDate("../2025-09-05").date, "UTC") // "until 5 Sep 2025"
 */
export function formatFuzzy(date: FuzzyDate, timezone: string): string {
  const [first, second] = date.interval ? date.input.split("/") : [date.input, date.input];
  if (!date.interval) return date.start ? bound(date.start, timezone, first ?? "") : date.input;
  if (!date.start && date.end) return `until ${bound(date.end, timezone, second ?? "")}`;
  if (date.start && !date.end) return `from ${bound(date.start, timezone, first ?? "")}`;
  if (date.start && date.end)
    return `${bound(date.start, timezone, first ?? "")} – ${bound(date.end, timezone, second ?? "")}`;
  return date.input;
}

function bound(b: DateBound, timezone: string, written: string): string {
  let text = formatInstant(b.earliest, b.precision, timezone);
  const offset = b.precision === "minute" || b.precision === "second" ? writtenTime(written) : null;
  // The day is the day at the written offset: the instant shifted by it, read in UTC.
  if (offset) text = `${formatInstant(b.earliest + offset.ms, "day", "UTC")}, ${offset.time} ${offset.label}`;
  return `${b.approximate ? "about " : ""}${text}${b.uncertain ? " (uncertain)" : ""}`;
}

/** The local time and offset of a date-time written with an offset, e.g. `13:00+10:00`. */
function writtenTime(input: string): { time: string; label: string; ms: number } | null {
  const m = /T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))[?~%]*$/.exec(input);
  if (!m) return null;
  if (m[2] === "Z") return { time: m[1] as string, label: "UTC", ms: 0 };
  const sign = m[3] === "-" ? -1 : 1;
  const ms = sign * (Number(m[4]) * 60 + Number(m[5])) * 60_000;
  return { time: m[1] as string, label: `UTC${m[3]}${m[4]}:${m[5]}`, ms };
}
