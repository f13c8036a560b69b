import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "../cli.js";

/** The repository root, for reaching the example chronicle from tests. */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const examplePath = join(repoRoot, "examples/eef-2025/chronicle.yaml");

class Capture extends Writable {
  text = "";
  isTTY: boolean;
  columns: number;
  constructor(tty: boolean, columns = 200) {
    super();
    this.isTTY = tty;
    this.columns = columns;
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/**
 * Runs the CLI in-process with captured streams, like a user in `cwd`. Standard input
 * holds `stdin` (nothing by default); `stdinTTY` makes it a terminal.
 */
export async function run(
  args: string[],
  options: {
    cwd?: string;
    tty?: boolean;
    columns?: number;
    env?: Record<string, string | undefined>;
    stdin?: string | Buffer;
    stdinTTY?: boolean;
  } = {},
) {
  const stdout = new Capture(options.tty ?? false, options.columns);
  const stderr = new Capture(options.tty ?? false);
  const stdin: Readable & { isTTY?: boolean } = Readable.from(
    options.stdin === undefined ? [] : [typeof options.stdin === "string" ? Buffer.from(options.stdin) : options.stdin],
  );
  if (options.stdinTTY) stdin.isTTY = true;
  const code = await runCli(args, {
    cwd: options.cwd ?? repoRoot,
    stdout,
    stderr,
    stdin,
    env: options.env ?? {},
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "briefline-test-"));
}
