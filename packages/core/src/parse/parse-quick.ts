import { validateQuick } from "../schema/_validate-quick.js";
import type { QuickCheck } from "../schema/generated-check.js";
import type { ValidationResult } from "../schema/validate.js";
import { placeResult } from "./_place-result.js";
import { type ReadOptions, readDocument } from "./read-document.js";

/**
 * parseChronicle through {@link validateQuick}: the same result, or undefined when the
 * data needs the schema library (then run parseChronicle). A file that does not read
 * (a syntax error) is reported here, as parseChronicle reports it. `quick` comes from
 * `loadQuickCheck` (`@briefline/core/quick`).
 *
 * @example
 * const quick = await loadQuickCheck();
 * const result = (quick && parseChronicleQuick(text, { filename }, quick)) ?? parseChronicle(text, { filename });
 */
export function parseChronicleQuick(
  text: string,
  options: ReadOptions,
  quick: QuickCheck,
): ValidationResult | undefined {
  const read = readDocument(text, options);
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
  const result = validateQuick(read.data, quick);
  return result && placeResult(result, text, read.format, options.filename);
}
