import type { Chronicle, FilterRequest, Issue } from "@briefline/core";
import { usageError } from "../errors.js";

/**
 * Refuses a filter that nothing can match or that does not read (core's `checkFilter`:
 * unknown actor, kind or status, a bad date, a period that ends before it starts), as a
 * usage error naming the flag, with the nearest known value as the hint.
 *
 * @example
 * refuseBadFilter(core, chronicle, { actors: { speaker: ["puttin"] } });
 * // usage error: unknown actor "puttin" in --speaker; hint: did you mean "putin"?
 */
export function refuseBadFilter(
  core: typeof import("@briefline/core"),
  chronicle: Chronicle,
  request: FilterRequest,
): void {
  const issues = core.checkFilter(chronicle, request);
  const first = issues[0];
  if (first === undefined) return;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1).map(describe).join("; ")})` : "";
  throw usageError(`${describe(first)}${more}`, first.hint);
}

// The flag an issue's path names: ["speaker", 0] → --speaker, ["kinds", 1] → --kind.
function describe(issue: Issue): string {
  const option = String(issue.path[0] ?? "");
  const flag = option === "kinds" ? "kind" : option;
  return issue.code === "invalid-date" || issue.code === "empty-period"
    ? `--${issue.message}`
    : `${issue.message} in --${flag}`;
}
