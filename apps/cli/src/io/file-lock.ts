import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, realpathSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "../errors.js";

/** How long a run waits for another one holding the same file before it refuses. */
export const LOCK_WAIT_MS = 60_000;
const POLL_MS = 25;

/** A held lock: `release()` removes it (only if it is still ours). */
export interface FileLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes the lock of a file that a command reads, changes and writes back (`extract
 * --merge`), so that two runs on one file take turns instead of one silently writing
 * over the other's work. The lock is `.NAME.lock` beside the file (a link is followed),
 * created exclusively and holding the owner's process id; a lock whose process is gone
 * (killed run) is taken over. Waits up to `waitMs`, then refuses with exit 1. Where no
 * lock can be created (a read-only folder) the write that follows will fail and say so,
 * so no lock is needed: a lock that does nothing is returned.
 *
 * @example
 * const lock = await lockFile("chronicle.yaml", cwd);
 * try { … read, merge, write … } finally { lock.release(); }
 */
export async function lockFile(path: string, cwd: string, waitMs = LOCK_WAIT_MS): Promise<FileLock> {
  const target = realOrResolved(resolve(cwd, path));
  const lockPath = join(dirname(target), `.${basename(target)}.lock`);
  const token = `${process.pid} ${randomBytes(6).toString("hex")}\n`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number;
    try {
      fd = openSync(lockPath, "wx", 0o644);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") return { path: lockPath, release() {} };
      if (takeOverStale(lockPath)) continue;
      if (Date.now() >= deadline) {
        throw new CliError(
          1,
          `${path} is being changed by another briefline run (${ownerOf(lockPath) ?? "unknown process"}); nothing was written`,
          `wait for it to finish and run this again; if no other run is going on, remove ${lockPath}`,
        );
      }
      await new Promise((done) => setTimeout(done, POLL_MS));
      continue;
    }
    try {
      writeSync(fd, token);
    } catch {
      // A full disk: the write that follows fails and says so; hold no empty lock.
      closeSync(fd);
      unlinkSync(lockPath);
      return { path: lockPath, release() {} };
    }
    closeSync(fd);
    return {
      path: lockPath,
      release() {
        try {
          if (readFileSync(lockPath, "utf8") === token) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      },
    };
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function ownerOf(lockPath: string): string | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? `process ${pid}` : undefined;
  } catch {
    return undefined;
  }
}

// A lock whose owner is gone (SIGKILL, power loss) is removed; one that cannot be read
// yet (its owner is between creating and writing it) is left alone unless it is old.
function takeOverStale(lockPath: string): boolean {
  let text: string;
  let age: number;
  try {
    text = readFileSync(lockPath, "utf8");
    age = Date.now() - statSync(lockPath).mtimeMs;
  } catch {
    return true; // removed meanwhile: try again at once
  }
  const pid = Number.parseInt(text, 10);
  const alive = Number.isInteger(pid) && pid > 0 ? processAlive(pid) : age < 5_000;
  if (alive) return false;
  try {
    // Only the stale lock: another waiter may have replaced it with its own meanwhile.
    if (readFileSync(lockPath, "utf8") === text) unlinkSync(lockPath);
  } catch {
    // Another waiter removed it first.
  }
  return true;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
