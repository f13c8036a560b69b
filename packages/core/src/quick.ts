/**
 * `@briefline/core/quick`: parseChronicle's result without loading the schema library, for
 * start-up that counts (an editor's check-on-save, the CLI). The structure is checked by the
 * code generated from the schema at build time; data it refuses, or that needs zod to tell,
 * comes back undefined, for parseChronicle to report.
 *
 * @example
 * const quick = await loadQuickCheck();
 * const result = (quick && parseChronicleQuick(text, { filename }, quick)) ?? parseChronicle(text, { filename });
 */
export { decodeText } from "./parse/decode.js";
export { parseChronicleQuick } from "./parse/parse-quick.js";
export { loadGeneratedCheck as loadQuickCheck, type QuickCheck } from "./schema/generated-check.js";
export { formatPath } from "./schema/issue.js";
