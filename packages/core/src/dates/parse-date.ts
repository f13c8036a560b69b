import { tzOffset } from "@date-fns/tz";
import { parse as parseEdtf } from "edtf";
import type { DateBound, DateProblem, FuzzyDate, Precision } from "./fuzzy-date.js";

/** Result of {@link parseDate}: the date, or why it is not one. */
export type ParseDateResult = { ok: true; date: FuzzyDate } | { ok: false; problem: DateProblem };

const EXAMPLES = "2025, 2025-09, 2025-09-05, 2025-09-05T11:30+10:00, 2025-09-03/2025-09-06, 2025-09~ or 2025-09-05?";
const PRECISIONS: Precision[] = ["year", "year", "month", "day", "day", "minute", "second"];

// Chronicles repeat the same few thousand dates; a bounded memo keeps 1M-item files fast.
const cache = new Map<string, ParseDateResult>();
const CACHE_LIMIT = 50_000;

/**
 * Parses an EDTF date (the subset Briefline speaks) into a {@link FuzzyDate}.
 * Dates without an offset are read in `timezone` (IANA name, default UTC).
 *
 * @example
 * parseDate("2025-09").date.precision        // "month"
 * parseDate("2025-09-05", "Europe/Moscow")   // 2025-09-04T21:00Z .. 2025-09-05T20:59:59.999Z
 * parseDate("2025-09-06/2025-09-03")         // { ok: false, problem: { message: "the interval ends before it starts", … } }
 */
export function parseDate(value: string | number, timezone = "UTC"): ParseDateResult {
  const input = String(value).trim();
  const key = `${timezone}|${input}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = parseUncached(input, timezone);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function parseUncached(input: string, timezone: string): ParseDateResult {
  if (input === "") return fail("empty date", `write a date such as ${EXAMPLES}`);
  let parsed: ReturnType<typeof parseEdtf>;
  try {
    parsed = parseEdtf(input);
  } catch (error) {
    return explain(input, error);
  }
  if (parsed.type === "Date") {
    const bound = toBound(parsed, timezone);
    if (!bound) return unsupported(input);
    return { ok: true, date: fromBounds(input, false, bound, bound) };
  }
  if (parsed.type === "Interval") {
    // An open end ("..") arrives as Infinity, an unknown end ("2025/") as null.
    const [lower, upper] = parsed.values.map((v) => (v !== null && typeof v === "object" ? v : null));
    const start = lower ? toBound(lower, timezone) : null;
    const end = upper ? toBound(upper, timezone) : null;
    if ((lower && !start) || (upper && !end)) return unsupported(input);
    if (!start && !end)
      return fail(`interval "${input}" is open at both ends`, "give at least one end, e.g. 2025-09/..");
    if (start && end && end.latest < start.earliest) {
      return fail(`interval "${input}" ends before it starts`, "write the earlier date first: start/end");
    }
    return { ok: true, date: fromBounds(input, true, start, end) };
  }
  return unsupported(input);
}

function toBound(parsed: ReturnType<typeof parseEdtf>, timezone: string): DateBound | null {
  if (parsed.type !== "Date" || parsed.unspecified) return null;
  const values = parsed.values as number[];
  const precision = PRECISIONS[values.length];
  if (!precision || values.length === 4) return null;
  const [year = 0, month = 0, day = 1, hour = 0, minute = 0, second = 0] = values;
  const start = Date.UTC(year, month, day, hour, minute, second);
  const next = nextStart(precision, year, month, day, hour, minute, second);
  // A date written without an offset is a local date in the chronicle's time zone.
  const explicitOffset = parsed.timeZone !== undefined;
  const offsetStart = explicitOffset ? (parsed.offset ?? 0) : offsetMinutes(timezone, start);
  const offsetEnd = explicitOffset ? (parsed.offset ?? 0) : offsetMinutes(timezone, next);
  return {
    earliest: start - offsetStart * 60_000,
    latest: next - offsetEnd * 60_000 - 1,
    precision,
    uncertain: Boolean(parsed.uncertain),
    approximate: Boolean(parsed.approximate),
  };
}

function nextStart(p: Precision, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  switch (p) {
    case "year":
      return Date.UTC(y + 1, 0, 1);
    case "month":
      return Date.UTC(y, mo + 1, 1);
    case "day":
      return Date.UTC(y, mo, d + 1);
    case "minute":
      return Date.UTC(y, mo, d, h, mi + 1);
    default:
      return Date.UTC(y, mo, d, h, mi, s + 1);
  }
}

function offsetMinutes(timezone: string, utcInstant: number): number {
  if (timezone === "UTC") return 0;
  // tzOffset reads the offset at an instant; the local wall time is close enough to it
  // that a second look corrects the DST edge.
  const first = tzOffset(timezone, new Date(utcInstant));
  return tzOffset(timezone, new Date(utcInstant - first * 60_000));
}

function fromBounds(input: string, interval: boolean, start: DateBound | null, end: DateBound | null): FuzzyDate {
  const main = (start ?? end) as DateBound;
  return {
    input,
    interval,
    start,
    end,
    earliest: start ? start.earliest : Number.NEGATIVE_INFINITY,
    latest: end ? end.latest : Number.POSITIVE_INFINITY,
    precision: main.precision,
    uncertain: Boolean(start?.uncertain || end?.uncertain),
    approximate: Boolean(start?.approximate || end?.approximate),
  };
}

function explain(input: string, error: unknown): ParseDateResult {
  const text = error instanceof Error ? error.message : String(error);
  if (/invalid upper bound/i.test(text)) {
    return fail(`interval "${input}" ends before it starts`, "write the earlier date first: start/end");
  }
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(input);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || (month > 12 && month < 21) || month > 24) {
      return fail(`invalid date "${input}": there is no month ${m[2]}`, "months run from 01 to 12");
    }
    if (m[3] !== undefined) {
      return fail(`invalid date "${input}": ${m[1]}-${m[2]} has no day ${m[3]}`, "check the day of the month");
    }
  }
  return fail(`invalid date "${input}"`, `write an EDTF date such as ${EXAMPLES}`);
}

function unsupported(input: string): ParseDateResult {
  return fail(
    `unsupported date "${input}": Briefline reads years, months, days, times and intervals`,
    `seasons, sets and unspecified digits are not supported; write e.g. ${EXAMPLES}`,
  );
}

function fail(message: string, hint: string): ParseDateResult {
  return { ok: false, problem: { message, hint } };
}
