import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../test-support/run.js";

/** Runs the CLI in-process with `stdin` as its standard input (terminal width 120). */
export function runWith(args: string[], options: { cwd: string; stdin?: string | Buffer; tty?: boolean }) {
  return run(args, { ...options, columns: 120 });
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "briefline-extract-"));
}

/** A short article of our own wording (a fictional standoff), published 2025-09-05. */
export const ARTICLE =
  "Serbian President Aleksandar Vucic warned on Wednesday that any troops sent into the north would be treated as invaders.\n" +
  "Kosovo Prime Minister Albin Kurti rejected the warning and offered talks in Brussels, but only if Belgrade recognised the border.\n" +
  "The European Union urged both sides to show restraint.\n";
