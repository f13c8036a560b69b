// The hostile corpus of the web safety tests: payloads meant to make a browser run
// script, load something or follow a link, and a chronicle with one of them in every
// field the format has (found by walking the JSON Schema, so a field added later is
// covered without editing the tests).
import { type Chronicle, chronicleJsonSchema } from "@briefline/core";

/** A hostile string with a name, so a failure says which one. */
export interface Payload {
  name: string;
  text: string;
}

/** What any payload that runs leaves behind: a console line, a global and a request to this origin. */
export const MARKER = "XSS-FIRED";
/** An address nothing listens on: a request to it is seen by the browser test even though it fails. */
export const BEACON = "http://127.0.0.1:9/xss";

// `f(n)` is the code each payload runs: it logs the marker and sets `window.__xss`.
const f = (n: string) => `console.log('${MARKER} ${n}');window.__xss='${n}'`;

/**
 * Markup, script, styles and Unicode tricks for every text field. Each must come out as
 * the same characters on screen and never as an element, an attribute or a request.
 */
export const XSS_TEXT: readonly Payload[] = [
  { name: "script tag", text: `<script>${f("script")}</script>` },
  { name: "script tag with src", text: `<script src="${BEACON}/script.js"></script>` },
  { name: "img onerror", text: `<img src=x onerror="${f("img")}">` },
  { name: "img beacon", text: `<img src="${BEACON}/img.png">` },
  { name: "event handler attributes", text: `<div onclick="${f("click")}" onmouseover="${f("over")}">hover</div>` },
  { name: "autofocus onfocus", text: `<input autofocus onfocus="${f("focus")}">` },
  { name: "details ontoggle", text: `<details open ontoggle="${f("toggle")}"><summary>x</summary></details>` },
  { name: "body onload", text: `<body onload="${f("body")}">` },
  { name: "svg onload", text: `<svg onload="${f("svg")}"><circle r=5 /></svg>` },
  { name: "svg script", text: `<svg><script>${f("svgscript")}</script></svg>` },
  {
    name: "svg javascript link",
    text: `<svg><a xlink:href="javascript:${f("svglink")}"><text x=20 y=20>click</text></a></svg>`,
  },
  { name: "svg animate", text: `<svg><animate onbegin="${f("animate")}" attributeName=x dur=1s /></svg>` },
  { name: "svg foreignObject", text: `<svg><foreignObject><img src=x onerror="${f("fo")}"></foreignObject></svg>` },
  { name: "iframe javascript", text: `<iframe src="javascript:${f("iframe")}"></iframe>` },
  { name: "iframe srcdoc", text: `<iframe srcdoc="<script>parent.${f("srcdoc")}</script>"></iframe>` },
  { name: "object data", text: `<object data="data:text/html,<script>${f("object")}</script>"></object>` },
  { name: "embed", text: `<embed src="${BEACON}/embed">` },
  { name: "anchor javascript", text: `<a href="javascript:${f("anchor")}">click me</a>` },
  { name: "form action", text: `<form action="javascript:${f("form")}"><button>go</button></form>` },
  { name: "meta refresh", text: `<meta http-equiv="refresh" content="0;url=javascript:${f("meta")}">` },
  { name: "base href", text: `<base href="${BEACON}/base/">` },
  { name: "link stylesheet", text: `<link rel="stylesheet" href="${BEACON}/link.css">` },
  { name: "style import", text: `<style>@import "${BEACON}/import.css";body{background:url(${BEACON}/bg)}</style>` },
  { name: "css breakout", text: `</style><script>${f("style")}</script><style>` },
  { name: "css expression", text: `x{width:expression(${f("expression")})} y{background:url("${BEACON}/css")}` },
  { name: "css style attribute", text: `<p style="background:url(${BEACON}/attr);x:expression(${f("attr")})">p</p>` },
  { name: "attribute quotes", text: `"'><script>${f("quotes")}</script>` },
  { name: "attribute injection", text: `" onmouseover="${f("dq")}" x="` },
  { name: "single quote injection", text: `' autofocus onfocus='${f("sq")}' x='` },
  { name: "backtick", text: `\` onerror=\`${f("tick")}\`` },
  { name: "script close in JSON", text: `</script><script>${f("json")}</script>` },
  { name: "script close variants", text: `</SCRIPT ><script >${f("json2")}</script ><!--<script>` },
  { name: "JS string break", text: `';${f("jsstring")};//\\";${f("jsstring2")};//` },
  { name: "line separators in JSON", text: `a\u2028b\u2029";${f("ls")};//` },
  { name: "template injection", text: `\${${f("tpl")}} {{constructor.constructor('${f("ng")}')()}}` },
  {
    name: "HTML entities",
    text: `&lt;script&gt;${f("ent")}&lt;/script&gt; &#x3C;img src=x onerror=${f("ent2")}&#x3E;`,
  },
  { name: "mXSS noscript", text: `<noscript><p title="</noscript><img src=x onerror=${f("mxss")}>">` },
  {
    name: "mXSS math",
    text: `<math><mtext><table><mglyph><style><img src=x onerror="${f("math")}"></style></mglyph></table></mtext></math>`,
  },
  { name: "javascript URL as text", text: `javascript:${f("jstext")}` },
  { name: "data URL as text", text: `data:text/html,<script>${f("datatext")}</script>` },
  { name: "vbscript as text", text: `vbscript:msgbox("${MARKER}")` },
  { name: "markdown link", text: `[click](javascript:${f("md")}) ![img](${BEACON}/md.png)` },
  { name: "RTL override", text: "\u202Etxt.exe\u202C invoice \u202Bembedded\u202C \u2067isolate\u2069" },
  { name: "zero-width characters", text: "pu\u200Btin ze\u200Clen\u200Dsky\uFEFF wo\u2060rd <scr\u200Bipt>" },
  { name: "homoglyphs", text: "Ρutin (Greek Rho) аlert(1) (Cyrillic a) jаvascript:alert(1) ｊａｖａｓｃｒｉｐｔ：" },
  { name: "fullwidth markup", text: `＜script＞${f("fullwidth")}＜/script＞ ＜img src=x onerror=alert(1)＞` },
  { name: "NUL and controls", text: `a\u0000<script>${f("nul")}</script>\u0007\u001B[31m\u000B\u000C\uFFFE` },
  { name: "lone surrogates", text: "high \uD800 low \uDFFF reversed \uDC00\uD800 end" },
  { name: "prototype names", text: "__proto__ constructor prototype toString hasOwnProperty" },
];

