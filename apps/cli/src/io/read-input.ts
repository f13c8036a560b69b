import { createReadStream, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { CliEnv } from "../env.js";
import { CliError, usageError } from "../errors.js";

/** Largest input read at all: V8 cannot hold a string longer than ~512 MiB. */
export const MAX_INPUT_BYTES = 500 * 1024 * 1024;

const CHRONICLE = /^\.(ya?ml|json)$/i;

/** What an input is, for its size limit and the words of a refusal. */
export type InputKind = "chronicle" | "article" | "font";
interface Limit {
  bytes: number;
  noun: string;
  hint: string;
}
// An article or a font of more than a few megabytes is not one: refused long before the
// chronicle's limit, so a wrong path (a disk image, /dev/zero) costs little time and memory.
const LIMITS: Record<InputKind, Limit> = {
  chronicle: { bytes: MAX_INPUT_BYTES, noun: "a chronicle", hint: "split the chronicle by period, or keep it as JSON" },
  article: {
    bytes: 20 * 1024 * 1024,
    noun: "an article",
    hint: "give the article's text, not a whole site or archive",
  },
  font: { bytes: 64 * 1024 * 1024, noun: "a font", hint: "give one TrueType (.ttf) font file" },
};

/** How messages name an input: "-" is standard input. */
export const inputName = (path: string): string => (path === "-" ? "<stdin>" : path);

/**
 * Reads an input file's bytes, turning a missing file, a directory or an oversized
 * file into a usage error that names it. A pipe or device (`/dev/stdin`) is read up
 * to the same limit, so `/dev/zero` cannot fill the memory. "-" reads standard input
 * (refused when it is a terminal: nothing was piped in).
 */
export async function readInput(
  path: string,
  env: Pick<CliEnv, "cwd" | "stdin">,
  kind: InputKind = "chronicle",
): Promise<Uint8Array> {
  const limit = LIMITS[kind];
  if (path === "-") return readStdin(env, limit);
  const full = resolve(env.cwd, path);
  // The hints speak of chronicles only when the file looks like one (articles and fonts are read here too).
  const chronicle = CHRONICLE.test(extname(path));
  let info: Stats;
  try {
    info = await stat(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw cannotRead(path, code);
    throw usageError(
      `${path}: no such file`,
      chronicle ? "check the path; `briefline init chronicle.yaml` writes a starter chronicle" : "check the path",
    );
  }
  if (info.isDirectory())
    throw usageError(
      `${path}: is a directory, not a file`,
      chronicle ? "give the chronicle file inside it, e.g. chronicle.yaml" : "give a file inside it",
    );
  if (info.size > limit.bytes) throw tooLarge(path, info.size, limit, false);
  try {
    return info.isFile() ? await readFile(full) : await readStream(full, path, limit);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cannotRead(path, (error as NodeJS.ErrnoException).code);
  }
}

function cannotRead(path: string, code: string | undefined): CliError {
  return usageError(`${path}: cannot read (${code ?? "error"})`, "check the file's permissions");
}

function tooLarge(path: string, size: number, limit: Limit, stream: boolean): CliError {
  const mb = limit.bytes / 1048576;
  // A device or pipe is read up to the limit: "/dev/zero" never ends, it is not a big file.
  return new CliError(
    1,
    stream
      ? `${path}: gave more than ${mb} MB without ending (the limit for ${limit.noun} is ${mb} MB)`
      : `${path}: ${Math.round(size / 1048576)} MB is too large to load (the limit for ${limit.noun} is ${mb} MB)`,
    stream
      ? `give the ${limit.noun.replace(/^an? /, "")} as a file; an endless device such as /dev/zero cannot be read`
      : limit.hint,
  );
}

async function readStream(full: string, path: string, limit: Limit): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(full)) {
    size += (chunk as Buffer).length;
    if (size > limit.bytes) throw tooLarge(path, size, limit, true);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readStdin(env: Pick<CliEnv, "stdin">, limit: Limit): Promise<Uint8Array> {
  if (env.stdin.isTTY)
    throw usageError(
      "standard input (-) is a terminal: nothing was piped in",
      "pipe a file in, e.g. cat chronicle.yaml | briefline validate -",
    );
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of env.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > limit.bytes) throw tooLarge("<stdin>", size, limit, true);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Stops when standard input is named more than once: it can be read only once. */
export function stdinOnce(paths: readonly (string | undefined)[]): void {
  if (paths.filter((p) => p === "-").length > 1)
    throw usageError("standard input (-) can be read only once", "give the other inputs as files");
}
