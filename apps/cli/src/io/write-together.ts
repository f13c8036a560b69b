import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError, usageError } from "../errors.js";
import { refuseInputs, writeFileAtomic } from "./files.js";

/** One output of a command that writes several. */
export interface Output {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes the outputs of one command together, or none of them (`brief` writes a page
 * and a PDF): every output is checked against the inputs first, then each is written
 * whole to a temporary file beside its target and flushed, and only when all are on
 * disk are they renamed over their targets. A full disk or any other failure while
 * writing leaves every previous output as it was. Outputs that are not plain files (a
 * device, a pipe) are written as {@link writeFileAtomic} does, after the others.
 * Returns the paths written.
 *
 * @example
 * writeTogether([{ path: "out/timeline.html", data: html }, { path: "out/briefing.pdf", data: pdf }], cwd, [input]);
 */
export function writeTogether(outputs: readonly Output[], cwd: string, inputs: readonly string[]): string[] {
  for (const o of outputs) refuseInputs(o.path, inputs, cwd);
  const staged: Array<{ temp: string; target: string }> = [];
  const special: Output[] = [];
  try {
    for (const o of outputs) {
      const target = realOrResolved(resolve(cwd, o.path));
      const existing = statOrUndefined(target);
      if (existing && !existing.isFile()) {
        special.push(o);
        continue;
      }
      const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
      staged.push({ temp, target });
      stage(temp, o.data, existing?.mode);
    }
  } catch (error) {
    for (const s of staged) removeQuietly(s.temp);
    throw failure(outputs[staged.length - 1]?.path ?? "the outputs", (error as NodeJS.ErrnoException).code);
  }
  for (const s of staged) renameSync(s.temp, s.target);
  for (const o of special) writeFileAtomic(o.path, o.data, cwd, inputs);
  return outputs.map((o) => resolve(cwd, o.path));
}

function stage(temp: string, data: string | Uint8Array, mode: number | undefined): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const fd = openSync(temp, "wx", 0o666);
  try {
    if (mode !== undefined) fchmodSync(fd, mode & 0o777);
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function failure(path: string, code: string | undefined): CliError {
  const nothing = "nothing was changed: every previous output is as it was";
  if (code === "ENOSPC" || code === "EDQUOT")
    return new CliError(3, `cannot write ${path}: the disk is full`, `free some space or write elsewhere; ${nothing}`);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return usageError(`cannot write ${path}: the location is not writable`, `choose another output folder; ${nothing}`);
  return new CliError(3, `cannot write ${path}: ${code ?? "error"}`, `choose another output folder; ${nothing}`);
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}
