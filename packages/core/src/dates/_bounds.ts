import type { DateProblem } from "./fuzzy-date.js";

/**
 * The longest date text Briefline reads. The longest form it speaks, an interval of
 * two dates with seconds, offsets and qualifiers (`-2025-09-05T11:30:00+10:00?/…`),
 * is under 60 characters; anything longer is not a date and never reaches the EDTF
 * grammar, whose work grows faster than the text (a 32,000-member set took 4 GB).
 */
export const MAX_DATE_LENGTH = 80;

/** Shortens a text quoted in a message, so a refused megabyte is not echoed back. */
export function quoteDate(input: string): string {
  return input.length <= MAX_DATE_LENGTH ? input : `${input.slice(0, 40)}… (${input.length} characters)`;
}

/**
 * Refuses, before any parsing, a date text that is too long or uses the EDTF set and
 * list notations (`{…}`, `[…]`), which Briefline does not support and whose parsing is
 * super-linear. Returns undefined for a text the grammar may read.
 *
 * @example
 * refuseBeforeParsing("{2025,2026}")?.message // 'unsupported date "{2025,2026}": …'
 * refuseBeforeParsing("2025-09-05")           // undefined
 */
export function refuseBeforeParsing(input: string): DateProblem | undefined {
  if (input.length > MAX_DATE_LENGTH) {
    return {
      message: `date "${quoteDate(input)}" is too long (at most ${MAX_DATE_LENGTH} characters)`,
      hint: "write one date or one interval, e.g. 2025-09-05 or 2025-09-03/2025-09-06",
    };
  }
  if (/[{}[\]]/.test(input)) {
    return {
      message: `unsupported date "${input}": sets and lists of dates ({…}, […]) are not supported`,
      hint: "write one date or one interval, e.g. 2025-09-05 or 2025-09-03/2025-09-06; give each date its own item",
    };
  }
  return undefined;
}
