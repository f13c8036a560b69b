import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError, ReaderGone, usageError } from "../errors.js";

/** A temporary file older than this was left by a killed run and is removed on the next write. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Writes a file atomically: the data goes to a temporary file beside the target,
 * is flushed to disk, then renamed over it, so a crash leaves the old file whole and
 * never a half-written one. Refuses to write over any of `inputs`. A symbolic link is
 * followed (the file it names is replaced, the link stays); a replaced file keeps its
 * permissions; a device or pipe is written to, never replaced. Standard output and
 * standard error named as files (`-o /dev/stdout`, `/dev/stderr`, `/dev/fd/1`) are
 * written to as the shell opened them: into the pipe or socket, or onto the end of a file
 * redirected with `>>`. Another `/dev/fd/N` is followed to the file the shell opened
 * (`3>out.json`), and refused when it is a pipe, socket or event descriptor.
 *
 * @example
 * writeFileAtomic("briefing.pdf", bytes, cwd, ["chronicle.yaml"]);
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  cwd: string,
  inputs: readonly string[] = [],
): string {
  refuseInputs(path, inputs, cwd);
  const target = resolve(cwd, path);
  const real = followLinks(target);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  // /dev/fd/7 → "pipe:[…]", "socket:[…]", "anon_inode:[…]": one of Node's own descriptors
  // (or one the shell opened): writing into it could hang or crash the process.
  const open = /^(pipe|socket|anon_inode):/.exec(basename(real));
  if (open)
    throw usageError(
      `cannot write ${path}: it names an open ${open[1]}, not a file`,
      "write to standard output with -o - (or /dev/stdout), or give a file",
    );
  const fd = descriptorOf(real);
  if (fd !== undefined) {
    try {
      writeAll(fd, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") throw new ReaderGone();
      throw writeError(path, code);
    }
    return target;
  }
  const existing = statOf(real);
  if (existing?.isDirectory)
    throw usageError(`cannot write ${path}: it is a directory`, "give a file name, e.g. add /out.json");
  if (existing?.isSocket)
    throw usageError(`cannot write ${path}: it is a socket`, "choose a file, or write to standard output with -o -");
  const dir = dirname(real);
  if (!statOf(dir)?.isDirectory)
    throw usageError(
      `cannot write ${path}: the folder ${dir} does not exist`,
      "create the folder first or choose another path",
    );
  try {
    if (existing && !existing.isFile) writeThrough(real, bytes);
    else {
      removeStaleTemps(dir, basename(real));
      writeOver(real, join(dir, `.${basename(real)}.${randomBytes(6).toString("hex")}.tmp`), bytes, existing);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The reader of a pipe has gone (`-o named-pipe` and `cat named-pipe | head -1`).
    if (code === "EPIPE" && existing && !existing.isFile) throw new ReaderGone();
    throw writeError(path, code);
  }
  return target;
}

/**
 * Whether writing to `path` sends the bytes to a stream (standard output, a pipe, a
 * device) rather than a file: a command then says what it wrote on standard error, so
 * the message does not end up inside the output.
 */
export function isStreamOutput(path: string, cwd: string): boolean {
  const real = followLinks(resolve(cwd, path));
  if (descriptorOf(real) !== undefined) return true;
  const info = statOf(real);
  return info !== undefined && !info.isFile && !info.isDirectory;
}

// /dev/stdout, /dev/stderr, /dev/fd/1 and /dev/fd/2 lead here (Linux; on macOS /dev/fd/N
// itself). Standard input is here too, so that naming it as an output fails (EBADF) instead
// of replacing the file the shell read it from. Other descriptors are followed like links.
const DESCRIPTOR = /^\/(?:proc\/self|dev)\/fd\/([012])$/;

/** The open descriptor a path names, if it names one of this process's. */
function descriptorOf(path: string): number | undefined {
  const m = DESCRIPTOR.exec(path);
  if (!m) return undefined;
  const fd = Number(m[1]);
  try {
    fstatSync(fd, { bigint: true }); // bigint: see statOf
    return fd;
  } catch {
    return undefined;
  }
}

/**
 * Stops with a usage error when `output` names one of `inputs` (by path, link or
 * hard link): commands call it before their work, so the refusal comes at once.
 *
 * @example
 * refuseInputs("chronicle.yaml", ["chronicle.yaml"], cwd); // throws: it is an input of this command
 */