/** Addresses for the URL fields: only the http(s) ones may ever become links. */
export const XSS_URLS: readonly Payload[] = [
  { name: "javascript", text: `javascript:${f("href")}` },
  { name: "javascript mixed case", text: `JaVaScRiPt:${f("href2")}` },
  { name: "javascript with spaces and controls", text: ` \u0001java\tscr\nipt:${f("href3")}` },
  { name: "javascript encoded", text: `javascript&colon;${f("href4")}` },
  { name: "javascript percent", text: "%6A%61%76%61%73%63%72%69%70%74:alert(1)" },
  { name: "data html", text: `data:text/html,<script>${f("data")}</script>` },
  { name: "data base64", text: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
  { name: "data svg", text: `data:image/svg+xml,<svg onload="${f("datasvg")}"/>` },
  { name: "vbscript", text: 'vbscript:msgbox("XSS")' },
  { name: "blob", text: "blob:https://example.org/0b0b0b0b-0000-0000-0000-000000000000" },
  { name: "file", text: "file:///etc/passwd" },
  { name: "protocol relative", text: "//127.0.0.1:9/xss/relative" },
  { name: "relative path", text: "../../etc/passwd" },
  { name: "mailto", text: "mailto:someone@example.org" },
  // Addresses that validate (no white space) and still try to leave the attribute or the scheme.
  { name: "https breaking the attribute", text: `https://example.org/"><svg/onload=window.__xss='httpsq'>` },
  { name: "https breaking a single-quoted attribute", text: "https://example.org/'onmouseover='window.__xss=1'" },
  {
    name: "https with javascript in query",
    text: "https://example.org/?next=javascript:window.__xss='q'#javascript:x",
  },
  { name: "https with credentials", text: "https://user:pass@example.org/" },
  { name: "https homoglyph host", text: "https://exаmple.org/report" },
  { name: "https RTL override", text: "https://example.org/\u202Egpj.exe" },
  { name: "plain https", text: "https://example.org/report" },
  { name: "plain http", text: "http://example.org/report?a=1&b=2#frag" },
];

/** Only the URL payloads a chronicle may hold and still validate (core accepts http(s) only). */
export const XSS_HTTP_URLS = XSS_URLS.filter((u) => /^https?:\/\/\S+$/i.test(u.text));

/**
 * Ids the id pattern (`^[A-Za-z0-9][A-Za-z0-9_.:-]*$`) allows that look like schemes,
 * selectors or the names of Object's own properties.
 */
export const XSS_IDS: readonly string[] = [
  "javascript:void.0",
  "data:text.html",
  "vbscript:msgbox",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "prototype",
  "a.__proto__",
  "a:hover",
  "0",
  "NaN",
  "undefined",
  "x--y..z::w",
];

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  maxLength?: number;
}

