import type { Chronicle } from "../model/types.js";
import { compileFastCheck } from "./_fast-check.js";
import { ChronicleSchema } from "./chronicle.js";
import { issuesFromZod } from "./from-zod.js";
import { loadGeneratedCheck } from "./generated-check.js";
import type { Issue } from "./issue.js";

/**
 * The compiled structural check for large chronicles, from {@link loadFastValidation}.
 * Passed to validation as an option: validation keeps no state between calls.
 */
export interface FastValidation {
  readonly check: (data: unknown) => boolean;
}

/** How to validate: `fast` takes the compiled check for large data (see {@link loadFastValidation}). */
export interface ValidateOptions {
  fast?: FastValidation | undefined;
}

/** Below this many statements and events, zod alone is quicker than the fast path. */
const FAST_PATH_ITEMS = 5000;

/**
 * Checks the structure and types of chronicle data against the schema. Given
 * `options.fast`, large valid data takes a fast path: the JSON Schema emitted from the
 * zod schema, compiled by Ajv, checks a million statements several times faster than
 * zod and without copying them. Data that fails it goes through zod, whose issues
 * carry the details our messages need. Both come from the one zod definition, so they
 * agree.
 *
 * @example
 * const result = checkStructure(JSON.parse(text), { fast: await loadFastValidation() });
 * if (!result.ok) console.log(result.errors[0].message);
 */
export function checkStructure(
  data: unknown,
  options: ValidateOptions = {},
): { ok: true; chronicle: Chronicle } | { ok: false; errors: Issue[] } {
  const fast = options.fast;
  if (fast && itemCount(data) >= FAST_PATH_ITEMS && fast.check(data)) return { ok: true, chronicle: data as Chronicle };
  const parsed = ChronicleSchema.safeParse(data);
  if (parsed.success) return { ok: true, chronicle: parsed.data };
  return { ok: false, errors: issuesFromZod(parsed.error, data, ChronicleSchema) };
}

/**
 * Loads the fast structural check: the code generated at build time from the same
 * schema (dist/schema/_structure-check.js, see scripts/gen-structure-check.mjs), else Ajv
 * compiled at run time (~50 ms to load and ~80 ms to compile). Worth it before
 * validating large chronicles; small ones never need it.
 * Resolves undefined where code generation is forbidden (a strict page CSP). Keep the
 * result and pass it to each validation; nothing is changed behind the caller's back.
 *
 * @example
 * const fast = text.length > 1_000_000 ? await loadFastValidation() : undefined;
 * parseChronicle(text, { fast });
 */
export async function loadFastValidation(): Promise<FastValidation | undefined> {
  // The check generated at build time: no compiler to load, nothing to compile.
  const generated = await loadGeneratedCheck();
  if (generated) return { check: generated.check };
  try {
    const ajv = await import("ajv/dist/2020.js");
    // A bundler that turns ajv's CommonJS into an ES module (the CLI's esbuild bundle)
    // keeps only the default export, ajv's module.exports, which is the class itself:
    // without it every large file fell back to zod there.
    const Ajv2020 = ajv.Ajv2020 ?? (ajv.default as unknown as typeof ajv.Ajv2020);
    return { check: compileFastCheck(Ajv2020) };
  } catch {
    return undefined;
  }
}

function itemCount(data: unknown): number {
  const d = data as { statements?: unknown; events?: unknown } | null;
  if (!d || typeof d !== "object") return 0;
  return (Array.isArray(d.statements) ? d.statements.length : 0) + (Array.isArray(d.events) ? d.events.length : 0);
}
