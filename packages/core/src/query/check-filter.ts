import { parseDate } from "../dates/parse-date.js";
import type { Chronicle } from "../model/types.js";
import { EVENT_KINDS, STATEMENT_KINDS, STATUSES } from "../model/vocabulary.js";
import { didYouMean } from "../schema/did-you-mean.js";
import { error, type Issue } from "../schema/issue.js";

/** A filter as a person gives it: names and EDTF dates, before they are checked. */
export interface FilterRequest {
  /** Actor ids by the option that gave them, e.g. `{ actor: [...] }` or `{ speaker: [...] }`. */
  actors?: Partial<Record<string, readonly string[]>>;
  kinds?: readonly string[];
  status?: readonly string[];
  /** EDTF date: the period starts at its earliest instant. */
  from?: string;
  /** EDTF date: the period ends at its latest instant (the end of its precision). */
  to?: string;
}

/** A period as instants (ms since the epoch); an absent side is open. */
export interface FilterPeriod {
  from?: number;
  to?: number;
}

const KINDS: readonly string[] = [...STATEMENT_KINDS, ...EVENT_KINDS];

/**
 * Checks a filter against a chronicle before it is applied, so that a typo does not
 * answer with an empty result as if the chronicle held nothing of the kind: unknown
 * actor ids, kinds and statuses (with the nearest known value as a hint), dates that
 * do not parse, and a period that ends before it starts. Each issue's path names the
 * option and the position in it (`["speaker", 0]`, `["from"]`). Returns [] when the
 * filter is sound.
 *
 * @example
 * checkFilter(chronicle, { actors: { speaker: ["puttin"] } })
 * // [{ code: "unknown-actor", path: ["speaker", 0], message: 'unknown actor "puttin"', hint: 'did you mean "putin"?' }]
 */
export function checkFilter(chronicle: Chronicle, request: FilterRequest): Issue[] {
  const issues: Issue[] = [];
  const ids = (chronicle.actors ?? []).map((a) => a.id);
  const known = new Set(ids);
  for (const [option, given] of Object.entries(request.actors ?? {}))
    (given ?? []).forEach((id, i) => {
      if (!known.has(id))
        issues.push(
          error(
            "unknown-actor",
            [option, i],
            `unknown actor "${id}"`,
            hint(id, ids, "give actor ids as written in the chronicle's actors list"),
          ),
        );
    });
  (request.kinds ?? []).forEach((kind, i) => {
    if (!KINDS.includes(kind))
      issues.push(
        error("unknown-kind", ["kinds", i], `unknown kind "${kind}"`, hint(kind, KINDS, `kinds: ${KINDS.join(", ")}`)),
      );
  });
  (request.status ?? []).forEach((status, i) => {
    if (!(STATUSES as readonly string[]).includes(status))
      issues.push(
        error(
          "unknown-status",
          ["status", i],
          `unknown status "${status}"`,
          hint(status, STATUSES, "use confirmed, candidate or disputed"),
        ),
      );
  });
  issues.push(...readPeriod(request, chronicle.timezone ?? "UTC").issues);
  return issues;
}

/**
 * Reads the EDTF bounds of a filter as instants in a time zone: `from` at its earliest,
 * `to` at its latest. Dates that do not parse, and a `to` before the `from`, come back
 * as issues (never thrown); the period then leaves that side open.
 *
 * @example
 * readPeriod({ from: "2025-09", to: "2025-09" }).period
 * // { from: Date.UTC(2025, 8, 1), to: Date.UTC(2025, 9, 1) - 1 }
 */
export function readPeriod(
  request: { from?: string; to?: string },
  timezone = "UTC",
): { period: FilterPeriod; issues: Issue[] } {
  const issues: Issue[] = [];
  const period: FilterPeriod = {};
  for (const side of ["from", "to"] as const) {
    const value = request[side];
    if (value === undefined) continue;
    const parsed = parseDate(value, timezone);
    if (parsed.ok) period[side] = side === "from" ? parsed.date.earliest : parsed.date.latest;
    else issues.push(error("invalid-date", [side], `${side}: ${parsed.problem.message}`, parsed.problem.hint));
  }
  if (period.from !== undefined && period.to !== undefined && period.from > period.to) {
    issues.push(
      error(
        "empty-period",
        ["to"],
        `the period ends (${request.to}) before it starts (${request.from})`,
        "give the earlier date as from",
      ),
    );
    delete period.to;
  }
  return { period, issues };
}

function hint(given: string, known: readonly string[], otherwise: string): string {
  const near = didYouMean(given, known);
  return near === undefined ? otherwise : `did you mean "${near}"?`;
}
