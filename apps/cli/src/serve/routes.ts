import type { IncomingMessage, ServerResponse } from "node:http";
import { hostAllowed } from "./hosts.js";

/** The path of the server-sent event stream that tells pages to reload. */
export const EVENTS = "/events";

const SECURITY = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** What the request handler reads from the running server. */
export interface Site {
  /** The address given to `--host`. */
  listenHost: string;
  /** The current page: the timeline, or the errors while the file does not validate. */
  page(): string;
  /** The current build number, told to a page when it connects. */
  version(): number;
  /** Pages connected to the reload stream. */
  clients: Set<ServerResponse>;
  /** With `--edit`: the desk, which answers its own paths (returns whether it did). */
  desk?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/**
 * Answers one request. Only two paths exist, compared as sent (never decoded or
 * resolved): `/` (also `/index.html`) and `/events`. Anything else is a 404, a request
 * through a foreign `Host` name a 421, any method but GET and HEAD a 405.
 */
export function route(site: Site, req: IncomingMessage, res: ServerResponse) {
  const text = (status: number, body: string, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...extra, ...SECURITY }).end(body);
  };
  if (!hostAllowed(req.headers.host, site.listenHost)) return text(421, "misdirected request\n");
  if (site.desk?.(req, res)) return;
  if (req.method !== "GET" && req.method !== "HEAD") return text(405, "method not allowed\n", { Allow: "GET, HEAD" });
  const path = (req.url ?? "").split("?")[0];
  if (path === "/" || path === "/index.html") {
    // The desk shows the timeline in a frame of its own origin; without it, no page may frame it.
    const frame = site.desk ? "SAMEORIGIN" : "DENY";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "X-Frame-Options": frame, ...SECURITY });
    res.end(req.method === "HEAD" ? undefined : site.page());
    return;
  }
  if (path === EVENTS) {
    res.writeHead(200, { "Content-Type": "text/event-stream", Connection: "keep-alive", ...SECURITY });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    res.write(`retry: 1000\n: connected at version ${site.version()}\n\n`);
    site.clients.add(res);
    res.on("close", () => site.clients.delete(res));
    return;
  }
  text(404, "not found: this server only serves the timeline at /\n");
}
