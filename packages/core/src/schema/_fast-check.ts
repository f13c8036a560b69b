import type { Ajv2020 } from "ajv/dist/2020.js";
import { _structuralJsonSchema } from "./json-schema.js";

/**
 * The fast structural check (used by structure.ts once Ajv is loaded, and by its tests),
 * compiled with the given Ajv class. Each list's item
 * schema is compiled on its own, and the document's schema with the lists' `items`
 * left out: what JSON Schema's `items` means, in small functions V8 optimises after
 * a few hundred items (one function for the whole schema stayed unoptimised for the
 * first few loads of a 10k-statement file, which then took twice as long).
 */
export function compileFastCheck(Ajv: typeof Ajv2020): (data: unknown) => boolean {
  // `unicode: false`: minLength/maxLength count UTF-16 units, as zod does, instead of
  // walking every text for its code points (half the time of this check). Ajv calls
  // the option deprecated and would log that; core never writes to the console.
  const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false, unicode: false, logger: false });
  const schema = _structuralJsonSchema();
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
