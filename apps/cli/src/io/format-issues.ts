import type { Issue } from "@briefline/core";
import { type CliEnv, styles, useColor } from "../env.js";
import { terminalText } from "./terminal-text.js";

/**
 * Renders issues the way a compiler does:
 *
 *     chronicle.yaml:17:14: error: unknown actor "puttin" (statements[0].speaker)
 *        17 |     speaker: puttin
 *           |              ^
 *       hint: did you mean "putin"?
 */
export function renderIssues(
  issues: readonly Issue[],
  text: string | undefined,
  color: boolean,
  formatPath: (p: Issue["path"]) => string,
  limit = 25,
): string {
  const s = styles(color);
  const lines = text?.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out: string[] = [];
  for (const issue of issues.slice(0, limit)) {
    const where = [issue.file, issue.line, issue.column].filter((v) => v !== undefined).join(":");
    const label = issue.severity === "error" ? s.red("error") : s.yellow("warning");
    const path = issue.path.length ? s.dim(` (${inert(formatPath(issue.path))})`) : "";
    out.push(`${s.bold(inert(where) || "(input)")}: ${label}: ${inert(issue.message)}${path}`);
    const source = issue.line !== undefined ? lines?.[issue.line - 1] : undefined;
    if (source !== undefined && issue.line !== undefined) {
      const gutter = String(issue.line).padStart(5);
      const shown = source.length > 160 ? `${source.slice(0, 157)}...` : source;
      out.push(`${s.dim(`${gutter} |`)} ${inert(shown)}`);
      const col = Math.min(Math.max((issue.column ?? 1) - 1, 0), shown.length);
      out.push(`${s.dim(`${" ".repeat(5)} |`)} ${" ".repeat(col)}${s.red("^")}`);
    }
    if (issue.hint) out.push(`  ${s.cyan("hint")}: ${inert(issue.hint)}`);
  }
  if (issues.length > limit) out.push(s.dim(`… and ${issues.length - limit} more (all of them with --json)`));
  return out.length ? `${out.join("\n")}\n` : "";
}

/** Prints issues to stderr with colour when stderr is a terminal. */
export function showIssues(
  env: CliEnv,
  issues: readonly Issue[],
  text: string | undefined,
  formatPath: (p: Issue["path"]) => string,
): void {
  env.stderr.write(renderIssues(issues, text, useColor(env), formatPath));
}

/**
 * Makes text from a chronicle safe to print on a terminal: control characters (escape
 * sequences could retitle, clear or rewrite the terminal) and bidi overrides become
 * visible \u escapes.
 */
export function inert(text: string): string {
  return terminalText(text);
}
