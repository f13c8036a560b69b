export { compareDates, midpoint, overlaps } from "./compare.js";
export { formatFuzzy, formatInstant } from "./format.js";
export type { DateBound, DateProblem, FuzzyDate, Precision } from "./fuzzy-date.js";
export { type ParseDateResult, parseDate } from "./parse-date.js";
export { type Period, type PeriodUnit, periodOf, periodsBetween } from "./period.js";
