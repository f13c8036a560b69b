import type { Writable } from "node:stream";
import { type CliEnv, useColor } from "../env.js";

// C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069): an escape sequence can retitle,
// clear or rewrite a terminal, a carriage return or an override can hide what is printed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// The only sequences the CLI itself writes: the colours of `styles()` and the progress
// bars' "clear line". Anything else with an ESC did not come from us.
const OWN = String.raw`\u001b\[(?:1|2|22|31|32|33|36|39)m|\u001b\[2K`;
const OWN_OR_UNSAFE = new RegExp(`${OWN}|${UNSAFE.source}`, "g");

const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Makes text safe to print on a terminal: every control character but tab and line
 * feed, and every bidi control, becomes a visible `\u` escape. The one sanitizer of
 * the CLI's terminal output (applied to whole streams by {@link guardTerminal}).
 *
 * @example
 * terminalText("Title\u001b]0;pwned\u0007") // "Title\\u001b]0;pwned\\u0007"
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * A stream that passes every text written to it through {@link terminalText}, except
 * the CLI's own colour codes when `ownCodes` is set (colours are on) and a carriage
 * return that starts a write on a terminal (a progress bar redrawing its line). Bytes
 * (a PDF, a page sent to a pipe) pass unchanged. Everything else of the stream (isTTY,
 * columns, events) is the stream's own.
 *
 * @example
 * const stderr = guardTerminal(process.stderr, { ownCodes: useColor(env), tty: Boolean(process.stderr.isTTY) });
 */
export function guardTerminal<T extends Writable>(stream: T, options: { ownCodes: boolean; tty: boolean }): T {
  const clean = (chunk: unknown): unknown => {
    if (typeof chunk !== "string") return chunk;
    const redraw = options.tty && chunk.startsWith("\r");
    const body = redraw ? chunk.slice(1) : chunk;
    const safe = body.replace(OWN_OR_UNSAFE, (match) =>
      match.length > 1
        ? options.ownCodes || (options.tty && match === "\u001b[2K")
          ? match
          : terminalText(match)
        : escapeChar(match),
    );
    return redraw ? `\r${safe}` : safe;
  };
  return new Proxy(stream, {
    get(target, key) {
      if (key === "write") return (chunk: unknown, ...rest: unknown[]) => (target.write as Call)(clean(chunk), ...rest);
      if (key === "end") return (chunk: unknown, ...rest: unknown[]) => (target.end as Call)(clean(chunk), ...rest);
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Call = (...args: unknown[]) => unknown;

/**
 * The streams every command writes to, guarded: standard error always (it is read by
 * people, even when saved to a log), standard output when it is a terminal (piped data,
 * a chronicle or a page, must pass byte for byte).
 *
 * @example
 * const ctx = { ...env, ...guardStreams(env) };
 */
export function guardStreams(env: CliEnv): Pick<CliEnv, "stdout" | "stderr"> {
  return {
    stdout: env.stdout.isTTY ? guardTerminal(env.stdout, { ownCodes: useColor(env, "stdout"), tty: true }) : env.stdout,
    stderr: guardTerminal(env.stderr, { ownCodes: useColor(env, "stderr"), tty: Boolean(env.stderr.isTTY) }),
  };
}
