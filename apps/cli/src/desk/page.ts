import { createHash } from "node:crypto";
import { CLIENT } from "./client/index.js";
import { DESK_CSS } from "./client/style.js";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The desk page with its headers; built once per server. */
export interface DeskPage {
  html: string;
  headers: Record<string, string>;
}

/**
 * The desk's page: one document whose script and style are inline and allowed by their
 * hashes alone. It may talk to its own server and nothing else (`connect-src 'self'`),
 * frame only the server's own timeline, and be framed by no one. It carries no data:
 * the chronicle comes through the API, with the token from the address's fragment.
 *
 * @example
 * const { html, headers } = deskPage("chronicle.yaml");
 */
export function deskPage(file: string): DeskPage {
  const script = `(function(){"use strict";\n${CLIENT}\n})();`;
  const csp = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(DESK_CSS)}`,
    "connect-src 'self'",
    "frame-src 'self'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  const island = JSON.stringify({ file }).replace(/</g, "\\u003c");
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Briefline desk</title>
<style>${DESK_CSS}</style>
</head>
<body>
<script type="application/json" id="desk-data">${island}</script>
<div id="desk"><noscript>The desk needs JavaScript.</noscript></div>
<script>${script}</script>
</body>
</html>
`;
  return {
    html,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": csp,
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  };
}
