import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError, usageError } from "../errors.js";

/** Largest input read at all: V8 cannot hold a string longer than ~512 MiB. */
export const MAX_INPUT_BYTES = 500 * 1024 * 1024;

/**
 * Reads an input file's bytes, turning a missing file, a directory or an oversized
 * file into a usage error that names it.
 */
export async function readInput(path: string, cwd: string): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(full);
  } catch {
    throw usageError(
      `${path}: no such file`,
      "check the path; `briefline init chronicle.yaml` writes a starter chronicle",
    );
  }
  if (info.isDirectory())
    throw usageError(`${path}: is a directory, not a file`, "give the chronicle file inside it, e.g. chronicle.yaml");
  if (info.size > MAX_INPUT_BYTES) {
    throw new CliError(
      1,
      `${path}: ${Math.round(info.size / 1048576)} MB is too large to load (limit ${MAX_INPUT_BYTES / 1048576} MB)`,
      "split the chronicle by period, or keep it as JSON",
    );
  }
  try {
    return await readFile(full);
  } catch (error) {
    throw usageError(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      "check the file's permissions",
    );
  }
}

/**
 * Writes a file atomically: the data goes to a temporary file beside the target,
 * is flushed to disk, then renamed over it, so a crash leaves the old file whole and
 * never a half-written one. Refuses to write over any of `inputs`.
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  cwd: string,
  inputs: readonly string[] = [],
): string {
  const target = resolve(cwd, path);
  for (const input of inputs) {
    if (sameFile(resolve(cwd, input), target)) {
      throw usageError(`refusing to write ${path}: it is an input of this command`, "choose another output path");
    }
  }
  const dir = dirname(target);
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
  } catch {
    throw usageError(
      `cannot write ${path}: the folder ${dir} does not exist`,
      "create the folder first or choose another path",
    );
  }
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o644);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {}
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOSPC"
        ? "the disk is full"
        : code === "EACCES" || code === "EROFS" || code === "EPERM"
          ? "the location is not writable"
          : `${code ?? "error"}`;
    throw new CliError(
      3,
      `cannot write ${path}: ${why}`,
      "free some space or choose another output path; nothing was changed",
    );
  }
  return target;
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
