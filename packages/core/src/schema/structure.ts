import type { Chronicle } from "../model/types.js";
import { compileFastCheck } from "./_fast-check.js";
import { ChronicleSchema } from "./chronicle.js";
import { issuesFromZod } from "./from-zod.js";
import type { Issue } from "./issue.js";

let fastCheck: ((data: unknown) => boolean) | undefined;

/** Below this many statements and events, zod alone is quicker than the fast path. */
const FAST_PATH_ITEMS = 5000;

/**
 * Checks the structure and types of chronicle data against the schema. With
 * {@link enableFastValidation} done, large valid data takes a fast path: the JSON
 * Schema emitted from the zod schema, compiled by Ajv, checks a million statements
 * several times faster than zod and without copying them. Data that fails it goes
 * through zod, whose issues carry the details our messages need. Both come from the
 * one zod definition, so they agree.
 *
 * @example
 * const result = checkStructure(JSON.parse(text));
 * if (!result.ok) console.log(result.errors[0].message);
 */
export function checkStructure(data: unknown): { ok: true; chronicle: Chronicle } | { ok: false; errors: Issue[] } {
  if (fastCheck && itemCount(data) >= FAST_PATH_ITEMS && fastCheck(data))
    return { ok: true, chronicle: data as Chronicle };
  const parsed = ChronicleSchema.safeParse(data);
  if (parsed.success) return { ok: true, chronicle: parsed.data };
  return { ok: false, errors: issuesFromZod(parsed.error, data, ChronicleSchema) };
}

/**
 * Loads and compiles the fast structural check (Ajv, ~50 ms to load and ~80 ms to
 * compile, once). Worth it before validating large chronicles; small ones never need
 * it. Resolves false where code generation is forbidden (a strict page CSP).
 *
 * @example
 * if (text.length > 1_000_000) await enableFastValidation();
 * parseChronicle(text);
 */
export async function enableFastValidation(): Promise<boolean> {
  if (fastCheck) return true;
  try {
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    fastCheck = compileFastCheck(Ajv2020);
    return true;
  } catch {
    return false;
  }
}

function itemCount(data: unknown): number {
  const d = data as { statements?: unknown; events?: unknown } | null;
  if (!d || typeof d !== "object") return 0;
  return (Array.isArray(d.statements) ? d.statements.length : 0) + (Array.isArray(d.events) ? d.events.length : 0);
}
