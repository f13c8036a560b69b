import { parseChronicle } from "../src/parse/parse-chronicle.js";
import type { Issue } from "../src/schema/issue.js";

/** The token (a value or a key, quotes kept) that starts at a 1-based line and column. */
export function tokenAt(text: string, line: number | undefined, column: number | undefined): string {
  if (line === undefined || column === undefined) return "(no position)";
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const source = body.split(/\r?\n/)[line - 1] ?? "";
  const token = /^(?:"[^"]*"|'[^']*'|[^\s,\]}]+)/.exec(source.slice(column - 1))?.[0] ?? "";
  return token.endsWith(":") ? token.slice(0, -1) : token;
}

/** An issue with the token it points at, for assertions that read like the report. */
export type PlacedIssue = Issue & { token: string };

/** Parses `text` as `c.yaml` and returns its errors, each with the token it points at. */
export function errorsOf(text: string, filename = "c.yaml"): PlacedIssue[] {
  const result = parseChronicle(text, { filename });
  return result.ok ? [] : result.errors.map((e) => ({ ...e, token: tokenAt(text, e.line, e.column) }));
}

/** Parses `text` as `c.yaml` and returns its warnings, each with the token it points at. */
export function warningsOf(text: string, filename = "c.yaml"): PlacedIssue[] {
  return parseChronicle(text, { filename }).warnings.map((w) => ({ ...w, token: tokenAt(text, w.line, w.column) }));
}

/** The one error of `text`; fails when there are none or several. */
export function onlyError(text: string, filename = "c.yaml"): PlacedIssue {
  const errors = errorsOf(text, filename);
  if (errors.length !== 1) {
    throw new Error(`expected exactly one error, found ${errors.length}: ${errors.map((e) => e.message).join("; ")}`);
  }
  return errors[0] as PlacedIssue;
}

/** Checks the shape every issue must have: where, what, and how to fix it. */
export function isWellFormed(issue: Issue): boolean {
  return (
    typeof issue.file === "string" &&
    Number.isInteger(issue.line) &&
    (issue.line ?? 0) >= 1 &&
    Number.isInteger(issue.column) &&
    (issue.column ?? 0) >= 1 &&
    Array.isArray(issue.path) &&
    issue.message.length > 0 &&
    typeof issue.hint === "string" &&
    issue.hint.length > 0 &&
    !issue.hint.includes("undefined") &&
    !issue.message.includes("undefined")
  );
}
