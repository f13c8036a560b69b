import type { Readable, Writable } from "node:stream";

/**
 * What a command may touch of the outside world, passed in so tests can run commands
 * directly with their own streams and directory.
 */
export interface CliEnv {
  cwd: string;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Shows stack traces of unexpected failures. */
  debug?: boolean;
}

/** Whether to colour output on a stream: a TTY, and no NO_COLOR in the environment. */
export function useColor(env: CliEnv, stream: "stdout" | "stderr" = "stderr"): boolean {
  const noColor = env.env.NO_COLOR;
  if (noColor !== undefined && noColor !== "") return false;
  if (env.env.FORCE_COLOR !== undefined && env.env.FORCE_COLOR !== "0") return true;
  return Boolean(env[stream].isTTY);
}

/** ANSI styles that fall back to plain text when colour is off. */
export function styles(on: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
  };
}
