import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { usageError } from "../errors.js";
import { readInput } from "../io/read-input.js";
import { isLoopback } from "../serve/hosts.js";
import { listen } from "../serve/listen.js";
import { livePage } from "../serve/page.js";
import { route } from "../serve/routes.js";
import { watchChronicle } from "../serve/watch.js";
import { pageOptions, type TimelineCommandOptions } from "./timeline.js";

export { hostAllowed, isLoopback } from "../serve/hosts.js";

interface ServeOptions extends TimelineCommandOptions {
  port: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Opens the analyst's desk (issue 16): review and edit, written back to the file. */
  edit?: boolean;
}

/** What a running server can tell about itself (for tests and embedding tools). */
export interface ServeProbe {
  /** Pages connected to the reload stream. */
  clients(): number;
  /** Open connections. */
  connections(): Promise<number>;
  /** Builds of the page so far (the first included). */
  builds(): number;
  /** With `--edit`: the desk's address, token included. */
  deskUrl?: string;
}

/** How tests (or an embedding tool) stop the server and learn its address. */
export interface ServeHooks {
  signal?: AbortSignal;
  onListen?: (url: string, probe: ServeProbe) => void;
}

const DEFAULT_HOST = "127.0.0.1";

/** `briefline serve`: serves the timeline on 127.0.0.1 and reloads the page when the file changes. */
export function register(program: Command, env: CliEnv): void {
  pageOptions(
    program
      .command("serve")
      .description("serve the timeline on 127.0.0.1 and reload it whenever the chronicle is saved")
      .argument("<file>", "chronicle file")
      .option("-p, --port <n>", "port (0 picks a free one)", "8080")
      .option("--host <address>", "address to listen on; keep 127.0.0.1 unless you mean to share", DEFAULT_HOST)
      .option("--edit", "also open the analyst's desk: review articles' candidates and edit items, saved to the file"),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  briefline serve chronicle.yaml --port 8080\n  briefline serve chronicle.yaml --edit\n\nStop it with Ctrl-C.\n",
    )
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
  if (file === "-")
    throw usageError(
      "serve reloads the page when the chronicle file changes: standard input (-) cannot be watched",
      "save the chronicle to a file and serve that, or write a page once with `briefline timeline - -o timeline.html`",
    );
  if (opts.edit && !isLoopback(listenHost))
    throw usageError(
      `--edit writes to ${file}: it only listens on this machine, not on ${listenHost}`,
      `drop --host, or give a loopback address such as ${DEFAULT_HOST}`,
    );
  await readInput(file, env); // a missing file is a usage error before anything listens
  const page = await livePage(file, opts, env);
  await page.build(false);

  const clients = new Set<ServerResponse>();
  const report = (error: unknown) => env.stderr.write(`${s.red("✗")} ${(error as Error)?.message ?? String(error)}\n`);
  const desk = opts.edit ? await (await import("../desk/handler.js")).openDesk(file, env, report) : undefined;
  const server = createServer((req, res) =>
    route({ listenHost, page: page.html, version: page.version, clients, desk: desk?.handle }, req, res),
  );
  const unwatch = watchChronicle(
    resolve(env.cwd, file),
    async () => {
      // The page is deterministic: the same file gives the same page, and no reload.
      if (await page.build(true))
        for (const client of clients) client.write(`event: reload\ndata: ${page.version()}\n\n`);
    },
    (error) => env.stderr.write(`${s.red("✗")} ${(error as Error)?.message ?? String(error)}\n`),
  );
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(": keep-alive\n\n");
  }, 15_000);
  const release = () => {
    clearInterval(keepAlive);
    unwatch();
  };

  if (!isLoopback(listenHost))
    env.stderr.write(
      `${s.yellow("warning")}: --host ${listenHost} is not a loopback address: other machines on the network can see this timeline\n`,
    );
  await listen(server, port, listenHost, DEFAULT_HOST).catch((error) => {
    release();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${shown}:${address.port}/`;
  env.stdout.write(
    `${s.green("●")} serving ${file} at ${s.bold(url)}: the page reloads when you save. Ctrl-C stops.\n`,
  );
  if (desk)
    env.stdout.write(
      `${s.green("●")} desk (edits ${file}): ${s.bold(`${url}desk#token=${desk.token}`)}\n  the token is the key: keep the address to yourself\n`,
    );
  hooks.onListen?.(url, {
    clients: () => clients.size,
    connections: () => new Promise((ok) => server.getConnections((_e, n) => ok(n))),
    builds: page.version,
    ...(desk ? { deskUrl: `${url}desk#token=${desk.token}` } : {}),
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
