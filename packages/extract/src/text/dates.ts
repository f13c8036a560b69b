import * as chrono from "chrono-node";

/** A date expression found in a sentence, resolved against the publication date. */
export interface FoundDate {
  /** Character span in the article. */
  start: number;
  end: number;
  /** EDTF: 2025-09-03, 2025-09, 2025, or an interval 2025-08-25/2025-08-31 for a week. */
  value: string;
  precision: "day" | "week" | "month" | "year";
  text: string;
}

const DAY = 86_400_000;
const USEFUL =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|ago|last|this|next|\d{4}-\d{2})/i;
// A sentence without any of USEFUL's words, even inside another word, can hold no date
// that is kept: chrono-node (about a tenth of extraction time) is not run on it.
const ANY_USEFUL =
  /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|ago|last|this|next|\d{4}-\d{2})/i;
const WEEK = /\b(last|this|next|past) week\b/gi;
const YEAR = /\b(in|since|during|until|by) ((?:19|20)\d{2})\b/g;

/**
 * Finds the dates in a sentence ("on Wednesday", "last week", "on 3 September", "in
 * 2024") and resolves them against the publication date, keeping their precision:
 * a weekday is that day, "last week" is that week (Monday to Sunday), a month alone
 * is the month. Durations ("within 30 days") are not dates and are skipped.
 *
 * @example
 * findDates("He spoke on Wednesday.", 0, "2025-09-05")[0]?.value // "2025-09-03"
 */
export function findDates(text: string, offset: number, published: string): FoundDate[] {
  const ref = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const out: FoundDate[] = [];
  const taken = (s: number, e: number) => out.some((d) => s < d.end - offset && e > d.start - offset);
  for (const m of text.matchAll(WEEK)) {
    const which = (m[1] ?? "").toLowerCase();
    const shift = which === "last" || which === "past" ? -7 : which === "next" ? 7 : 0;
    const monday = mondayOf(new Date(ref.getTime() + shift * DAY));
    const sunday = new Date(monday.getTime() + 6 * DAY);
    out.push(found(m.index, m[0], offset, `${iso(monday)}/${iso(sunday)}`, "week"));
  }
  for (const m of text.matchAll(YEAR)) {
    const at = m.index + (m[1]?.length ?? 0) + 1;
    out.push(found(at, m[2] ?? "", offset, m[2] ?? "", "year"));
  }
  const parsed = ANY_USEFUL.test(text)
    ? chrono.en.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })
    : [];
  for (const r of parsed) {
    if (!USEFUL.test(r.text) || taken(r.index, r.index + r.text.length)) continue;
    const known = r.start;
    const date = known.date();
    // A bare weekday in a report is the last one, not the next ("said on Monday"), unless
    // the text says "next" or its clause looks ahead ("by Friday", "will meet on Monday",
    // "whatever happens on Friday", "the deadline expires on Sunday").
    const ahead = /\b(next|coming)\b/i.test(r.text) || looksAhead(text.slice(0, r.index));
    if (!known.isCertain("day") && known.isCertain("weekday")) {
      if (date > ref && !ahead) date.setUTCDate(date.getUTCDate() - 7);
      else if (date < ref && ahead) date.setUTCDate(date.getUTCDate() + 7);
    } else if (known.isCertain("month") && !known.isCertain("year") && !/\b(last|this|next)\b/i.test(r.text)) {
      // A month without a year is the last such month, or the next one when the clause looks ahead.
      const month = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      const current = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1);
      if (month > current && !ahead) date.setUTCFullYear(date.getUTCFullYear() - 1);
      else if (month < current && ahead) date.setUTCFullYear(date.getUTCFullYear() + 1);
    }
    const y = date.getUTCFullYear();
    const mo = String(date.getUTCMonth() + 1).padStart(2, "0");
    const d = String(date.getUTCDate()).padStart(2, "0");
    if (known.isCertain("day") || known.isCertain("weekday"))
      out.push(found(r.index, r.text, offset, `${y}-${mo}-${d}`, "day"));
    else if (known.isCertain("month")) out.push(found(r.index, r.text, offset, `${y}-${mo}`, "month"));
    else if (known.isCertain("year")) out.push(found(r.index, r.text, offset, `${y}`, "year"));
  }
  return out.sort((a, b) => a.start - b.start);
}

const AHEAD = /\b(will|would|shall|'ll|going to|due|deadline|expires?|whatever happens)\s+(?:\S+\s+){0,8}$/i;
// These look ahead only in a clause without a past verb ("by Friday", but not "were cancelled by Tuesday").
const AHEAD_IF_PRESENT = /\b(if|unless|by|until|till|before)\s+(?:\S+\s+){0,8}$/i;
const PAST = /\b(\w+ed|was|were|had|did|said|told|went|came|gave|took|met|left|made|held|spoke|saw|began)\b/i;

/** Whether the clause before a date looks ahead: a modal, a deadline, "if", "by"/"until". */
function looksAhead(before: string): boolean {
  const clause = before.split(/[,;:.!?]|\bthat\b|\bwho\b|\bwhich\b/i).pop() ?? "";
  // "said on Friday that it would …": the date of a saying right after its verb.
  if (/\b(said|told|announced|added|warned|stated)\s+(?:\S+\s+){0,2}$/i.test(clause)) return false;
  return AHEAD.test(clause) || (AHEAD_IF_PRESENT.test(clause) && !PAST.test(clause));
}

/**
 * An interval for "recent" or "earlier" things: the 30 days up to the publication date.
 *
 * @example
 * recentInterval("2025-09-05") // "2025-08-06/2025-09-05"
 */
export function recentInterval(published: string): string {
  const ref = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  return `${iso(new Date(ref.getTime() - 30 * DAY))}/${iso(ref)}`;
}

function found(
  index: number,
  text: string,
  offset: number,
  value: string,
  precision: FoundDate["precision"],
): FoundDate {
  return { start: offset + index, end: offset + index + text.length, value, precision, text };
}

function mondayOf(date: Date): Date {
  const day = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
