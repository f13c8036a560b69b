import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { CliError } from "../errors.js";
import { showIssues } from "../io/format-issues.js";
import { readChronicle, summary } from "../io/load.js";
import { count } from "../io/options.js";
import { inputName, stdinOnce } from "../io/read-input.js";

/** `briefline validate`: checks chronicles and reports every problem with its position. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("validate")
    .description("check chronicles: structure, references, dates, codes, relations")
    .argument("<files...>", "chronicle files (.yaml, .yml or .json); - reads standard input")
    .option("--json", "print the result as JSON on stdout")
    .option("--strict", "treat warnings as errors")
    .addHelpText("after", "\nExample:\n  briefline validate examples/eef-2025/chronicle.yaml\n")
    .action(async (files: string[], opts: { json?: boolean; strict?: boolean }) => {
      await validate(files, opts, env);
    });
}

/** Validates each file; exit code 1 when any has errors (or warnings, with `strict`). */
export async function validate(
  files: string[],
  opts: { json?: boolean; strict?: boolean },
  env: CliEnv,
): Promise<void> {
  stdinOnce(files);
  const { formatPath } = await import("@briefline/core/quick");
  const s = styles(useColor(env, "stdout"));
  const reports: unknown[] = [];
  let failed = 0;
  for (const path of files) {
    const file = inputName(path);
    const { text, result } = await readChronicle(path, env, { thorough: true });
    const errors = result.ok ? [] : result.errors;
    const ok = result.ok && !(opts.strict && result.warnings.length > 0);
    if (!ok) failed++;
    if (opts.json) {
      reports.push({ file, ok, errors, warnings: result.warnings });
      continue;
    }
    showIssues(env, [...errors, ...result.warnings], text, formatPath);
    if (result.ok) {
      const c = result.chronicle;
      const w = result.warnings.length;
      const counts = [
        count(c.actors?.length ?? 0, "actor"),
        count(c.sources?.length ?? 0, "source"),
        count(c.events?.length ?? 0, "event"),
        count(c.statements?.length ?? 0, "statement"),
        count(c.relations?.length ?? 0, "relation"),
      ].join(", ");
      env.stdout.write(
        `${ok ? s.green("✓") : s.red("✗")} ${file}: valid (${counts})${w ? `, ${count(w, "warning")}` : ""}\n`,
      );
    } else env.stderr.write(`${s.red("✗")} ${summary(file, errors.length, result.warnings.length)}\n`);
  }
  if (opts.json) env.stdout.write(`${JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2)}\n`);
  if (failed)
    throw new CliError(
      1,
      `${failed} of ${files.length} file${files.length === 1 ? "" : "s"} ${opts.strict ? "did not pass" : "invalid"}`,
    );
}
