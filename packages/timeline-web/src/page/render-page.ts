import { type Chronicle, formatPath, type Issue, parseDate } from "@briefline/core";
import type { LaneMode } from "@briefline/core/layout";
import { BUNDLE, BUNDLE_HASH } from "../../dist/_bundle.js";
import { CSS, CSS_HASH, PAGE_CSS, PAGE_CSS_HASH } from "../../dist/_css.js";
import type { TimelineFilter } from "../state.js";
import { STYLE_ID } from "../styles.js";

/** Options of {@link renderTimelinePage}. */
export interface PageOptions {
  /** Page title; default the chronicle's. */
  title?: string;
  laneBy?: LaneMode;
  /** First visible range, as EDTF dates in the chronicle's time zone (e.g. 2025-09 … 2025-09-08); items outside stay a pan away. */
  from?: string;
  to?: string;
  filter?: Partial<TimelineFilter>;
  theme?: "auto" | "light" | "dark";
  /** Path of a server-sent-events endpoint that signals a reload (used by `briefline serve`). */
  liveReload?: string;
  /** Text for the footer, e.g. the source file and when it was generated. Default none (deterministic). */
  footer?: string;
  /**
   * Show image media as pictures in the details panel: the page then loads them from
   * their http(s) addresses (its CSP allows images from the network, nothing else).
   * Default false: media are links and the page fetches nothing.
   */
  images?: boolean;
}

/** What the page script reads from the page (the JSON data island). */
export interface PageData {
  chronicle?: Chronicle;
  errors?: Array<{
    message: string;
    hint?: string;
    line?: number;
    column?: number;
    path: string;
    /** The line of the file the error points at (cut around the column when long). */
    source?: string;
    /** Where the caret goes under `source`, in characters. */
    caret?: number;
  }>;
  file?: string;
  options: {
    title: string;
    laneBy?: LaneMode;
    /** First visible range in ms; a missing end is the fitted one. */
    range?: [number | null, number | null];
    filter?: Partial<TimelineFilter>;
    theme?: "auto" | "light" | "dark";
    footer?: string;
    images?: boolean;
  };
  liveReload?: string;
}

/**
 * One self-contained HTML page with the interactive timeline of a chronicle: the
 * script, the styles and the data inline, a strict Content-Security-Policy (hashes,
 * no network), so it opens from `file://`, can be mailed, and runs nothing but itself.
 * Synchronous and deterministic for the same input.
 *
 * @example
 * const html = renderTimelinePage(chronicle, { laneBy: "kind", from: "2025-09-01", to: "2025-09-08" });
 * writeFileAtomic("timeline.html", html, cwd);
 */
export function renderTimelinePage(chronicle: Chronicle, options: PageOptions = {}): string {
  const tz = chronicle.timezone ?? "UTC";
  const edge = (value: string | undefined, side: "earliest" | "latest") => {
    if (!value) return undefined;
    const parsed = parseDate(value, tz);
    if (!parsed.ok)
      throw new RangeError(
        `invalid ${side === "earliest" ? "from" : "to"} date: ${parsed.problem.message} (${parsed.problem.hint})`,
      );
    return parsed.date[side];
  };
  const from = edge(options.from, "earliest");
  const to = edge(options.to, "latest");
  if (from !== undefined && to !== undefined && !(to > from))
    throw new RangeError("invalid range: `to` must come after `from`");
  const data: PageData = {
    chronicle,
    options: {
      title: options.title ?? chronicle.title,
      laneBy: options.laneBy,
      range: from !== undefined || to !== undefined ? [from ?? null, to === undefined ? null : to + 1] : undefined,
      filter: options.filter,
      theme: options.theme,
      footer: options.footer,
      ...(options.images ? { images: true } : {}),
    },
    liveReload: options.liveReload,
  };
  return page(data.options.title, data, options.liveReload !== undefined, options.images === true);
}

/**
 * The page `briefline serve` shows while the chronicle does not validate: each error
 * with its line and column, and the same live reload, so fixing the file brings the
 * timeline back.
 *
 * @example
 * renderErrorPage("chronicle.yaml", result.errors, { liveReload: "/events" })
 */
export function renderErrorPage(
  file: string,
  errors: readonly Issue[],
  options: { liveReload?: string; source?: string } = {},
): string {
  const lines = options.source?.split(/\r?\n/);
  const data: PageData = {
    errors: errors.map(({ message, hint, line, column, path }) => ({
      message,
      hint,
      line,
      column,
      path: formatPath(path),
      ...excerptOf(lines, line, column),
    })),
    file,
    options: { title: `${file}: ${errors.length} error${errors.length === 1 ? "" : "s"}` },
    liveReload: options.liveReload,
  };
  return page(data.options.title, data, options.liveReload !== undefined);
}

/** Widest part of a source line shown under an error (a minified JSON line can be megabytes). */
const EXCERPT = 160;

/**
 * The source line an error points at, as the terminal shows it above its caret: cut to
 * EXCERPT characters around the column (with an ellipsis where cut), tabs as spaces, and
 * the caret's column within what is shown.
 */
function excerptOf(
  lines: readonly string[] | undefined,
  line: number | undefined,
  column: number | undefined,
): { source?: string; caret?: number } {
  const text = line !== undefined ? lines?.[line - 1] : undefined;
  if (text === undefined || text.trim() === "") return {};
  const plain = text.replace(/\t/g, " ");
  const at = Math.max(0, Math.min(plain.length, (column ?? 1) - 1));
  const start = plain.length <= EXCERPT ? 0 : Math.max(0, Math.min(at - EXCERPT / 2, plain.length - EXCERPT));
  const cut = plain.slice(start, start + EXCERPT);
  const head = start > 0 ? "…" : "";
  const tail = start + EXCERPT < plain.length ? "…" : "";
  return { source: `${head}${cut}${tail}`, ...(column !== undefined ? { caret: at - start + head.length } : {}) };
}

function page(title: string, data: PageData, connect: boolean, images = false): string {
  const csp = [
    "default-src 'none'",
    `script-src '${BUNDLE_HASH}'`,
    `style-src '${CSS_HASH}' '${PAGE_CSS_HASH}'`,
    images ? "img-src data: blob: https: http:" : "img-src data: blob:",
    connect ? "connect-src 'self'" : null,
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Briefline">
<title>${escapeHtml(title)}</title>
<style id="${STYLE_ID}">${CSS}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<div id="briefline-page" class="blp"><noscript>This timeline needs JavaScript. The data is in this file as JSON.</noscript></div>
<script type="application/json" id="briefline-data">${jsonForHtml(data)}</script>
<script>${BUNDLE}</script>
</body>
</html>
`;
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` are escaped (so no
 * `</script>` or `<!--` can appear), and so are U+2028/U+2029. `JSON.parse` reads it back unchanged.
 *
 * @example
 * jsonForHtml({ a: "</script>" }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
