export { buildProgram, runCli } from "./cli.js";
export type { CliEnv } from "./env.js";
export { CliError, EXIT } from "./errors.js";
