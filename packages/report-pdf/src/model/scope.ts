import {
  type Chronicle,
  checkFilter,
  type Entry,
  entriesOf,
  filterEntries,
  type Issue,
  midpoint,
  readPeriod,
} from "@briefline/core";
import { BriefingOptionError, type BriefingOptions } from "../options.js";

/** The period and items a briefing covers. */
export interface Scope {
  /** First and last instant of the period (finite; equal when the period is empty). */
  from: number;
  to: number;
  /** Whether the period holds no item at all. */
  empty: boolean;
  /** Whether there is a period at all: given, or spanned by dated items. */
  dated: boolean;
  /** Items in the period that pass the actor and kind filters, in date order. */
  entries: Entry[];
  /** The same length of time just before the period, with its items (by midpoint). */
  before: { from: number; to: number; entries: Entry[] };
  /** Latest instant any item in the period is known to reach, or null. */
  cutoff: number | null;
  actors: string[];
  kinds: string[];
  /** Whether a period or a filter was given (the briefing covers less than the whole chronicle). */
  narrowed: boolean;
}

/**
 * Resolves the period and filters of a briefing against a chronicle. Bad options
 * (a date that does not parse, an unknown actor or kind, a period that ends before it
 * starts) throw {@link BriefingOptionError} with a hint.
 *
 * @example
 * resolveScope(chronicle, { from: "2025-09-01", actors: ["putin"] }).entries.length
 */
export function resolveScope(chronicle: Chronicle, options: BriefingOptions): Scope {
  const tz = chronicle.timezone ?? "UTC";
  const actors = options.actors ?? [];
  const kinds = options.kinds ?? [];
  const request = { actors: { actor: actors }, kinds, from: options.from, to: options.to };
  const problem = checkFilter(chronicle, request)[0];
  if (problem !== undefined) throw optionError(problem, chronicle);
  const { period: given } = readPeriod(request, tz);
  const from = given.from ?? Number.NEGATIVE_INFINITY;
  const to = given.to ?? Number.POSITIVE_INFINITY;

  const all = entriesOf(chronicle);
  const filter = { ...(actors.length ? { actors } : {}), ...(kinds.length ? { kinds } : {}) };
  const entries = filterEntries(all, { ...filter, ...given });
  const known = entries.length ? entries : filterEntries(all, filter);
  const start = Number.isFinite(from) ? from : firstInstant(known);
  const end = Number.isFinite(to) ? to : lastInstant(known);
  const period = Number.isFinite(start) && Number.isFinite(end) ? { from: start, to: Math.max(start, end) } : null;
  const p = period ?? { from: 0, to: 0 };
  const length = p.to - p.from;
  const before = { from: p.from - length - 1, to: p.from - 1 };
  const candidates = period ? filterEntries(all, { ...filter, ...before }) : [];
  const cutoff = lastInstant(entries);
  return {
    from: p.from,
    to: p.to,
    empty: entries.length === 0,
    dated: period !== null,
    entries,
    before: { ...before, entries: candidates.filter((e) => inside(midpoint(e.date), before.from, before.to)) },
    cutoff: Number.isFinite(cutoff) ? Math.min(cutoff, p.to) : null,
    actors,
    kinds,
    narrowed: Number.isFinite(from) || Number.isFinite(to) || actors.length > 0 || kinds.length > 0,
  };
}

// The option's own words: "unknown actor", "bad from date", "the period ends before it starts".
function optionError(problem: Issue, chronicle: Chronicle): BriefingOptionError {
  if (problem.code === "empty-period")
    return new BriefingOptionError("the period ends before it starts", "give --from before --to");
  if (problem.code === "invalid-date")
    return new BriefingOptionError(`bad ${problem.message}`, "write an EDTF date such as 2025-09 or 2025-09-05");
  if (problem.code === "unknown-actor" && !problem.hint?.startsWith("did you mean")) {
    const ids = (chronicle.actors ?? []).map((a) => a.id);
    return new BriefingOptionError(problem.message, `actors are: ${ids.slice(0, 10).join(", ") || "(none)"}`);
  }
  return new BriefingOptionError(problem.message, problem.hint);
}

function firstInstant(entries: readonly Entry[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const e of entries) {
    const t = Number.isFinite(e.date.earliest) ? e.date.earliest : e.date.latest;
    if (Number.isFinite(t) && t < min) min = t;
  }
  return min;
}

function lastInstant(entries: readonly Entry[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    const t = Number.isFinite(e.date.latest) ? e.date.latest : e.date.earliest;
    if (Number.isFinite(t) && t > max) max = t;
  }
  return max;
}

function inside(t: number, from: number, to: number): boolean {
  return t >= from && t <= to;
}
