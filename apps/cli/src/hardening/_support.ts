import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { runCli } from "../cli.js";
import { repoRoot } from "../test-support/run.js";

/** The built entry point: the tests that spawn it need `pnpm build` first. */
export const mainJs = join(repoRoot, "apps/cli/dist/main.js");

/** Fails with a plain reason when the CLI has not been built. */
export function requireBuild(): void {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`pnpm build\` before these tests`);
}

/** The shape every usage error must have: one `error:` line, one `hint:` line, nothing else. */
export const TWO_LINES = /^error: [^\n]+\n {2}hint: [^\n]+\n$/;

/** A Node stack frame, as printed in a stack trace. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

class Capture extends Writable {
  text = "";
  columns = 160;
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the CLI in-process; `stdinTTY` makes standard input look like a terminal. */
export async function runIn(args: string[], options: { cwd: string; stdinTTY?: boolean }) {
  const stdout = new Capture(false);
  const stderr = new Capture(false);
  const stdin = Object.assign(new PassThrough(), { isTTY: options.stdinTTY ?? false });
  if (!options.stdinTTY) stdin.end();
  const code = await runCli(args, { cwd: options.cwd, stdout, stderr, stdin, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed because it outlived `timeoutMs`. */
  timedOut: boolean;
  ms: number;
}

/**
 * Runs the built `briefline` as a child process with a time bound; `preload` is a
 * module given to `node --import` (fault injection), `onStart` sees the child.
 */
export function spawnCli(
  args: string[],
  options: { cwd: string; timeoutMs?: number; preload?: string; onStart?: (child: ChildProcess) => void },
): Promise<Spawned> {
  const node = [...(options.preload ? ["--import", options.preload] : []), mainJs, ...args];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, node, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, TZ: "UTC" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 30_000);
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
    options.onStart?.(child);
  });
}

/** A chronicle of `n` statements (about 180 bytes each), as JSON text. */
export function bigChronicle(n: number): string {
  const statements = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: i % 3 ? "comment" : "threat",
    speaker: i % 2 ? "a" : "b",
    targets: [i % 2 ? "b" : "a"],
    date: `2025-09-${String(1 + (i % 28)).padStart(2, "0")}`,
    summary: `Statement ${i} says something fairly long about the crisis and what may follow from it.`,
    sources: [{ source: "w", credibility: 2 }],
  }));
  return JSON.stringify({
    briefline: 1,
    title: "Large generated chronicle",
    actors: [
      { id: "a", name: "Alpha", type: "state" },
      { id: "b", name: "Beta", type: "state" },
    ],
    sources: [{ id: "w", title: "Wire", reliability: "B" }],
    statements,
  });
}

/** What must not change about a file: its bytes, modification time and permissions. */
export function fingerprint(path: string): { bytes: string; mtimeMs: number; mode: number } {
  const info = statSync(path);
  return { bytes: readFileSync(path).toString("base64"), mtimeMs: info.mtimeMs, mode: info.mode };
}

/** The names in a folder with their kind, sorted: to show that nothing appeared. */
export function listing(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => `${name}${lstatSync(join(dir, name)).isDirectory() ? "/" : ""}`)
    .sort();
}

/** Temporary files of writeFileAtomic for a target name. */
export function tempsOf(dir: string, name: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith(`.${name}.`) && f.endsWith(".tmp"));
}

/** Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN, as in our CI container). */
export function canMount(probeDir: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probeDir], { stdio: "ignore" });
    execFileSync("umount", [probeDir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * A preload for `node --import` that makes every large write to a file descriptor
 * above 2 slow (4 KiB per call, 5 ms apart), so a test can kill the process while a
 * temporary file is half written; it also proves partial writes are resumed.
 */
export function slowWritePreload(dir: string): string {
  const file = join(dir, "slow-write.mjs");
  writeFileSync(
    file,
    `import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const real = fs.writeSync;
const pause = new Int32Array(new SharedArrayBuffer(4));
fs.writeSync = function (fd, buffer, offset, length, ...rest) {
  if (fd > 2 && typeof buffer !== "string" && typeof length === "number" && length > 4096) {
    Atomics.wait(pause, 0, 0, 5);
    return real.call(this, fd, buffer, offset, 4096, ...rest);
  }
  return real.call(this, fd, buffer, offset, length, ...rest);
};
syncBuiltinESMExports();
`,
  );
  return file;
}

/** Resolves when `check` holds, polling every `everyMs`; rejects after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, everyMs = 10): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
