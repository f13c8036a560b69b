import type { DateBound, FuzzyDate } from "../dates/fuzzy-date.js";

/** A TimelineJS3 date object (numbers may arrive as strings, as in Google-sheet exports). */
export interface TimelineJsDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
  format?: string;
}

const given = (v: unknown) => v !== undefined && v !== null && String(v).trim() !== "";
const p2 = (n: unknown) => String(Number(n)).padStart(2, "0");

/**
 * A TimelineJS date as EDTF, at its own precision: seconds kept, years before 1 CE as
 * "-0300" (EDTF writes four digits and a sign). Years past ±9999 are refused with a reason.
 */
export function edtfOfTjsDate(d: TimelineJsDate | undefined): { edtf: string } | { problem: string } | undefined {
  if (!d || !given(d.year)) return undefined;
  const year = Number(d.year);
  if (!Number.isInteger(year)) return { problem: `the year "${String(d.year)}" is not a whole number` };
  if (Math.abs(year) > 9999) {
    return { problem: `the year ${year} is beyond ±9999, which Briefline's dates (JavaScript time) do not reach` };
  }
  let s = `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`;
  if (!given(d.month)) return { edtf: s };
  s += `-${p2(d.month)}`;
  if (!given(d.day)) return { edtf: s };
  s += `-${p2(d.day)}`;
  if (!given(d.hour)) return { edtf: s };
  s += `T${p2(d.hour)}:${p2(given(d.minute) ? d.minute : 0)}`;
  if (given(d.second)) s += `:${p2(d.second)}`;
  return { edtf: s };
}

/**
 * The milliseconds of a TimelineJS date, when given: Briefline's dates stop at seconds,
 * so the import keeps them as an attribute and the export writes them back.
 */
export function millisecondOf(d: TimelineJsDate | undefined): number | undefined {
  if (!d || !given(d.millisecond) || !given(d.second)) return undefined;
  const ms = Number(d.millisecond);
  return Number.isInteger(ms) && ms >= 0 && ms < 1000 ? ms : undefined;
}

/** One end of a date as TimelineJS fields, in the chronicle's zone, down to its precision. */
export function tjsDateOf(bound: DateBound, tz: string, side: "earliest" | "latest"): TimelineJsDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    era: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
  }).formatToParts(new Date(bound[side]));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const bc = /^B/i.test(parts.find((p) => p.type === "era")?.value ?? "");
  // Intl counts eras (1 BC precedes 1 AD); TimelineJS and EDTF count astronomically (year 0 = 1 BC).
  const out: TimelineJsDate = { year: bc ? 1 - get("year") : get("year") };
  if (bound.precision === "year") return out;
  out.month = get("month");
  if (bound.precision === "month") return out;
  out.day = get("day");
  if (bound.precision === "day") return out;
  out.hour = get("hour");
  out.minute = get("minute");
  if (bound.precision === "second") out.second = get("second");
  return out;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function words(d: TimelineJsDate): string {
  const y = Number(d.year);
  const year = y <= 0 ? `${1 - y} BCE` : String(y);
  if (d.month === undefined) return year;
  const month = `${MONTHS[Number(d.month) - 1]} ${year}`;
  if (d.day === undefined) return month;
  const day = `${Number(d.day)} ${month}`;
  if (d.hour === undefined) return day;
  const time = `${p2(d.hour)}:${p2(d.minute)}${d.second !== undefined ? `:${p2(d.second)}` : ""}`;
  return `${day}, ${time}`;
}

/**
 * A date in words, for TimelineJS's display_date: "5 September 2025", "September 2025",
 * "300 BCE", "3 September 2025 – 6 September 2025", "until 5 September 2025",
 * "about September 2025", "5 September 2025 (uncertain)".
 */
export function dateInWords(date: FuzzyDate, tz: string): string {
  const start = date.start ? words(tjsDateOf(date.start, tz, "earliest")) : undefined;
  const end = date.interval && date.end ? words(tjsDateOf(date.end, tz, "latest")) : undefined;
  const text = start && end ? `${start} – ${end}` : start ? (date.interval ? `from ${start}` : start) : `until ${end}`;
  return `${date.approximate ? "about " : ""}${text}${date.uncertain ? " (uncertain)" : ""}`;
}
