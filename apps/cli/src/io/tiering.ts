import { statSync } from "node:fs";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";

/** Above this many bytes an input is worth optimised code (the CLI's fast-validation threshold). */
const LARGE_INPUT = 2_000_000;

/** Commands whose work is short for a small input: each runs once over one chronicle. */
const SHORT = new Set(["validate", "stats", "query", "convert", "schema", "init", "timeline", "report", "brief"]);

/**
 * Whether a run is short enough to go without V8's optimising compiler: `--help`, or a
 * short command whose inputs (every argument naming a file) are all under 2 MB. Standard
 * input (`-`) may be of any size, so it is not. `size` gives a file's size (infinite for a
 * pipe or device), or undefined for what is not there or is a folder.
 *
 * @example
 * isShortRun(["validate", "chronicle.yaml"], () => 40_000) // true
 * isShortRun(["serve", "chronicle.yaml"], () => 40_000) // false
 */
export function isShortRun(args: string[], size: (arg: string) => number | undefined): boolean {
  const words = args.filter((a) => !a.startsWith("-") || a === "-");
  const command = words[0];
  if (command === undefined) return true;
  if (!SHORT.has(command)) return false;
  for (const word of words.slice(1)) {
    if (word === "-") return false;
    const bytes = size(word);
    if (bytes !== undefined && bytes > LARGE_INPUT) return false;
  }
  return true;
}

/**
 * Starts a short run on the interpreter and baseline compiler (Sparkplug) only. Such a run
 * is mostly code that runs once: module set-up, a cold YAML parse, laying out and writing
 * one document. The optimising compiler (TurboFan) spends more on it than it gives back,
 * and on a busy machine its background thread competes with the command for the cores (a
 * cold parse of the example took two to three times as long with it). The output is the
 * same; only the speed differs. Large inputs keep the optimising compiler: validating
 * 100,000 statements took twice as long without it, and V8 does not take it back up for
 * code that has already run once the flag is restored, so this is decided before any runs.
 */
export function startQuickIfShort(args: string[], cwd: string): void {
  // The bigint form: a plain statSync of a pipe (`report /dev/stdin`) breaks later lazy
  // imports under pnpm's symlinks (nodejs/node#51142; see statOf in files.ts).
  const size = (arg: string) => {
    try {
      const info = statSync(resolve(cwd, arg), { bigint: true, throwIfNoEntry: false });
      if (info === undefined || info.isDirectory()) return undefined;
      // A pipe or device named as a file (/dev/stdin) may carry any amount, like `-`.
      return info.isFile() ? Number(info.size) : Number.POSITIVE_INFINITY;
    } catch {
      return undefined;
    }
  };
  if (isShortRun(args, size)) setFlagsFromString("--max-opt=1");
}
