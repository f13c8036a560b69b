import type { Ajv2020 } from "ajv/dist/2020.js";
import { assembleFastCheck, type Check } from "./_assemble-check.js";
import { _structuralJsonSchema } from "./json-schema.js";

export { assembleFastCheck, type Check };

/**
 * Ajv's options for the fast structural check, at run time and in the code generated at
 * build time (scripts/gen-structure-check.mjs). `unicode: false`: minLength/maxLength
 * count UTF-16 units, as zod does, instead of walking every text for its code points
 * (half the time of this check). Ajv calls the option deprecated and would log that;
 * core never writes to the console.
 */
export const FAST_CHECK_OPTIONS = {
  allErrors: false,
  strict: false,
  validateFormats: false,
  unicode: false,
  logger: false,
} as const;

/**
 * The structural schema cut into the document's schema, with the lists' `items` left out,
 * and each list's item schema: each is compiled as its own small function, which V8
 * optimises after a few hundred items (one function for the whole schema stayed
 * unoptimised for the first few loads of a 10k-statement file, which then took twice as long).
 */
export function fastCheckParts(): {
  document: Record<string, unknown>;
  lists: Array<{ key: string; item: Record<string, unknown> }>;
} {
  const schema = _structuralJsonSchema();
  const properties = { ...(schema.properties as Record<string, Record<string, unknown>>) };
  const lists: Array<{ key: string; item: Record<string, unknown> }> = [];
  for (const [key, property] of Object.entries(properties)) {
    const { items, ...list } = property;
    if (property.type !== "array" || items === null || typeof items !== "object") continue;
    properties[key] = list;
    lists.push({ key, item: items as Record<string, unknown> });
  }
  return { document: { ...schema, properties }, lists };
}

/**
 * The fast structural check (used by structure.ts when the check generated at build time
 * is not there, and by its tests), compiled with the given Ajv class.
 */
export function compileFastCheck(Ajv: typeof Ajv2020): Check {
  const ajv = new Ajv(FAST_CHECK_OPTIONS);
  const parts = fastCheckParts();
  return assembleFastCheck(
    ajv.compile(parts.document),
    parts.lists.map(({ key, item }) => ({ key, item: ajv.compile(item) })),
  );
}
