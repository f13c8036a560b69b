import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CliEnv } from "../env.js";
import { API, answerApi } from "./api.js";
import { deskPage } from "./page.js";
import { openSession } from "./session.js";

/** The path of the desk page; its token travels in the fragment, which no request carries. */
export const DESK_PATH = "/desk";

/** The desk of one `serve --edit`: its token and the request handler it adds to the server. */
export interface Desk {
  token: string;
  /** Answers a request under /desk; returns false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * Opens the desk on `file` with a fresh random token (a new one every run). Failures
 * inside a request are answered with a 500 and reported through `onError`; the server
 * goes on.
 *
 * @example
 * const desk = await openDesk("chronicle.yaml", env, report);
 * // http://127.0.0.1:8080/desk#token=${desk.token}
 */
export async function openDesk(file: string, env: CliEnv, onError: (error: unknown) => void): Promise<Desk> {
  const session = await openSession(file, env);
  const token = randomBytes(24).toString("base64url");
  const page = deskPage(file);
  return {
    token,
    handle(req, res) {
      const path = (req.url ?? "").split("?")[0] ?? "";
      if (path === DESK_PATH) {
        if (req.method !== "GET" && req.method !== "HEAD") return false;
        res.writeHead(200, page.headers);
        res.end(req.method === "HEAD" ? undefined : page.html);
        return true;
      }
      if (!path.startsWith(API)) return false;
      answerApi(session, token, req, res).catch((error) => {
        onError(error);
        if (!res.headersSent)
          res
            .writeHead(500, { "Content-Type": "application/json; charset=utf-8" })
            .end(JSON.stringify({ error: `unexpected failure: ${(error as Error)?.message ?? String(error)}` }));
      });
      return true;
    },
  };
}
