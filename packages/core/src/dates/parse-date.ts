import { parse as parseEdtf } from "edtf";
import { refuseBeforeParsing } from "./_bounds.js";
import { utcFields, zonedInstant } from "./_zone.js";
import type { DateBound, DateProblem, FuzzyDate, Precision } from "./fuzzy-date.js";

/** Result of {@link parseDate}: the date, or why it is not one. */
export type ParseDateResult = { ok: true; date: FuzzyDate } | { ok: false; problem: DateProblem };

const EXAMPLES = "2025, 2025-09, 2025-09-05, 2025-09-05T11:30+10:00, 2025-09-03/2025-09-06, 2025-09~ or 2025-09-05?";
const PRECISIONS: Precision[] = ["year", "year", "month", "day", "day", "minute", "second"];

// Chronicles repeat the same few thousand dates; a bounded memo keeps 1M-item files fast.
// Keyed by zone, then by text: no key string is built per look-up.
const cache = new Map<string, Map<string, ParseDateResult>>();
let cached = 0;
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
  const input = typeof value === "string" ? value.trim() : String(value).trim();
  let zone = cache.get(timezone);
  let result = zone?.get(input);
  if (result === undefined) {
    // Checked before anything is kept: a refused megabyte is neither parsed nor memoised
    // (so a text found in the memo has passed this check).
    const refused = refuseBeforeParsing(input);
    if (refused) return { ok: false, problem: refused };
    result = parseUncached(input, timezone);
    if (cached >= CACHE_LIMIT) {
      cache.clear();
      cached = 0;
      zone = undefined;
    }
    if (zone === undefined) {
      zone = new Map();
      cache.set(timezone, zone);
    }
    zone.set(input, result);
    cached++;
  }
  return result;
}

function parseUncached(input: string, timezone: string): ParseDateResult {
  if (input === "") return fail("empty date", `write a date such as ${EXAMPLES}`);
  const result = parsePlain(input, timezone) ?? _parseWithGrammar(input, timezone);
  return result.ok ? result : (yearProblem(input) ?? result);
}

// Years outside 0000..9999 are where people trip: "-300" is not EDTF (it needs four
// digits, "-0300"), and JavaScript time, which every date here becomes, ends near ±270,000.
function yearProblem(input: string): ParseDateResult | undefined {
  const short = /(?:^|\/)(-\d{1,3})(?=$|[-/~?%])/.exec(input);
  if (short?.[1]) {
    const padded = `-${short[1].slice(1).padStart(4, "0")}`;
    return fail(
      `invalid date "${input}": a year before 1 CE is written with four digits after the minus sign`,
      `write ${padded}, not ${short[1]} (EDTF counts year 0 as 1 BCE, so -0300 is 301 BCE)`,
    );
  }
  if (/(?:^|\/)(Y-?\d{5,}|-?\d{5,})(?=$|[-/~?%])/.test(input)) {
    return fail(
      `unsupported date "${input}": years beyond ±9999 are not supported`,
      "Briefline reads years from -9999 to 9999; write the year with four digits, e.g. -0300 or 2025",
    );
  }
  return undefined;
}

