#!/usr/bin/env node
import { runCli } from "./cli.js";

// The only place that exits the process.
const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
process.exitCode = code;
