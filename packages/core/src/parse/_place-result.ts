import { sortIssues } from "../schema/sort-issues.js";
import type { ValidationResult } from "../schema/validate.js";
import { placeIssues } from "./positions.js";

/** A validation result's issues placed at line and column in `text` and sorted by them. */
export function placeResult(
  result: ValidationResult,
  text: string,
  format: "yaml" | "json",
  filename: string | undefined,
): ValidationResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Sorted again by line: a key written before its value, or a position found for a
  // path the data no longer has, can differ from the order of the paths.
  const json = format === "json";
  const warnings = sortIssues(placeIssues(result.warnings, body, filename, json));
  if (result.ok) return { ok: true, chronicle: result.chronicle, warnings };
  return { ok: false, errors: sortIssues(placeIssues(result.errors, body, filename, json)), warnings };
}
