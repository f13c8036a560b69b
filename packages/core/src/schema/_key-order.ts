/**
 * Where zod's copy of parsed data puts each object's keys: in the order of the schema's
 * fields (a record's in the order written). The quick path (_validate-quick.ts) copies
 * the data so, for a chronicle equal to zod's in every byte written out (the timeline
 * page's data, `convert`). Generated at build time from the JSON Schema that zod emits,
 * whose `properties` list the fields in the schema's order.
 */
export type KeyOrder = 0 | { o: Array<[string, KeyOrder]> } | { r: KeyOrder } | { a: KeyOrder };

/** The key order of a JSON Schema made by zod (no `$ref`, no unions of objects). */
export function keyOrder(schema: unknown): KeyOrder {
  const s = schema as Record<string, unknown> | null;
  if (!s || typeof s !== "object") return 0;
  if (s.type === "array" && s.items && typeof s.items === "object") return { a: keyOrder(s.items) };
  if (s.type === "object" && s.properties && typeof s.properties === "object") {
    return { o: Object.entries(s.properties).map(([key, sub]) => [key, keyOrder(sub)]) };
  }
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object") {
    return { r: keyOrder(s.additionalProperties) };
  }
  return 0;
}

/** A copy of `value` (already checked against the schema) with its keys where zod puts them. */
export function ordered(value: unknown, order: KeyOrder): unknown {
  if (order === 0 || value === null || typeof value !== "object") return value;
  if ("a" in order) return Array.isArray(value) ? value.map((item) => ordered(item, order.a)) : value;
  const from = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if ("r" in order) {
    for (const key of Object.keys(from)) out[key] = ordered(from[key], order.r);
    return out;
  }
  for (const [key, sub] of order.o) if (Object.hasOwn(from, key)) out[key] = ordered(from[key], sub);
  return out;
}