/** Internal (tests): the EDTF grammar path alone, which the plain fast path must agree with. */
export function _parseWithGrammar(input: string, timezone: string): ParseDateResult {
  let parsed: ReturnType<typeof parseEdtf>;
  try {
    parsed = parseEdtf(input);
  } catch (error) {
    return explain(input, error);
  }
  const impossible = impossibleDay(parsed);
  if (impossible) return fail(`invalid date "${input}": ${impossible}`, "check the day of the month");
  if (parsed.type === "Date") {
    const bound = toBound(parsed, timezone);
    if (!bound) return unsupported(input);
    const own = minuteUnlessSeconds(bound, input);
    return { ok: true, date: fromBounds(input, false, own, own) };
  }
  if (parsed.type === "Interval") {
    // An open end ("..") and an unknown end ("2025/") both arrive as null: both are open.
    const [lower, upper] = parsed.values.map((v) => (v !== null && typeof v === "object" ? v : null));
    const [startText = "", endText = ""] = input.split("/");
    const start = lower ? minuteUnlessSeconds(toBound(lower, timezone), startText) : null;
    const end = upper ? minuteUnlessSeconds(toBound(upper, timezone), endText) : null;
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
  const start = utcFields(year, month, day, hour, minute, second);
  const next = nextStart(precision, year, month, day, hour, minute, second);
  // A date written without an offset is a local date in the chronicle's time zone;
  // each end is placed on its own, so a span across a DST change keeps its local length.
  const explicit = parsed.timeZone !== undefined;
  const offset = (parsed.offset ?? 0) * 60_000;
  return {
    earliest: explicit ? start - offset : zonedInstant(timezone, start),
    latest: (explicit ? next - offset : zonedInstant(timezone, next)) - 1,
    precision,
    uncertain: Boolean(parsed.uncertain),
    approximate: Boolean(parsed.approximate),
  };
}

// The grammar reads "T24:00" as the next day at 00:00:00, six values, which would claim a
// precision of seconds: a time written without seconds is a minute, whatever the grammar did.
function minuteUnlessSeconds<B extends DateBound | null>(bound: B, text: string): B {
  if (!bound || bound.precision !== "second" || /T\d{2}:\d{2}:\d{2}/.test(text)) return bound;
  return { ...bound, precision: "minute", latest: bound.earliest + 60_000 - 1 };
}

function nextStart(p: Precision, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  switch (p) {
    case "year":
      return utcFields(y + 1, 0, 1);
    case "month":
      return utcFields(y, mo + 1, 1);
    case "day":
      return utcFields(y, mo, d + 1);
    case "minute":
      return utcFields(y, mo, d, h, mi + 1);
    default:
      return utcFields(y, mo, d, h, mi, s + 1);
  }
}

// The edtf parser knows that April has 30 days but lets 2025-02-29 through (it would
// become 1 March): check the day against the month, leap years included.
function impossibleDay(parsed: ReturnType<typeof parseEdtf>): string | undefined {
  if (parsed.type === "Interval") {
    for (const end of parsed.values) {
      const problem = end !== null && typeof end === "object" ? impossibleDay(end) : undefined;
      if (problem) return problem;
    }
    return undefined;
  }
  if (parsed.type !== "Date" || parsed.values.length < 3) return undefined;
  const [year, month, day] = parsed.values as number[];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const length = new Date(utcFields(year, month + 1, 0)).getUTCDate();
  if (day <= length) return undefined;
  const mm = String(month + 1).padStart(2, "0");
  const leap = month === 1 && day === 29 ? ` (${year} is not a leap year)` : "";
  return `${year}-${mm} has no day ${String(day).padStart(2, "0")}${leap}`;
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
  // The first date of the text (the start of an interval, or its end when the start is fine).
  for (const part of input.split("/")) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(.*)$/.exec(part);
    if (!m) continue;
    const [, year, mm, dd, rest = ""] = m as unknown as [string, string, string, string | undefined, string];
    const month = Number(mm);
    if (month < 1 || (month > 12 && month < 21) || month > 24) {
      return fail(`invalid date "${input}": there is no month ${mm}`, "months run from 01 to 12");
    }
    // Only blame the day when it is the day that is wrong: "2025-09-05T25:00" has a fine day.
    if (dd !== undefined && month <= 12) {
      const length = new Date(Date.UTC(2000, month, 0)).getUTCDate();
      const day = Number(dd);
      if (day < 1 || day > length) {
        return fail(`invalid date "${input}": ${year}-${mm} has no day ${dd}`, "check the day of the month");
      }
    }
    if (/^[ ]\d/.test(rest)) {
      return fail(`invalid date "${input}": the time must follow a "T"`, `write e.g. ${year}-${mm}-${dd}T11:30`);
    }
    const offset = /^T\d{2}:\d{2}(?::\d{2})?([+-])(\d{2}):?(\d{2})$/.exec(rest);
    if (offset) {
      const minutes = Number(offset[2]) * 60 + Number(offset[3]);
      if (offset[1] === "-" ? minutes > 12 * 60 : minutes > 14 * 60)
        return fail(
          `invalid date "${input}": there is no time zone offset ${offset[1]}${offset[2]}:${offset[3]}`,
          "offsets run from -12:00 to +14:00; write the local time with its own offset, e.g. 2025-09-05T11:30-10:00",
        );
    }
    if (rest.startsWith("T")) {
      return fail(
        `invalid date "${input}": the time "${rest.slice(1)}" is not hh:mm with an optional offset`,
        "write the time as hh:mm (00:00 to 23:59), then Z or an offset such as +03:00, e.g. 2025-09-05T11:30+03:00",
      );
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

// Plain dates (2025, 2025-09, 2025-09-05, with an optional ?, ~ or %) and intervals of
// them are nearly every date in a chronicle; reading them directly is many times faster
// than the EDTF grammar (a timeline of 10k items spent half its first render there).
// Anything else (times, invalid dates, other forms, years before 1000) still goes
// through edtf, which also gives the error messages.
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

function plainBound(text: string, timezone: string): DateBound | null | undefined {
  if (text === "" || text === "..") return null;
  const m = PLAIN.exec(text);
  if (!m || Number(m[1]) < 1000) return undefined;
  const values = [Number(m[1])];
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    values.push(month - 1);
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      if (day < 1 || day > new Date(Date.UTC(values[0] as number, month, 0)).getUTCDate()) return undefined;
      values.push(day);
    }
  }
  const q = m[4];
  const parsed = { type: "Date", values, uncertain: q === "?" || q === "%", approximate: q === "~" || q === "%" };
  return toBound(parsed as unknown as ReturnType<typeof parseEdtf>, timezone);
}

function parsePlain(input: string, timezone: string): ParseDateResult | undefined {
  const parts = input.split("/");
  if (parts.length === 1) {
    const bound = plainBound(input, timezone);
    return bound ? { ok: true, date: fromBounds(input, false, bound, bound) } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const start = plainBound(parts[0] as string, timezone);
  const end = plainBound(parts[1] as string, timezone);
  if (start === undefined || end === undefined || (!start && !end)) return undefined;
  if (start && end && end.latest < start.earliest) return undefined;
  return { ok: true, date: fromBounds(input, true, start, end) };
}
