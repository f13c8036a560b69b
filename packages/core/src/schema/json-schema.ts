import { z } from "zod";
import { narrowValues } from "./_json-schema-values.js";
import { ChronicleSchema } from "./chronicle.js";

/**
 * The chronicle format as a JSON Schema (draft 2020-12), for editors: a YAML file
 * whose first line is `# yaml-language-server: $schema=chronicle.schema.json` gets
 * completion and inline errors.
 *
 * @example
 * writeFileSync("chronicle.schema.json", JSON.stringify(chronicleJsonSchema(), null, 2));
 */
export function chronicleJsonSchema(): Record<string, unknown> {
  return narrowValues(_structuralJsonSchema());
}

/**
 * Internal: the schema as zod writes it, without the value lists. The fast structural
 * check compiles this one: values (codes, countries, zones, dates) are checked after the
 * structure, with did-you-mean hints, and long enums would slow every item down.
 */
export function _structuralJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ChronicleSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://briefline.dev/schema/chronicle-1.json",
    title: "Briefline chronicle",
    description: "Actors, sources, events, statements, relations and judgments of a crisis, for Briefline.",
  };
}
