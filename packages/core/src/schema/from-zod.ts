import { z } from "zod";
import { cameoNumberHint, dateNumberHint, EXAMPLES, fieldName, isDateField, patternHint, synonymOf } from "./_hints.js";
import { didYouMean, suggestion } from "./did-you-mean.js";
import { describeValue, error, type Issue, type PathSegment } from "./issue.js";

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
  // Every issue gets a hint: the field's example, else the generic advice.
  const forExample = example
    ? `for example ${example}`
    : `see the chronicle reference for "${field || "the document"}"`;
  // Absent where a value is required (zod says invalid_value for a missing literal).
  if (found === undefined && raw.code !== "unrecognized_keys" && raw.code !== "custom") {
    // "add speaker: …, e.g. speaker: putin": the example is marked as one, not an instruction.
    return [
      error(
        "missing-field",
        path,
        `missing required field "${field}"`,
        // The format version has one value: that is no example but the answer.
        field === "briefline" ? "add briefline: 1" : `add ${field}: …${example ? `, e.g. ${example}` : ""}`,
      ),
    ];
  }
  switch (raw.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(root, path);
      const owner = (found ?? {}) as Record<string, unknown>;
      return raw.keys.map((key) =>
        error(
          "unknown-field",
          [...path, key],
          `unknown field "${key}"${path.length ? ` in ${describeOwner(path)}` : ""}`,
          // `{ name: Hwasong-12, KPA Strategic Force }`: the comma ended the value, and
          // the rest became a field without a value.
          owner[key] === null && /\s/.test(key.trim())
            ? `inside { } a comma separates fields: if "${key}" belongs to the value before it, quote that value, e.g. name: "Hwasong-12, ${key}"`
            : allowed.length
              ? suggestion(key, allowed, "field")
              : "remove it",
        ),
      );
    }
    case "invalid_type": {
      const hint =
        field === "cameo" && typeof found === "number"
          ? cameoNumberHint(found)
          : isDateField(field) && typeof found === "number"
            ? dateNumberHint(field, found)
            : forExample;
      return [
        error("invalid-type", path, `expected ${expectedName(raw.expected)}, found ${describeValue(found)}`, hint),
      ];
    }
    case "invalid_value": {
      const options = raw.values.map(String);
      const near = typeof found === "string" ? (synonymOf(found, options) ?? didYouMean(found, options)) : undefined;
      // `briefline: "1"` (quoted) is the right value in the wrong type.
      const unquote =
        typeof found === "string" && raw.values.some((v) => typeof v === "number" && String(v) === found.trim());
      return [
        error(
          "invalid-value",
          path,
          `expected ${options.length === 1 ? "" : "one of "}${options.join(" | ")}, found ${describeValue(found)}`,
          unquote
            ? `write it as a number, without quotes: ${field}: ${found.trim()}`
            : near
              ? `did you mean "${near}"?`
              : forExample,
        ),
      ];
    }
    case "invalid_union":
      return [
        error(
          "invalid-type",
          path,
          `expected ${isDateField(field) ? "an EDTF date" : "a valid value"}, found ${describeValue(found)}`,
          forExample,
        ),
      ];
    case "too_big":
    case "too_small": {
      if (isDateField(field) && typeof found === "number") {
        return [
          error(
            "invalid-value",
            path,
            `expected an EDTF date, found ${describeValue(found)}`,
            dateNumberHint(field, found),
          ),
        ];
      }
      return [
        error("invalid-value", path, `expected ${sizeExpectation(raw)}, found ${describeValue(found)}`, forExample),
      ];
    }
    default:
      return [
        error(
          "invalid-value",
          path,
          `expected ${raw.message.replace(/^Invalid (input|string): /i, "")}, found ${describeValue(found)}`,
          patternHint(field, found) ?? forExample,
        ),
      ];
  }
}

// zod's own wording ("Too big: expected number to be <=6") is for developers; a custom
// message on the schema (e.g. basis: "at least one statement or event id") is kept.
function sizeExpectation(raw: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  if (!/^Too (big|small)/.test(raw.message)) return raw.message;
  const big = raw.code === "too_big";
  const limit = Number(big ? raw.maximum : raw.minimum);
  const strict = raw.inclusive === false;
  const side = big ? (strict ? "below" : "at most") : strict ? "above" : "at least";
  switch (raw.origin) {
    case "string":
      return `a text of ${side} ${limit} characters`;
    case "array":
      return `a list of ${side} ${limit} items`;
    case "int":
      return `a whole number ${side} ${limit}`;
    default:
      return `a number ${side} ${limit}`;
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
