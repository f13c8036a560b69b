import type { Chronicle } from "@briefline/core";
import { usageError } from "../errors.js";

/** The filter flags that name things a chronicle (or the format) must know. */
export interface NamedFilters {
  kind?: readonly string[];
  status?: readonly string[];
  /** Actor ids by the flag that gave them (`actor`, `speaker`, `target`). */
  actors?: Partial<Record<string, readonly string[]>>;
}

/**
 * Refuses a kind, status or actor id that nothing can match: a typo would otherwise
 * answer with an empty result as if the chronicle held nothing of the kind. The hint
 * offers the nearest known value.
 *
 * @example
 * checkNamedFilters(core, chronicle, { actors: { speaker: ["puttin"] } });
 * // usage error: unknown actor "puttin" in --speaker; hint: did you mean "putin"?
 */
export function checkNamedFilters(
  core: typeof import("@briefline/core"),
  chronicle: Chronicle,
  filters: NamedFilters,
): void {
  const kinds = [...core.STATEMENT_KINDS, ...core.EVENT_KINDS] as readonly string[];
  for (const k of filters.kind ?? [])
    if (!kinds.includes(k)) throw usageError(`unknown kind "${k}"`, hint(core, k, kinds, `kinds: ${kinds.join(", ")}`));
  const statuses = core.STATUSES as readonly string[];
  for (const s of filters.status ?? [])
    if (!statuses.includes(s))
      throw usageError(`unknown status "${s}"`, hint(core, s, statuses, "use confirmed, candidate or disputed"));
  const ids = (chronicle.actors ?? []).map((a) => a.id);
  const known = new Set(ids);
  for (const [flag, given] of Object.entries(filters.actors ?? {}))
    for (const a of given ?? [])
      if (!known.has(a))
        throw usageError(
          `unknown actor "${a}" in --${flag}`,
          hint(core, a, ids, "give actor ids as written in the chronicle's actors list (briefline stats lists them)"),
        );
}

function hint(core: typeof import("@briefline/core"), given: string, known: readonly string[], otherwise: string) {
  const near = core.didYouMean(given, known);
  return near === undefined ? otherwise : `did you mean "${near}"?`;
}
