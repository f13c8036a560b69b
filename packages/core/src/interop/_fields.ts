import { error, type Issue } from "../schema/issue.js";

/**
 * A text field of an imported document: a string, or a finite number written as text
 * (a spreadsheet exported `2025` as a headline); absent as undefined. Anything else (a
 * list, an object, `true`) is an issue at `path`, and undefined is returned, so that the
 * importer reports every bad field instead of crashing on the first one.
 *
 * @example
 * textField(42, ["events", 0, "text", "headline"], issues) // "42"
 * textField(["a"], ["events", 0, "text", "text"], issues)   // undefined, one issue pushed
 */
export function textField(value: unknown, path: Array<string | number>, issues: Issue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const found = Array.isArray(value)
    ? "a list"
    : typeof value === "object"
      ? "an object"
      : `${typeof value} ${String(value)}`;
  issues.push(
    error("invalid-type", path, `expected text, found ${found}`, 'write it as a string, e.g. "headline": "Talks open"'),
  );
  return undefined;
}

/**
 * The character of a numeric HTML reference (`&#1234;`), or U+FFFD for one that names
 * no character (above U+10FFFF, a surrogate, or NUL), as browsers do.
 *
 * @example
 * characterOf(99999999) // "\uFFFD"
 */
export function characterOf(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : "\uFFFD";
}

/**
 * An object field of an imported document (`"text": { "headline": … }`); absent as
 * undefined; a list, text or number is an issue at `path`, and undefined is returned.
 *
 * @example
 * objectField("Talks", ["events", 0, "text"], issues) // undefined, one issue pushed
 */
export function objectField(
  value: unknown,
  path: Array<string | number>,
  issues: Issue[],
): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  const found = Array.isArray(value) ? "a list" : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
  issues.push(
    error(
      "invalid-type",
      path,
      `expected an object, found ${found}`,
      'e.g. "text": { "headline": "Talks open", "text": "…" }',
    ),
  );
  return undefined;
}
