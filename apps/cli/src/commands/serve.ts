import { unwatchFile, watch as watchDir, watchFile } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
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
  host: string;
}

/** How tests (or an embedding tool) stop the server and learn its address. */
export interface ServeHooks {
  signal?: AbortSignal;
  onListen?: (url: string) => void;
}

const EVENTS = "/events";
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** `briefline serve`: serves the timeline on 127.0.0.1 and reloads the page when the file changes. */
export function register(program: Command, env: CliEnv): void {
  pageOptions(
    program
      .command("serve")
      .description("serve the timeline on 127.0.0.1 and reload it whenever the chronicle is saved")
      .argument("<file>", "chronicle file")
      .option("-p, --port <n>", "port (0 picks a free one)", "8080")
      .option("--host <address>", "address to listen on; keep 127.0.0.1 unless you mean to share", "127.0.0.1"),
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
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(`invalid port "${opts.port}"`, "give a number from 1 to 65535, or 0 for any free port");
  const s = styles(useColor(env));
  await readInput(file, env.cwd); // a missing file is a usage error before anything listens
  const web = await import("@briefline/timeline-web");
  const { formatPath } = await import("@briefline/core");
  let html = "";
  let version = 0;
  const build = async (announce: boolean) => {
    try {
      const { result } = await readChronicle(file, env);
      if (result.ok) {
        html = await pageOf(result.chronicle, opts, { liveReload: EVENTS });
        if (announce) env.stderr.write(`${s.green("↻")} ${file}: valid, page reloaded\n`);
      } else {
        html = web.renderErrorPage(file, result.errors, { liveReload: EVENTS });
        env.stderr.write(
          `${s.red("✗")} ${summary(file, result.errors.length, result.warnings.length)} (the page lists them)\n`,
        );
        for (const e of result.errors.slice(0, 5))
          env.stderr.write(`  ${file}:${e.line ?? "?"}:${e.column ?? "?"}: ${e.message} (${formatPath(e.path)})\n`);
      }
    } catch (error) {
      // Bad options (an unknown --kind, actor or status) are the user's to fix before
      // anything listens; later, only the file changes, so its problems go to the page.
      if (!(error instanceof CliError) || error.code === 3 || (error.code === 2 && !announce)) throw error;
      html = web.renderErrorPage(
        file,
        [{ severity: "error", code: "unreadable", path: [], message: error.message, hint: error.hint }],
        { liveReload: EVENTS },
      );
      env.stderr.write(`${s.red("✗")} ${error.message}\n`);
    }
    version++;
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
    // A page on another site must not reach this server through a rebound DNS name.
    const host = (req.headers.host ?? "").replace(/:\d+$/, "");
    if (!LOOPBACK.has(host) && host !== opts.host) {
      res.writeHead(421, { "Content-Type": "text/plain; charset=utf-8", ...security }).end("misdirected request\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res
        .writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", ...security })
        .end("method not allowed\n");
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "X-Frame-Options": "DENY", ...security });
      res.end(req.method === "HEAD" ? undefined : html);
      return;
    }
    if (path === EVENTS && req.method === "GET") {
      res.writeHead(200, { "Content-Type": "text/event-stream", Connection: "keep-alive", ...security });
      res.write(`retry: 1000\n: connected at version ${version}\n\n`);
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    res
      .writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...security })
      .end("not found: this server only serves the timeline at /\n");
  };

  const full = resolve(env.cwd, file);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    // Editors save in bursts (truncate, write, rename): wait for the file to settle.
    timer = setTimeout(async () => {
      await build(true);
      for (const client of clients) client.write(`event: reload\ndata: ${version}\n\n`);
    }, 120);
  };
  // The folder is watched (a save by rename replaces the file's inode) and the file is
  // polled as well, since some file systems do not report changes.
  const dirWatcher = watchDir(dirname(full), (_event, name) => {
    if (name === null || name.toString() === basename(full)) changed();
  });
  const poll = (cur: { mtimeMs: number; size: number }, prev: { mtimeMs: number; size: number }) => {
    if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) changed();
  };
  watchFile(full, { interval: 500 }, poll);
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(": keep-alive\n\n");
  }, 15_000);

  await new Promise<void>((ok, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        fail(
          usageError(`port ${port} is in use`, `choose another with --port ${port + 1}, or --port 0 for any free port`),
        );
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
        fail(usageError(`cannot listen on ${opts.host}`, "use 127.0.0.1"));
      else if (error.code === "EACCES")
        fail(usageError(`not allowed to listen on port ${port}`, "use a port above 1023"));
      else fail(error);
    });
    server.listen(port, opts.host, () => ok());
  }).catch((error) => {
    dirWatcher.close();
    unwatchFile(full, poll);
    clearInterval(keepAlive);
    throw error;
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${shown}:${address.port}/`;
  env.stdout.write(
    `${s.green("●")} serving ${file} at ${s.bold(url)}: the page reloads when you save. Ctrl-C stops.\n`,
  );
  if (!LOOPBACK.has(opts.host))
    env.stderr.write(
      `${s.yellow("warning")}: listening on ${opts.host}: other machines on the network can see this timeline\n`,
    );
  hooks.onListen?.(url);

  await new Promise<void>((done) => {
    const stop = () => {
      clearTimeout(timer);
      clearInterval(keepAlive);
      dirWatcher.close();
      unwatchFile(full, poll);
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