/** What a leaf of the format holds. */
export type FieldKind = "text" | "url" | "id" | "structural";

const URL_KEYS = new Set(["url", "$schema"]);
// Free strings whose value must mean something for the chronicle to load.
const MEANINGFUL = new Set(["timezone", "date", "published", "accessed", "horizon"]);

function kindOf(node: Schema, key: string): FieldKind {
  if (URL_KEYS.has(key)) return "url";
  if (node.pattern?.startsWith("^[A-Za-z0-9][A-Za-z0-9_.:-]*$")) return "id";
  const strings = node.anyOf ? node.anyOf.filter((n) => n.type === "string") : [node];
  if (strings.length === 0 || strings.some((n) => n.type !== "string" || n.pattern || n.enum || n.const))
    return "structural";
  return MEANINGFUL.has(key) ? "structural" : "text";
}

/**
 * Every leaf of the chronicle format as a path (`statements[].quote.text`) with its
 * kind: free text, an address, an id or reference, or structural (dates, codes, kinds,
 * numbers: what validation pins). Read from the schema.
 */
export function chronicleFields(): Array<{ path: string; kind: FieldKind }> {
  const out: Array<{ path: string; kind: FieldKind }> = [];
  const walk = (node: Schema, path: string, key: string) => {
    if (node.type === "object" && node.properties) {
      for (const [k, v] of Object.entries(node.properties)) walk(v, path ? `${path}.${k}` : k, k);
    } else if (node.type === "array" && node.items) walk(node.items, `${path}[]`, key);
    else out.push({ path, kind: kindOf(node, key) });
  };
  walk(chronicleJsonSchema() as Schema, "", "");
  return out;
}

/** Options of {@link hostileChronicle}. */
export interface HostileOptions {
  /** Which addresses go in URL fields: every payload (the API path, unvalidated) or only http(s) ones (valid). */
  urls: "all" | "http";
}

const SUFFIX: Record<string, string> = {
  actors: "",
  sources: ".src",
  events: ".ev",
  statements: ".st",
  judgments: ".j",
};

/**
 * A chronicle with every field of the format filled: item `i` of each list holds text
 * payload `i` in all its free-text fields (so every payload reaches every field), the
 * top-level fields hold all payloads at once, the first items take ids from
 * {@link XSS_IDS}, and everything structural (references, dates, kinds, codes) is valid.
 *
 * @example
 * const chronicle = hostileChronicle({ urls: "http" }); // validates
 */
