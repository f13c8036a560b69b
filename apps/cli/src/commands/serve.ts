import { unwatchFile, watch as watchDir, watchFile } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, isIP } from "node:net";
import { basename, dirname, resolve } from "node:path";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { CliError, usageError } from "../errors.js";
import { readInput } from "../io/files.js";
import { readChronicle, summary } from "../io/load.js";
import { pageOf, pageOptions, type TimelineCommandOptions } from "./timeline.js";

interface ServeOptions extends TimelineCommandOptions {
  port: string;
  /** Default 127.0.0.1. */
  host?: string;
}

/** What a running server can tell about itself (for tests and embedding tools). */
export interface ServeProbe {
  /** Pages connected to the reload stream. */
  clients(): number;
  /** Open connections. */
  connections(): Promise<number>;
  /** Builds of the page so far (the first included). */
  builds(): number;
}

/** How tests (or an embedding tool) stop the server and learn its address. */
export interface ServeHooks {
  signal?: AbortSignal;
  onListen?: (url: string, probe: ServeProbe) => void;
}

const EVENTS = "/events";
const DEFAULT_HOST = "127.0.0.1";

/**
 * Whether an address only this machine can reach: `localhost`, 127.0.0.0/8, ::1 (also
 * bracketed or IPv4-mapped).
 *
 * @example
 * isLoopback("127.0.0.1") // true
 * isLoopback("0.0.0.0")   // false: every interface
 */
export function isLoopback(host: string): boolean {
  const h = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
  if (h === "localhost" || h.endsWith(".localhost") || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.replace(/^::ffff:/, "");
  return isIP(v4) === 4 && v4.startsWith("127.");
}

/**
 * Whether a request's `Host` header names this server. A page on another site can make
 * the browser reach 127.0.0.1 through a name it controls (DNS rebinding); such a name is
 * refused. Loopback names, IP addresses (which no rebinding can use) and the address
 * given to `--host` are accepted.
 *
 * @example
 * hostAllowed("127.0.0.1:8080", "127.0.0.1")      // true
 * hostAllowed("attacker.example:8080", "0.0.0.0") // false
 */
export function hostAllowed(header: string | undefined, listenHost: string): boolean {
  const host = (header ?? "").trim().replace(/:\d*$/, "").toLowerCase();
  if (!host) return false;
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  return isLoopback(host) || isIP(bare) !== 0 || host === listenHost.toLowerCase();
}

/** `briefline serve`: serves the timeline on 127.0.0.1 and reloads the page when the file changes. */
export function register(program: Command, env: CliEnv): void {
  pageOptions(
    program
      .command("serve")
      .description("serve the timeline on 127.0.0.1 and reload it whenever the chronicle is saved")
      .argument("<file>", "chronicle file")
      .option("-p, --port <n>", "port (0 picks a free one)", "8080")
      .option("--host <address>", "address to listen on; keep 127.0.0.1 unless you mean to share", DEFAULT_HOST),
  )
    .addHelpText("after", "\nExample:\n  briefline serve chronicle.yaml --port 8080\n\nStop it with Ctrl-C.\n")
    .action(async (file: string, opts: ServeOptions) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      try {
        await serve(file, opts, env, { signal: controller.signal });
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
      }
    });
}

/**
 * Serves the timeline page of `file` until `hooks.signal` aborts. Only two paths
 * exist: `/` (the page, or the errors with line and column while the file does not
 * validate) and `/events` (server-sent events that tell the page to reload). Anything
 * else is a 404: no file is ever served from disk.
 */
