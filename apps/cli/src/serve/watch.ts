import { unwatchFile, watch as watchDir, watchFile } from "node:fs";
import { basename, dirname } from "node:path";

/** How long a burst of saves (truncate, write, rename) must be quiet before a rebuild. */
const SETTLE_MS = 120;

/**
 * Calls `rebuild` after `full` changes, once the changes settle. The folder is watched
 * (a save by rename replaces the file's inode) and the file is polled as well, since
 * some file systems do not report changes. Rebuilds run one after another, and one
 * overtaken by a newer save is skipped: a slow read of an old version can never
 * replace a newer page. Returns the function that stops watching.
 */
export function watchChronicle(
  full: string,
  rebuild: () => Promise<void>,
  onError: (error: unknown) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let queue = Promise.resolve();
  let wanted = 0;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const ticket = ++wanted;
      queue = queue
        .then(() => (ticket !== wanted || stopped ? undefined : rebuild()))
        // A rebuild reports its own failures on the page; this keeps the queue alive whatever happens.
        .catch(onError);
    }, SETTLE_MS);
  };
  const dirWatcher = watchDir(dirname(full), (_event, name) => {
    if (name === null || name.toString() === basename(full)) changed();
  });
  dirWatcher.on("error", () => {}); // the folder went away: the poll still sees the file come back
  const poll = (cur: { mtimeMs: number; size: number }, prev: { mtimeMs: number; size: number }) => {
    if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) changed();
  };
  watchFile(full, { interval: 500 }, poll);
  return () => {
    stopped = true;
    clearTimeout(timer);
    dirWatcher.close();
    unwatchFile(full, poll);
  };
}
