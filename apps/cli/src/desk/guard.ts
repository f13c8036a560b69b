import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** The header that carries the desk's token: a page on another site can neither read nor send it. */
export const TOKEN_HEADER = "x-briefline-token";

/**
 * Why a request to the desk's API must be refused, or undefined when it may go on.
 * The `Host` header was checked before (see hostAllowed). A request must carry the
 * session's token in its header (compared in constant time); a browser request must come
 * from the desk's own origin (`Origin` and `Sec-Fetch-Site`, which browsers set and pages
 * cannot forge); a write must send JSON, which no HTML form can.
 *
 * @example
 * refusal(req, token, "POST") // { status: 403, message: "missing or wrong desk token" }
 */
export function refusal(
  req: IncomingMessage,
  token: string,
  method: "GET" | "POST",
): { status: number; message: string } | undefined {
  if (req.method !== method) return { status: 405, message: `method not allowed: use ${method}` };
  const sent = req.headers[TOKEN_HEADER];
  if (typeof sent !== "string" || !sameSecret(sent, token))
    return { status: 403, message: "missing or wrong desk token" };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}`)
    return { status: 403, message: `foreign origin refused: ${origin}` };
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin")
    return { status: 403, message: `cross-site request refused (${site})` };
  if (method === "POST" && !/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
    return { status: 415, message: "send the request as application/json" };
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
