import { z } from "zod";
import { didYouMean, suggestion } from "./did-you-mean.js";
import { describeValue, error, type Issue, type PathSegment } from "./issue.js";

const EXAMPLES: Record<string, string> = {
  date: "date: 2025-09-05 (or 2025-09, 2025-09-05T11:30+10:00, 2025-09-03/2025-09-06)",
  cameo: 'cameo: "138" (quoted, so a leading zero survives: "036")',
  speaker: "speaker: putin (the id of an actor)",
  targets: "targets: [western-states]",
  participants: "participants: [putin, xi]",
  basis: "basis: [moscow-offer]",
  sources: "sources: [{ source: wire-0905, credibility: 2 }]",
  credibility: "credibility: 2 (Admiralty 1 confirmed .. 6 cannot be judged)",
  reliability: "reliability: B (Admiralty A completely reliable .. F cannot be judged)",
  quote: 'quote: { text: "…", verbatim: true, language: en }',
  conditions: "conditions: [{ kind: if, text: troops are deployed }]",
  location: "location: { name: Vladivostok, country: RUS }",
  briefline: "briefline: 1",
  intensity: "intensity: -7 (from -10 most hostile to +10 most cooperative)",
  id: "id: eef-plenary",
};

/**
 * Turns zod's issues into Briefline issues: each says what was expected, what was
 * found, and gives a hint with an example or a "did you mean".
 */
export function issuesFromZod(zodError: z.ZodError, data: unknown, root: z.ZodType): Issue[] {
  const out: Issue[] = [];
  for (const raw of zodError.issues) out.push(...convert(raw, data, root));
  return out;
}

function convert(raw: z.core.$ZodIssue, data: unknown, root: z.ZodType): Issue[] {
  const path = raw.path.filter((p): p is PathSegment => typeof p !== "symbol");
  const found = valueAt(data, path);
  const field = fieldName(path);
  const example = EXAMPLES[field];
  switch (raw.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(root, path);
      return raw.keys.map((key) =>
        error(
          "unknown-field",
          [...path, key],
          `unknown field "${key}"${path.length ? ` in ${describeOwner(path)}` : ""}`,
          allowed.length ? suggestion(key, allowed, "field") : "remove it",
        ),
      );
    }
    case "invalid_type": {
      if (found === undefined) {
        return [
          error("missing-field", path, `missing required field "${field}"`, example ? `add ${example}` : undefined),
        ];
      }
      const hint =
        field === "cameo" && typeof found === "number"
          ? `write CAMEO codes as quoted strings: cameo: "${String(found).padStart(3, "0")}"`
          : example
            ? `for example ${example}`
            : undefined;
      return [
        error("invalid-type", path, `expected ${expectedName(raw.expected)}, found ${describeValue(found)}`, hint),
      ];
    }
    case "invalid_value": {
      const options = raw.values.map(String);
      const near = typeof found === "string" ? didYouMean(found, options) : undefined;
      return [
        error(
          "invalid-value",
          path,
          `expected one of ${options.join(" | ")}, found ${describeValue(found)}`,
          near ? `did you mean "${near}"?` : example ? `for example ${example}` : undefined,
        ),
      ];
    }
    case "invalid_union":
      return [
        error(
          "invalid-type",
          path,
          `expected ${field === "date" || field.endsWith("ed") ? "an EDTF date" : "a valid value"}, found ${describeValue(found)}`,
          example ? `for example ${example}` : undefined,
        ),
      ];
    default:
      return [
        error(
          "invalid-value",
          path,
          `expected ${raw.message.replace(/^Invalid (input|string): /i, "")}, found ${describeValue(found)}`,
          example ? `for example ${example}` : undefined,
        ),
      ];
  }
}

function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: "a text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping (fields: values)",
  };
  return names[expected] ?? expected;
}

function fieldName(path: PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === "string") return seg;
  }
  return "";
}

function describeOwner(path: PathSegment[]): string {
  const last = path[path.length - 1];
  if (typeof last === "number") return `${String(path[path.length - 2])}[${last}]`;
  return String(last);
}

/** Reads the value at a path of plain data, or undefined. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = data;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PathSegment, unknown>)[seg];
  }
  return node;
}

/** The field names an object schema allows at a path, for "did you mean". */
export function allowedKeys(root: z.ZodType, path: readonly PathSegment[]): string[] {
  let schema: unknown = root;
  for (const seg of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject && typeof seg === "string") schema = schema.shape[seg];
    else if (schema instanceof z.ZodArray && typeof seg === "number") schema = schema.element;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap();
  return s;
}