export async function serve(file: string, opts: ServeOptions, env: CliEnv, hooks: ServeHooks = {}): Promise<void> {
  const port = Number(opts.port);
  if (!/^\d+$/.test(String(opts.port).trim()) || !Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(`invalid port "${opts.port}"`, "give a number from 1 to 65535, or 0 for any free port");
  // An empty address would make Node listen on every interface.
  const listenHost = opts.host === undefined ? DEFAULT_HOST : opts.host.trim();
  if (!listenHost)
    throw usageError("invalid --host: empty", `give an address to listen on, e.g. ${DEFAULT_HOST} (the default)`);
  const s = styles(useColor(env));
  await readInput(file, env.cwd); // a missing file is a usage error before anything listens
  const web = await import("@briefline/timeline-web");
  const { formatPath } = await import("@briefline/core");
  let html = "";
  let version = 0;
  const errorPage = (message: string, hint?: string) =>
    web.renderErrorPage(file, [{ severity: "error", code: "unreadable", path: [], message, hint }], {
      liveReload: EVENTS,
    });
  /**
   * Reads and renders the chronicle. Returns whether the page changed; what it says on
   * stderr is said only then, since one save often reaches the watcher and the poll.
   */
  const build = async (announce: boolean): Promise<boolean> => {
    const log: string[] = [];
    let next: string;
    try {
      const { result } = await readChronicle(file, env);
      if (result.ok) {
        next = await pageOf(result.chronicle, opts, { liveReload: EVENTS });
        if (announce) log.push(`${s.green("↻")} ${file}: valid, page reloaded`);
      } else {
        next = web.renderErrorPage(file, result.errors, { liveReload: EVENTS });
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
  await build(false);

  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => handle(req, res));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const security = {
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
    };
    const text = (status: number, body: string, extra: Record<string, string> = {}) =>
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...extra, ...security }).end(body);
    if (!hostAllowed(req.headers.host, listenHost)) return text(421, "misdirected request\n");
    if (req.method !== "GET" && req.method !== "HEAD") return text(405, "method not allowed\n", { Allow: "GET, HEAD" });
    // Paths are compared as sent, never decoded or resolved: only these two exist.
    const path = (req.url ?? "").split("?")[0];
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "X-Frame-Options": "DENY", ...security });
      res.end(req.method === "HEAD" ? undefined : html);
      return;
    }
    if (path === EVENTS) {
      res.writeHead(200, { "Content-Type": "text/event-stream", Connection: "keep-alive", ...security });
      if (req.method === "HEAD") return res.end();
      res.write(`retry: 1000\n: connected at version ${version}\n\n`);
      clients.add(res);
      res.on("close", () => clients.delete(res));
      return;
    }
    text(404, "not found: this server only serves the timeline at /\n");
  };

  const full = resolve(env.cwd, file);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // Builds run one after another, and a build that is overtaken by a newer save is
  // skipped: a slow read of an old version can never replace a newer page.
  let queue = Promise.resolve();
  let wanted = 0;
  const changed = () => {
    clearTimeout(timer);
    // Editors save in bursts (truncate, write, rename): wait for the file to settle.
    timer = setTimeout(() => {
      const ticket = ++wanted;
      queue = queue
        .then(async () => {
          if (ticket !== wanted || stopped) return;
          // The page is deterministic: the same file gives the same page, and no reload.
          if (await build(true)) for (const client of clients) client.write(`event: reload\ndata: ${version}\n\n`);
        })
        // A rebuild reports its own failures on the page; this keeps the queue alive whatever happens.
        .catch((error) => {
          env.stderr.write(`${s.red("✗")} ${(error as Error)?.message ?? String(error)}\n`);
        });
    }, 120);
  };
  // The folder is watched (a save by rename replaces the file's inode) and the file is
  // polled as well, since some file systems do not report changes.
  const dirWatcher = watchDir(dirname(full), (_event, name) => {
    if (name === null || name.toString() === basename(full)) changed();
  });
  dirWatcher.on("error", () => {}); // the folder went away: the poll still sees the file come back
  const poll = (cur: { mtimeMs: number; size: number }, prev: { mtimeMs: number; size: number }) => {
    if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) changed();
  };
  watchFile(full, { interval: 500 }, poll);
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(": keep-alive\n\n");
  }, 15_000);
  const release = () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(keepAlive);
    dirWatcher.close();
    unwatchFile(full, poll);
  };

  if (!isLoopback(listenHost))
    env.stderr.write(
      `${s.yellow("warning")}: --host ${listenHost} is not a loopback address: other machines on the network can see this timeline\n`,
    );
  await new Promise<void>((ok, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        fail(
          usageError(`port ${port} is in use`, `choose another with --port ${port + 1}, or --port 0 for any free port`),
        );
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND" || error.code === "EAI_AGAIN")
        fail(usageError(`cannot listen on ${listenHost}`, `use ${DEFAULT_HOST}`));
      else if (error.code === "EACCES")
        fail(usageError(`not allowed to listen on port ${port}`, "use a port above 1023"));
      else fail(error);
    });
    server.listen(port, listenHost, () => ok());
  }).catch((error) => {
    release();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${shown}:${address.port}/`;
  env.stdout.write(
    `${s.green("●")} serving ${file} at ${s.bold(url)}: the page reloads when you save. Ctrl-C stops.\n`,
  );
  hooks.onListen?.(url, {
    clients: () => clients.size,
    connections: () => new Promise((ok) => server.getConnections((_e, n) => ok(n))),
    builds: () => version,
  });

  await new Promise<void>((done) => {
    const stop = () => {
      release();
      for (const client of clients) client.end();
      clients.clear();
      server.close(() => done());
      server.closeAllConnections();
    };
    if (hooks.signal?.aborted) stop();
    else hooks.signal?.addEventListener("abort", stop, { once: true });
  });
  env.stdout.write("stopped\n");
}
