import type { IncomingMessage, ServerResponse } from "node:http";
import { isEdits } from "./edits.js";
import { ArticleError, extractForDesk, MAX_ARTICLE_CHARS } from "./extract.js";
import { refusal } from "./guard.js";
import type { DeskSession } from "./session.js";

/** The largest request body the desk reads: a pasted article with its fields, with room for JSON escapes. */
export const MAX_BODY_BYTES = MAX_ARTICLE_CHARS * 6 + 64 * 1024;

const HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** The desk's API, answered under /desk/api/. */
export const API = "/desk/api/";

/**
 * Answers one request to the desk's API: `GET state`, `POST check` (validate edits
 * without writing), `POST apply`, `POST undo` and `POST extract`. Every request must
 * pass the guard (token, origin); every write names the version of the file it was made
 * against, and nothing else can be written: the session holds the one file.
 */
export async function answerApi(
  session: DeskSession,
  token: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const send = (status: number, body: unknown) => res.writeHead(status, HEADERS).end(JSON.stringify(body));
  const name = (req.url ?? "").split("?")[0]?.slice(API.length);
  const method = name === "state" ? "GET" : "POST";
  const refused = refusal(req, token, method);
  if (refused) {
    req.resume();
    return void send(refused.status, { error: refused.message });
  }
  if (name === "state") return void send(200, session.state());
  let body: Record<string, unknown>;
  try {
    body = await readJson(req);
  } catch (error) {
    return void send((error as { status?: number }).status ?? 400, { error: (error as Error).message });
  }
  switch (name) {
    case "check": {
      if (!isEdits(body.edits)) return void send(400, { error: "edits: expected a list of edits" });
      return void send(200, { errors: await session.check(body.edits) });
    }
    case "apply": {
      if (typeof body.base !== "string" || !isEdits(body.edits))
        return void send(400, { error: "expected { base, edits, label }" });
      const label = typeof body.label === "string" ? body.label.slice(0, 200) : "change";
      return void sendResult(send, await session.apply(body.base, body.edits, label));
    }
    case "undo": {
      if (typeof body.base !== "string") return void send(400, { error: "expected { base }" });
      return void sendResult(send, await session.undo(body.base));
    }
    case "extract": {
      const state = session.state();
      if (!state.chronicle) return void send(409, { error: "the chronicle does not validate: fix it first" });
      try {
        return void send(200, await extractForDesk(body as never, state.chronicle));
      } catch (error) {
        if (error instanceof ArticleError) return void send(400, { error: error.message });
        throw error;
      }
    }
    default:
      send(404, { error: "no such desk request" });
  }
}

function sendResult(send: (status: number, body: unknown) => void, result: Awaited<ReturnType<DeskSession["apply"]>>) {
  const status = { written: 200, conflict: 409, invalid: 422, refused: 409 }[result.status];
  send(status, result);
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Read on without keeping anything, so the refusal reaches the page.
        req.removeAllListeners("data");
        req.resume();
        fail(Object.assign(new Error(`request too large (at most ${MAX_BODY_BYTES} bytes)`), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", fail);
    req.on("end", () => {
      try {
        const value = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
        if (typeof value !== "object" || value === null || Array.isArray(value))
          throw new Error("expected a JSON object");
        ok(value as Record<string, unknown>);
      } catch (error) {
        fail(Object.assign(new Error(`bad request: ${(error as Error).message}`), { status: 400 }));
      }
    });
  });
}