export function refuseInputs(output: string, inputs: readonly string[], cwd: string): void {
  if (output === "-") return; // standard output
  const target = resolve(cwd, output);
  for (const input of inputs) {
    if (input !== "-" && sameFile(resolve(cwd, input), target))
      throw usageError(`refusing to write ${output}: it is an input of this command`, "choose another output path");
  }
}

/**
 * The file a path finally names, following symbolic links even when the last one
 * dangles. Each link is read against the real folder it sits in, so "../x" in a folder
 * reached through a linked directory leads where the system would go. Stops at a path
 * of an open descriptor (/dev/stdout → /proc/self/fd/1): what that is, is the descriptor's.
 */
function followLinks(path: string): string {
  let current = path;
  for (let hops = 0; hops < 40 && !DESCRIPTOR.test(current); hops++) {
    let link: string;
    try {
      link = readlinkSync(current);
    } catch {
      break; // not a link, or nothing there
    }
    let dir = dirname(current);
    try {
      dir = realpathSync.native(dir);
    } catch {}
    current = resolve(dir, link);
  }
  return current;
}

/** Temp file, flush, rename: the target is either the old file or the new one, never half of it. */
function writeOver(target: string, temp: string, bytes: Uint8Array, existing: FileInfo | undefined): void {
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o666);
    if (existing) {
      // A chronicle kept private (0600) must not come back world-readable after `review`.
      fchmodSync(fd, existing.mode & 0o777);
      try {
        fchownSync(fd, existing.uid, existing.gid);
      } catch {}
    }
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {}
    throw error;
  }
  try {
    // The rename itself lives in the folder: flush it too, where the system allows.
    const dirFd = openSync(dirname(target), "r");
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {}
}

/** A device or pipe cannot be replaced by a rename (and /dev/stdout must not be): write into it. */
function writeThrough(target: string, bytes: Uint8Array): void {
  const fd = openSync(target, "w");
  try {
    writeAll(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      // A descriptor Node made non-blocking (a pipe or socket on standard output) is full
      // for a moment: wait for its reader.
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** What a write needs to know of an existing path. */
interface FileInfo {
  isFile: boolean;
  isDirectory: boolean;
  isSocket: boolean;
  mode: number;
  uid: number;
  gid: number;
  ino: bigint;
  dev: bigint;
  mtimeMs: number;
}

/**
 * Stats a path without disturbing module loading. A plain `statSync` leaves its result in
 * a buffer that node:fs shares with `realpathSync`, and a pipe or socket left there
 * (`-o /dev/stdout | …`, `report /dev/stdin`) makes later realpaths stop early: the next
 * lazy import under pnpm's symlinked node_modules then fails with "Cannot find package"
 * (nodejs/node#51142, open in Node 20). The bigint form has a buffer of its own.
 */
function statOf(path: string): FileInfo | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return {
      isFile: s.isFile(),
      isDirectory: s.isDirectory(),
      isSocket: s.isSocket(),
      mode: Number(s.mode),
      uid: Number(s.uid),
      gid: Number(s.gid),
      ino: s.ino,
      dev: s.dev,
      mtimeMs: Number(s.mtimeMs),
    };
  } catch {
    return undefined;
  }
}

/**
 * Removes `.name.<hex>.tmp` files of this target left by a run that was killed while
 * writing (SIGKILL cannot be caught). Only old ones: a fresh one may belong to a
 * concurrent run that is still writing.
 */
function removeStaleTemps(dir: string, name: string): void {
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(entry.slice(prefix.length))) continue;
    try {
      const file = join(dir, entry);
      if (now - (statOf(file)?.mtimeMs ?? now) > STALE_TEMP_MS) unlinkSync(file);
    } catch {}
  }
}

function writeError(path: string, code: string | undefined): CliError {
  const nothing = "nothing was changed";
  if (code === "ENOSPC" || code === "EDQUOT")
    return new CliError(3, `cannot write ${path}: the disk is full`, `free some space or write elsewhere; ${nothing}`);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return usageError(
      `cannot write ${path}: the location is not writable${code === "EROFS" ? " (read-only file system)" : ""}`,
      `choose another output path; ${nothing}`,
    );
  if (code === "EISDIR") return usageError(`cannot write ${path}: it is a directory`, "give a file name");
  return new CliError(3, `cannot write ${path}: ${code ?? "error"}`, `choose another output path; ${nothing}`);
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = statOf(a);
  const sb = statOf(b);
  return sa !== undefined && sb !== undefined && sa.ino === sb.ino && sa.dev === sb.dev;
}
