import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { runCli } from "../cli.js";

class Capture extends Writable {
  text = "";
  constructor(readonly isTTY: boolean) {
    super();
  }
  columns = 120;
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the CLI in-process with `stdin` as its standard input. */
export async function runWith(args: string[], options: { cwd: string; stdin?: string | Buffer; tty?: boolean }) {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const stdin = Readable.from(
    options.stdin === undefined ? [] : [typeof options.stdin === "string" ? Buffer.from(options.stdin) : options.stdin],
  );
  const code = await runCli(args, { cwd: options.cwd, stdout, stderr, stdin, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
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
