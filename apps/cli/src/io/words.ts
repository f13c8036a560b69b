import type { FuzzyDate, Period, PeriodUnit } from "@briefline/core";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date as a reader says it, at its precision, in a time zone: "5 Sep 2025",
 * "Sep 2025", "14 Jul – 8 Aug 2025", "about Sep 2025", "from 3 Sep 2025".
 *
 * @example
 * dateInWords(parseDate("2025-07-14/2025-08-08").date) // "14 Jul – 8 Aug 2025"
 */
export function dateInWords(date: FuzzyDate, timezone = "UTC"): string {
  const one = (t: number, precision: string) => {
    const d = parts(t, timezone);
    if (precision === "year") return `${d.year}`;
    if (precision === "month") return `${MONTHS[d.month]} ${d.year}`;
    return `${d.day} ${MONTHS[d.month]} ${d.year}`;
  };
  let text: string;
  if (!date.interval) text = one(date.earliest, date.precision);
  else if (date.start === null) text = `until ${one(date.latest, date.end?.precision ?? "day")}`;
  else if (date.end === null) text = `from ${one(date.earliest, date.start.precision)}`;
  else {
    const a = one(date.start.earliest, date.start.precision);
    const b = one(date.end.latest, date.end.precision);
    const year = ` ${parts(date.end.latest, timezone).year}`;
    text =
      a.endsWith(year) && b.endsWith(year) && date.start.precision !== "year"
        ? `${a.slice(0, -year.length)} – ${b}`
        : `${a} – ${b}`;
  }
  return `${date.approximate ? "about " : ""}${text}${date.uncertain ? "?" : ""}`;
}

/**
 * A calendar period in words: "5 Sep 2025" (a day), "week of 4 Aug 2025", "Sep 2025".
 *
 * @example
 * periodInWords({ key: "2025-W32", start: Date.UTC(2025, 7, 4), end: … }, "week") // "week of 4 Aug 2025"
 */
export function periodInWords(period: Pick<Period, "start">, unit: PeriodUnit, timezone = "UTC"): string {
  const d = parts(period.start, timezone);
  if (unit === "month") return `${MONTHS[d.month]} ${d.year}`;
  return `${unit === "week" ? "week of " : ""}${d.day} ${MONTHS[d.month]} ${d.year}`;
}

function parts(t: number, timeZone: string): { year: number; month: number; day: number } {
  const f = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month) - 1, day: Number(p.day) };
}
