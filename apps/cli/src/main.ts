#!/usr/bin/env node
import { reportError, runCli } from "./cli.js";
import type { CliEnv } from "./env.js";
import { guardStreams } from "./io/terminal-text.js";
import { startQuickIfShort } from "./io/tiering.js";

// Before any command code runs: short runs go without the optimising compiler (io/tiering.ts).
startQuickIfShort(process.argv.slice(2), process.cwd());

const env: CliEnv = {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  debug: process.argv.includes("--debug"),
};

// A reader that goes away (`briefline query … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

// A failure outside the command's promise (a stream, a timer) still ends with one line,
// exit code 3 and the --debug hint, never with Node's own stack dump.
const lastResort = (error: unknown) => {
  if ((error as NodeJS.ErrnoException | undefined)?.code === "EPIPE") process.exit(0);
  let code = 3;
  try {
    code = reportError(error, { ...env, ...guardStreams(env) });
  } catch {}
  process.exit(code);
};
process.on("uncaughtException", lastResort);
process.on("unhandledRejection", lastResort);

// The only place that exits the process. Not a top-level await: the bundle's chunks are
// scripts (scripts/bin-loader.mjs), which cannot have one.
void runCli(process.argv.slice(2), env).then((code) => {
  process.exitCode = code;
});
