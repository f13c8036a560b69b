import type { ValidateOptions } from "../schema/structure.js";
import { type ValidationResult, validateChronicle } from "../schema/validate.js";
import { placeResult } from "./_place-result.js";
import { type ReadOptions, readDocument } from "./read-document.js";

/**
 * Parses chronicle text (YAML or JSON) and validates it. Every issue carries the file,
 * line and column where it sits (issues come sorted by them), its field path, what was expected and a hint.
 * Positions are computed only when there is something to report, so a clean JSON
 * file costs little more than `JSON.parse`.
 *
 * @example
 * const result = parseChronicle(text, { filename: "chronicle.yaml" });
 * if (result.ok) console.log(result.chronicle.statements?.length);
 * else for (const e of result.errors) console.error(`${e.file}:${e.line}:${e.column}: ${e.message}`);
 */
export function parseChronicle(text: string, options: ReadOptions & ValidateOptions = {}): ValidationResult {
  const read = readDocument(text, options);
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
  return placeResult(validateChronicle(read.data, { fast: options.fast }), text, read.format, options.filename);
}
