/** A segment of a path into a chronicle: a field name or an array index. */
export type PathSegment = string | number;

/**
 * One problem found in a chronicle. Errors stop a chronicle from loading; warnings do
 * not. `line` and `column` (1-based) are filled in by the parser when the text is known.
 */
export interface Issue {
  severity: "error" | "warning";
  /** A stable machine code, e.g. `unknown-field`, `unknown-reference`, `invalid-date`. */
  code: string;
  /** Where in the data, e.g. `["statements", 3, "speaker"]`. */
  path: PathSegment[];
  /** What is wrong: what was expected and what was found. */
  message: string;
  /** How to fix it, with an example. */
  hint?: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Formats a path the way it reads in the file: `statements[3].speaker`.
 *
 * @example
 * formatPath(["statements", 3, "speaker"]) // "statements[3].speaker"
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "(document)" : out;
}

/**
 * Shows a value briefly for an error message: strings quoted, long ones cut.
 *
 * @example
 * describeValue("threath") // '"threath"'
 * describeValue(36)        // "36 (a number)"
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number") return `${value} (a number)`;
  if (typeof value === "boolean") return `${value} (a boolean)`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  // YAML 1.1 documents (`%YAML 1.1`) read unquoted timestamps as dates.
  if (value instanceof Date) return "a timestamp";
  return "a mapping";
}

/** Creates an error issue. */
export function error(code: string, path: PathSegment[], message: string, hint?: string): Issue {
  return hint === undefined
    ? { severity: "error", code, path, message }
    : { severity: "error", code, path, message, hint };
}

/** Creates a warning issue. */
export function warning(code: string, path: PathSegment[], message: string, hint?: string): Issue {
  return hint === undefined
    ? { severity: "warning", code, path, message }
    : { severity: "warning", code, path, message, hint };
}