export function hostileChronicle(options: HostileOptions): Chronicle {
  const texts = XSS_TEXT.map((p) => p.text);
  const urls = (options.urls === "all" ? XSS_URLS : XSS_HTTP_URLS).map((p) => p.text);
  const count = Math.max(texts.length, urls.length, XSS_IDS.length);
  const id = (list: string, i: number) => {
    const n = ((i % count) + count) % count;
    return n < XSS_IDS.length ? `${XSS_IDS[n]}${SUFFIX[list]}` : `${list.slice(0, 2)}${n}${SUFFIX[list]}`;
  };
  const all = texts.join(" | ");
  const text = (i: number | null) => (i === null ? all : (texts[i % texts.length] as string));
  const url = (i: number | null) => urls[(i ?? 0) % urls.length] as string;
  const structural = (key: string, list: string, i: number, node: Schema): unknown => {
    switch (key) {
      case "timezone":
        return "UTC";
      case "date":
        return list === "events" && i % 5 === 4
          ? `2025-09-${day(i)}/2025-09-${day(i + 2)}`
          : `2025-${i % 3 === 1 ? "10" : "09"}-${day(i)}${i % 7 === 3 ? "?" : ""}`;
      case "published":
      case "accessed":
        return `2025-09-${day(i)}`;
      case "horizon":
        return "2025-12";
      case "country":
        return "RUS";
      case "cameo":
        return "138";
      case "event":
        return "THREATEN";
      case "language":
        return "ru";
      case "intensity":
        return ((i * 7) % 21) - 10;
      case "lat":
        return 43.12;
      case "lon":
        return 131.89;
      case "credibility":
        return 1 + (i % 6);
      // Kept columns of an import (ACLED's): plain values.
      case "attributes":
        return { source_scale: "National", fatalities: i };
    }
    if (node.const !== undefined) return node.const;
    if (node.enum) return node.enum[i % node.enum.length];
    if (node.type === "boolean") return i % 2 === 0;
    if (node.anyOf) return structural(key, list, i, node.anyOf[0] as Schema);
    throw new Error(`hostileChronicle: no value for ${list}.${key}`);
  };
  // References point at items that exist; relations run from a later to an earlier statement.
  const reference = (key: string, list: string, i: number): unknown => {
    switch (key) {
      case "id":
        return id(list, i);
      case "speaker":
        return id("actors", i);
      case "targets":
        return [id("actors", i + 1), id("actors", i + 2)];
      case "members":
        return [id("actors", i + 1)];
      case "participants":
        return [id("actors", i), id("actors", i + 1)];
      case "at":
        return id("events", i);
      case "source":
        return id("sources", i);
      case "basis":
        return [id("statements", i), id("events", i)];
      // An event's two sides (ACLED's actor1 and actor2 with their associates).
      case "a":
        return [id("actors", i)];
      case "b":
        return [id("actors", i + 1)];
      case "from":
        return id("statements", Math.min(i + 1, count - 1));
      case "to":
        return id("statements", i < count - 1 ? i : 0);
    }
    throw new Error(`hostileChronicle: no reference for ${list}.${key}`);
  };
  const fill = (node: Schema, list: string, key: string, i: number | null): unknown => {
    if (node.type === "object" && node.properties) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node.properties)) {
        if (v.type === "array" && v.items?.type === "object") {
          // Top-level lists hold `count` items; nested ones (conditions, sources) two.
          const n = i === null ? count : 2;
          out[k] = Array.from({ length: n }, (_, j) => fill(v.items as Schema, i === null ? k : list, k, (i ?? 0) + j));
        } else out[k] = fill(v, list, k, i);
      }
      return out;
    }
    if (node.type === "array" && node.items) {
      const kind = kindOf(node.items, key);
      if (kind === "id") return reference(key, list, i ?? 0);
      if (kind === "structural") {
        // A list of vocabulary values (PLOVER contexts) is a list of one.
        const value = structural(key, list, i ?? 0, node.items);
        return Array.isArray(value) ? value : [value];
      }
      return [leaf(kind, i, node.items), leaf(kind, i === null ? null : i + 1, node.items)];
    }
    const kind = kindOf(node, key);
    if (kind === "id") return reference(key, list, i ?? 0);
    if (kind === "structural") return structural(key, list, i ?? 0, node);
    return leaf(kind, i, node);
  };
  // A field with a length limit (a statement's 80-character title) gets as much of the
  // payload as it may hold, so the chronicle stays valid and the payload still arrives.
  const leaf = (kind: FieldKind, i: number | null, node: Schema) => {
    const value = kind === "url" ? url(i) : text(i);
    return node.maxLength !== undefined && value.length > node.maxLength ? cut(value, node.maxLength) : value;
  };
  const chronicle = fill(chronicleJsonSchema() as Schema, "", "", null) as Record<string, unknown>;
  // Only collectives have members.
  for (const a of chronicle.actors as Array<Record<string, unknown>>) if (a.type !== "collective") delete a.members;
  return chronicle as unknown as Chronicle;
}

/** The longest prefix of `text` within `max` UTF-16 units that does not split a surrogate pair. */
function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

function day(i: number): string {
  return String(1 + (i % 28)).padStart(2, "0");
}
