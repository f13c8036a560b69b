import type { Chronicle } from "../model/types.js";
import { checkValues } from "./checks.js";
import { describeValue, type Issue } from "./issue.js";
import { checkReferences, indexIds } from "./references.js";
import { checkRelations } from "./relation-checks.js";
import { checkStructure } from "./structure.js";
import { checkWarnings } from "./warnings.js";

/** The outcome of validation: a chronicle with warnings, or the errors (and warnings). */
export type ValidationResult =
  | { ok: true; chronicle: Chronicle; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/**
 * Validates plain data (from YAML, JSON or an app) as a chronicle. Returns values,
 * never throws: structure and types first, then ids, references, dates, codes and
 * relations, each issue with its path, what was expected and a hint.
 *
 * @example
 * const result = validateChronicle(JSON.parse(text));
 * if (!result.ok) for (const e of result.errors) console.error(formatPath(e.path), e.message);
 */
export function validateChronicle(data: unknown): ValidationResult {
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
  const structure = checkStructure(data);
  if (!structure.ok) return { ok: false, errors: structure.errors, warnings: [] };
  const chronicle = structure.chronicle;
  const issues: Issue[] = [];
  const index = indexIds(chronicle, issues);
  checkReferences(chronicle, index, issues);
  checkValues(chronicle, issues);
  checkRelations(chronicle, issues);
  checkWarnings(chronicle, issues);
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, chronicle, warnings };
}
