import type { Ajv2020 } from "ajv/dist/2020.js";
import type { Chronicle } from "../model/types.js";
import { ChronicleSchema } from "./chronicle.js";
import { issuesFromZod } from "./from-zod.js";
import type { Issue } from "./issue.js";
import { chronicleJsonSchema } from "./json-schema.js";

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
    fastCheck = _compileFastCheck(Ajv2020);
    return true;
  } catch {
    return false;
  }
}

/**
 * Internal (tests): the fast check, compiled with the given Ajv class. Each list's item
 * schema is compiled on its own, and the document's schema with the lists' `items`
 * left out: what JSON Schema's `items` means, in small functions V8 optimises after
 * a few hundred items (one function for the whole schema stayed unoptimised for the
 * first few loads of a 10k-statement file, which then took twice as long).
 */
export function _compileFastCheck(Ajv: typeof Ajv2020): (data: unknown) => boolean {
  // `unicode: false`: minLength/maxLength count UTF-16 units, as zod does, instead of
  // walking every text for its code points (half the time of this check). Ajv calls
  // the option deprecated and would log that; core never writes to the console.
  const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false, unicode: false, logger: false });
  const schema = chronicleJsonSchema();
  const properties = { ...(schema.properties as Record<string, Record<string, unknown>>) };
  const lists: Array<{ key: string; item: (data: unknown) => boolean }> = [];
  for (const [key, property] of Object.entries(properties)) {
    const { items, ...list } = property;
    if (property.type !== "array" || items === null || typeof items !== "object") continue;
    properties[key] = list;
    lists.push({ key, item: ajv.compile(items as Record<string, unknown>) });
  }
  const document = ajv.compile({ ...schema, properties });
  return (data) => {
    if (document(data) !== true) return false;
    for (const { key, item } of lists) {
      const list = (data as Record<string, unknown[] | undefined>)[key];
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) if (item(list[i]) !== true) return false;
    }
    return true;
  };
}

function itemCount(data: unknown): number {
  const d = data as { statements?: unknown; events?: unknown } | null;
  if (!d || typeof d !== "object") return 0;
  return (Array.isArray(d.statements) ? d.statements.length : 0) + (Array.isArray(d.events) ? d.events.length : 0);
}
