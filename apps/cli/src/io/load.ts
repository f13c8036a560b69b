import type { Chronicle, Issue, ValidationResult } from "@briefline/core";
import type { CliEnv } from "../env.js";
import { CliError, usageError } from "../errors.js";
import { showIssues } from "./format-issues.js";
import { inputName, readInput } from "./read-input.js";

/** A loaded chronicle with its text (for carets in later messages) and warnings. */
export interface Loaded {
  path: string;
  text: string;
  chronicle: Chronicle;
  warnings: Issue[];
}

/**
 * Reads, decodes, parses and validates a chronicle file without printing anything.
 * `thorough` also scans JSON above 2 MB for repeated keys (`validate` asks for it).
 */
export async function readChronicle(
  path: string,
  env: CliEnv,
  options: ReadChronicleOptions = {},
): Promise<{ text: string | undefined; result: ValidationResult }> {
  // The quick entry's decodeText is core's: it loads without the schema library.
  const { decodeText } = await import("@briefline/core/quick");
  const bytes = await readInput(path, env);
  const name = inputName(path);
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) return { text: undefined, result: { ok: false, errors: [decoded.error], warnings: [] } };
  return { text: decoded.text, result: await parseChronicleText(decoded.text, name, env, options) };
}

/** How to read: see {@link readChronicle}. */
export interface ReadChronicleOptions {
  thorough?: boolean;
}

/** Parses and validates chronicle text already read (`name` for messages), as readChronicle does. */
export async function parseChronicleText(
  text: string,
  name: string,
  env: CliEnv,
  options: ReadChronicleOptions = {},
): Promise<ValidationResult> {
  const maxYamlLength = yamlLimit(env.env.BRIEFLINE_MAX_YAML_MB);
  const read = {
    filename: name,
    ...(maxYamlLength ? { maxYamlLength } : {}),
    ...(options.thorough ? { duplicateKeys: true } : {}),
  };
  const large = text.length > 2_000_000;
  if (!large) {
    // Core's quick path: the structural check generated at build time instead of zod, whose
    // schema and first parse were a fifth of `validate` of a small file; the same result,
    // the chronicle's keys in the same order. The generated check is only in core's build
    // (not its sources): without it, or for data it hands over, zod as before.
    const quick = await import("@briefline/core/quick");
    const check = await quick.loadQuickCheck();
    const result = check && quick.parseChronicleQuick(text, read, check);
    if (result) return result;
  }
  const core = await import("@briefline/core");
  // Large chronicles are worth the one-off cost of the compiled structural check.
  const fast = large ? await core.loadFastValidation() : undefined;
  return core.parseChronicle(text, { ...read, fast });
}

/**
 * `BRIEFLINE_MAX_YAML_MB` raises (or lowers) the size above which YAML is refused
 * (64 MiB by default: parsing YAML takes about 20× its size in memory), so that a big
 * YAML chronicle can be converted to JSON once on a machine that has the memory.
 */
function yamlLimit(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const mib = Number(value);
  if (!(mib > 0 && Number.isFinite(mib)))
    throw usageError(
      `BRIEFLINE_MAX_YAML_MB must be a number of MiB, found "${value}"`,
      "e.g. BRIEFLINE_MAX_YAML_MB=200",
    );
  return Math.round(mib * 1024 * 1024);
}

/**
 * Reads a chronicle or stops: errors are printed like a compiler's and raise exit
 * code 1; warnings are printed unless `quiet`.
 */
export async function loadChronicle(path: string, env: CliEnv, options: { quiet?: boolean } = {}): Promise<Loaded> {
  const { text, result } = await readChronicle(path, env);
  return settle(path, text, result, env, options);
}

/** Prints a validation result's issues like a compiler's and stops on errors (exit 1); else the loaded chronicle. */
export async function settle(
  path: string,
  text: string | undefined,
  result: ValidationResult,
  env: CliEnv,
  options: { quiet?: boolean } = {},
): Promise<Loaded> {
  const { formatPath } = await import("@briefline/core");
  if (!options.quiet && result.warnings.length) showIssues(env, result.warnings, text, formatPath);
  if (!result.ok) {
    showIssues(env, result.errors, text, formatPath);
    throw new CliError(1, summary(inputName(path), result.errors.length, result.warnings.length));
  }
  return { path, text: text as string, chronicle: result.chronicle, warnings: result.warnings };
}

/** "chronicle.yaml: 2 errors, 1 warning" */
export function summary(path: string, errors: number, warnings: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${path}: ${plural(errors, "error")}${warnings ? `, ${plural(warnings, "warning")}` : ""}`;
}
