import { type Stats, statSync } from "node:fs";
import { resolve } from "node:path";
import { pageOf, type TimelineCommandOptions } from "../commands/timeline.js";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { CliError } from "../errors.js";
import { readChronicle, summary } from "../io/load.js";
import { EVENTS } from "./routes.js";

// While serving, the watched path may briefly be something else: a named pipe would block
// the read (and every rebuild queued behind it) until a writer came, forever (issue 11).
function refuseSpecial(file: string, cwd: string): void {
  let info: Stats;
  try {
    info = statSync(resolve(cwd, file));
  } catch {
    return; // missing: the read says so
  }
  if (info.isFile() || info.isDirectory() || file === "-") return;
  throw new CliError(
    1,
    `${file} is ${info.isFIFO() ? "a named pipe" : info.isSocket() ? "a socket" : "a device"}, not a file`,
    "save the chronicle as a regular file: the page reloads when it is one again",
  );
}

/** The served page of one chronicle, rebuilt on demand. */
export interface LivePage {
  /** The current page: the timeline, or the errors while the file does not validate. */
  html(): string;
  /** Builds so far (the first included). */
  version(): number;
  /**
   * Reads and renders the chronicle; returns whether the page changed. What it says on
   * stderr is said only then, since one save often reaches the watcher and the poll.
   * The first build (`announce` false) throws on bad options; later ones never throw.
   */
  build(announce: boolean): Promise<boolean>;
}

export async function livePage(file: string, opts: TimelineCommandOptions, env: CliEnv): Promise<LivePage> {
  const web = await import("@briefline/timeline-web");
  const { formatPath } = await import("@briefline/core");
  const s = styles(useColor(env));
  let html = "";
  let version = 0;
  const errorPage = (message: string, hint?: string) =>
    web.renderErrorPage(file, [{ severity: "error", code: "unreadable", path: [], message, hint }], {
      liveReload: EVENTS,
    });

  const build = async (announce: boolean): Promise<boolean> => {
    const log: string[] = [];
    let next: string;
    try {
      refuseSpecial(file, env.cwd);
      const { text, result } = await readChronicle(file, env);
      if (result.ok) {
        next = await pageOf(result.chronicle, opts, { liveReload: EVENTS });
        if (announce) log.push(`${s.green("↻")} ${file}: valid, page reloaded`);
      } else {
        next = web.renderErrorPage(file, result.errors, { liveReload: EVENTS, source: text });
        log.push(`${s.red("✗")} ${summary(file, result.errors.length, result.warnings.length)} (the page lists them)`);
        for (const e of result.errors.slice(0, 5))
          log.push(`  ${file}:${e.line ?? "?"}:${e.column ?? "?"}: ${e.message} (${formatPath(e.path)})`);
      }
    } catch (error) {
      // Bad options (an unknown --kind, actor or status) are the user's to fix before
      // anything listens; later, only the file changes, so any problem goes to the page
      // and the server keeps running.
      if (!announce && (!(error instanceof CliError) || error.code !== 1)) throw error;
      const known = error instanceof CliError;
      const message = known ? error.message : `unexpected failure: ${(error as Error)?.message ?? String(error)}`;
      next = errorPage(message, known ? error.hint : "save the file again; if this persists, report it with --debug");
      log.push(`${s.red("✗")} ${message}`);
    }
    version++;
    if (next === html) return false;
    html = next;
    for (const line of log) env.stderr.write(`${line}\n`);
    return true;
  };
  return { html: () => html, version: () => version, build };
}
