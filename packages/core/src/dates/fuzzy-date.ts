/** How finely a date is known. */
export type Precision = "year" | "month" | "day" | "minute" | "second";

/** One end of a fuzzy date: the span of instants it may denote. */
export interface DateBound {
  /** First instant it may denote, in ms since the epoch (UTC). */
  earliest: number;
  /** Last instant it may denote, in ms since the epoch (UTC), inclusive. */
  latest: number;
  precision: Precision;
  /** `?`: the source is not sure of it. */
  uncertain: boolean;
  /** `~`: the source gives it roughly. */
  approximate: boolean;
}

/**
 * A parsed date that keeps its precision: `2025-09` is the whole of September, never
 * silently the 1st. A single date has `start === end`; an interval has both bounds;
 * an open end is `null` and its instant is ±Infinity.
 */
export interface FuzzyDate {
  /** The text as written. */
  input: string;
  interval: boolean;
  start: DateBound | null;
  end: DateBound | null;
  /** Earliest instant of the whole date (−Infinity when the start is open). */
  earliest: number;
  /** Latest instant of the whole date (+Infinity when the end is open). */
  latest: number;
  /** Precision of the start (of the end when the start is open). */
  precision: Precision;
  uncertain: boolean;
  approximate: boolean;
}

/** Why a date could not be read, with a hint on how to write it. */
export interface DateProblem {
  message: string;
  hint: string;
}
