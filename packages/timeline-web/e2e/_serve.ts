// Runs the built `briefline serve` as a child process for the browser tests: the page
// is then served exactly as an analyst sees it, live reload included.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The CLI's built entry point (`pnpm build`). */
export const cliMain = fileURLToPath(new URL("../../../apps/cli/dist/main.js", import.meta.url));
export const hasCli = existsSync(cliMain);
export const NO_CLI = `${cliMain} is missing: run \`pnpm build\` first (the served tests run the real briefline serve); skipping them.`;

/** A running `briefline serve`. */
export interface Served {
  url: string;
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Sends SIGINT (Ctrl-C) and resolves when the process is gone, with how long it took. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/** Starts `briefline serve <file> --port 0` in `cwd` and resolves once it prints its address. */
export function startServe(file: string, cwd: string, args: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [cliMain, "serve", file, "--port", "0", ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, TZ: "UTC" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`briefline serve did not start within 15 s:\n${out}\n${err}`));
    }, 15_000);
    void exited.then(({ code }) => fail(new Error(`briefline serve exited with ${code}:\n${out}\n${err}`)));
    child.stdout?.on("data", () => {
      const url = /at (http:\/\/\S+\/)/.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      ok({
        url,
        child,
        stdout: () => out,
        stderr: () => err,
        async stop() {
          const started = performance.now();
          child.kill("SIGINT");
          const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
          const result = await exited;
          clearTimeout(kill);
          return { ...result, ms: performance.now() - started };
        },
      });
    });
  });
}
