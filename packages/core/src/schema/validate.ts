import type { Chronicle } from "../model/types.js";
import { budgetStructure } from "./_budget.js";
import { checkContent } from "./_check-content.js";
import { describeValue, type Issue } from "./issue.js";
import { partialContentErrors } from "./partial-content.js";
import { sortIssues } from "./sort-issues.js";
import { checkStructure, type ValidateOptions } from "./structure.js";

/** The outcome of validation: a chronicle with warnings, or the errors (and warnings). */
export type ValidationResult =
  | { ok: true; chronicle: Chronicle; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/**
 * Validates plain data (from YAML, JSON or an app) as a chronicle. Returns values,
 * never throws: structure and types first, then ids, references, dates, codes and
 * relations (of the items whose structure is right, when some are not), each issue
 * with its path, what was expected and a hint. Issues come in the order of the
 * document (see {@link sortIssues}), so one run shows every problem, top to bottom.
 *
 * `options.fast` (from `loadFastValidation`) speeds up the structural check of large data.
 *
 * @example
 * const result = validateChronicle(JSON.parse(text));
 * if (!result.ok) for (const e of result.errors) console.error(formatPath(e.path), e.message);
 */
export function validateChronicle(data: unknown, options: ValidateOptions = {}): ValidationResult {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      errors: [
        {
          severity: "error",
          code: "not-a-chronicle",
          path: [],
          message: `expected a mapping with briefline: 1, title, actors, statements…, found ${data === null || data === undefined ? "nothing" : describeValue(data)}`,
          hint: "start from `briefline init`, which writes a commented example",
        },
      ],
      warnings: [],
    };
  }
  // Limits first: the schema's work (and memory) grows with the problems it reports.
  const budget = budgetStructure(data as Record<string, unknown>);
  if (budget.errors.length) return { ok: false, errors: [...budget.errors, ...budget.stopped], warnings: [] };
  const structure = checkStructure(budget.data, options);
  if (!structure.ok) {
    // The rest is checked too, so that one run shows a file's mistakes of both kinds.
    const rest = partialContentErrors(budget.data, structure.errors, (chronicle) => {
      const result = checkContent(chronicle);
      return { errors: result.ok ? [] : result.errors };
    });
    return {
      ok: false,
      errors: [...sortIssues([...structure.errors, ...rest], data), ...budget.stopped],
      warnings: [],
    };
  }
  const result = checkContent(structure.chronicle);
  if (result.ok) return { ...result, warnings: sortIssues(result.warnings, data) };
  return { ok: false, errors: sortIssues(result.errors, data), warnings: sortIssues(result.warnings, data) };
}
