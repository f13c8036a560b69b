import { type Chronicle, chronicleJsonSchema } from "@briefline/core";

/** A hostile string with a name, so a failure says which one. */
export interface Payload {
  name: string;
  text: string;
}

const ALL_C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
const ALL_C1 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join("");

/**
 * Strings an analyst may paste from the open web into any text field: markup and
 * script meant for a browser, PDF syntax meant to break out of a string or a content
 * stream, characters that hide or reorder text, scripts DejaVu lacks, and shapes that
 * stress the typesetter. Each is meant to come out as inert, readable text.
 */
export const HOSTILE_TEXT: readonly Payload[] = [
  { name: "script tag", text: "<script>alert(1)</script>" },
  { name: "img onerror", text: "<img src=x onerror=alert(1)>" },
  { name: "javascript text", text: "javascript:alert(document.cookie)" },
  { name: "svg onload", text: '<svg onload=alert(1)><script href="data:,alert(2)"/></svg>' },
  { name: "svg link", text: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">click</text></a></svg>' },
  { name: "css injection", text: '</style><style>*{background:url("javascript:alert(1)");x:expression(alert(1))}' },
  { name: "attribute quotes", text: `" onmouseover="alert(1)" x=' onfocus='alert(2)' \` autofocus` },
  { name: "iframe data", text: `"><iframe src="data:text/html,<script>alert(1)</script>"></iframe>` },
  { name: "markdown link", text: "[click me](javascript:alert(1)) **bold** `code`" },
  { name: "template", text: `${"$"}{alert(1)} {{constructor.constructor('alert(1)')()}} %s%n%x {0}` },
  { name: "pdf string break", text: ") /S /JavaScript /JS (app.alert(1)) >> << /A (" },
  { name: "pdf dictionary break", text: ">> /OpenAction << /S /Launch /F (calc.exe) >> endobj 99 0 obj <<" },
  { name: "pdf backslashes", text: "\\) \\( \\\\ \\n \\r \\000 \\377 \\" },
  { name: "pdf content stream", text: "ET Q BT /F1 99 Tf (owned) Tj ET q BT" },
  { name: "pdf trailer", text: "%%EOF\ntrailer << /Root 1 0 R >>\nstartxref\n0\n%PDF-1.7" },
  { name: "pdfdoc BOM", text: "\u00FE\u00FF\u0000A\u0000B looks like UTF-16" },
  { name: "RLO override", text: "invoice\u202Egnp.exe and \u202Bembedded\u202C" },
  { name: "LRO override", text: "\u202Dforced left\u202C \u202Aembedded\u202C" },
  { name: "bidi isolates and marks", text: "\u2066iso\u2069 \u2067r\u2069 \u2068f\u2069 \u200Elrm\u200F \u061Calm" },
  { name: "zero width", text: "pu\u200Btin ze\u200Clen\u200Dsky wo\u2060rd b\uFEFFom \u2061\u2062\u2063\u2064 \u180E" },
  {
    name: "combining marks",
    text: "Z\u0334\u0321\u0322\u031B\u0353\u0329\u0330a\u0337l\u0337g\u0337o e\u0301 \u0301start",
  },
  // fontkit 2.0.4's shapers throw on these (see fonts/face.test.ts).
  { name: "unshapeable pairs", text: "\u2D30\u200C\u2D31\u0301 \u0249\u0301 \u1E2E\u0301 \u2D5F\u034F" },
  { name: "zalgo pile", text: `x${"\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307".repeat(40)}y` },
  { name: "lone surrogates", text: "high \uD800 low \uDFFF reversed \uDC00\uD800 end" },
  { name: "C0 controls", text: `c0[${ALL_C0}]` },
  { name: "DEL and C1 controls", text: `c1[\u007F${ALL_C1}]` },
  { name: "line separators", text: "one\u2028two\u2029three\r\nfour\rfive\u0085six\u000Bseven\u000Ceight" },
  { name: "tag characters", text: "smuggled\u{E0041}\u{E0042}\u{E0043} text \u{E007F}" },
  { name: "noncharacters", text: "non\uFFFE\uFFFFchar \uFFF9anno\uFFFAtated\uFFFB \uE000private \u{10FFFD}" },
  { name: "emoji", text: "🦄 👨‍👩‍👧‍👦 🏳️‍🌈 🇺🇦 👍🏽 ❤️ ☢︎" },
  { name: "arabic", text: "قال الرئيس: مرحبا بالعالم (٢٠٢٥)" },
  { name: "hebrew", text: "שלום עולם, אמר השר" },
  { name: "mixed direction", text: 'Putin said «مرحبا» then (שלום) and "ok".' },
  { name: "cjk", text: "习近平 会谈 東京 한국어 にほんご" },
  { name: "indic and thai", text: "नमस्ते दुनिया สวัสดีชาวโลก" },
  { name: "math alphanumerics", text: "𝐇𝐞𝐥𝐥𝐨 𝔚𝔬𝔯𝔩𝔡 𝟙𝟚𝟛" },
  { name: "long unbroken word", text: `${"Donaudampfschifffahrt".repeat(100)}!` },
  { name: "white space only", text: " \t\n \u3000 " },
  { name: "controls only", text: "\u0000\u0007\u202E\u200B" },
  { name: "url in text", text: 'see https://evil.example/" /S /Launch and javascript:alert(1)' },
  { name: "escaped override text", text: "\\u202E is just text, &#x202E; and &lt;b&gt; too" },
];

/** Addresses for URL fields: only the http(s) ones may ever become links. */
export const HOSTILE_URLS: readonly Payload[] = [
  { name: "javascript", text: "javascript:alert(1)" },
  { name: "javascript mixed case", text: "JaVaScRiPt:alert(document.domain)" },
  { name: "javascript hidden by controls", text: "\u0001 java\tscr\nipt:alert(1)" },
  { name: "data html", text: "data:text/html,<script>alert(1)</script>" },
  { name: "data base64", text: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
  { name: "vbscript", text: "vbscript:msgbox(1)" },
  { name: "file", text: "file:///etc/passwd" },
  { name: "file windows", text: "file://C:/Windows/System32/calc.exe" },
  { name: "unc", text: "\\\\attacker\\share\\payload.exe" },
  { name: "protocol relative", text: "//evil.example/x" },
  { name: "launch", text: "launch:calc.exe" },
  { name: "smb", text: "smb://attacker/share" },
  { name: "ftp", text: "ftp://example.org/file" },
  { name: "mailto", text: "mailto:someone@example.org?subject=x" },
  { name: "pdf syntax in https", text: 'https://example.org/" /JavaScript (app.alert(1))' },
  { name: "pdf string break in https", text: "https://example.org/a) /S /JavaScript /JS (app.alert(1)) (" },
  { name: "newline in https", text: "https://example.org/x\n/S /Launch /F (calc.exe)\r\n>> endobj" },
  { name: "encoded breaks in https", text: "https://example.org/%0A%0D%28%29%5C%22" },
  { name: "backslash in https", text: "https://example.org/a\\) \\\\ (b" },
  { name: "https backslashes", text: "https:\\\\evil.example\\path" },
  { name: "credentials", text: "https://user:pass@example.org/" },
  { name: "idn", text: "https://例え.jp/パス?q=キー" },
  { name: "rtl in host", text: "https://\u202Egro.elpmaxe/\u202C" },
  { name: "script in path", text: "https://example.org/<script>alert(1)</script>" },
  { name: "plain https", text: "https://example.org/report" },
  { name: "plain http", text: "http://example.org/report?a=1&b=2#frag" },
];

/** A 100,000-character text: words, a few long tokens, Cyrillic, one override. */
export function hugeText(length = 100_000): string {
  const chunk = "Lorem ipsum dolor sit amet Путин сказал ελληνικά \u202E reversed? ";
  return `${chunk.repeat(Math.ceil(length / chunk.length))}`.slice(0, length);
}

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

/** What a field of the chronicle holds, from the JSON Schema. */
export type FieldKind = "text" | "url" | "structural";

/**
 * Every leaf field of the chronicle format, as a path (`statements[].quote.text`)
 * with its kind: free text (a string with no pattern, enum or date), an address
 * (`url`, `$schema`), or structural (ids, dates, codes, numbers: what validation pins).
 * Read from the schema, so a field added later is covered without editing the tests.
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

function kindOf(node: Schema, key: string): FieldKind {
  if (URL_KEYS.has(key)) return "url";
  if (node.type !== "string" || node.pattern || node.enum || node.const !== undefined) return "structural";
  return STRUCTURAL_STRINGS.has(key) ? "structural" : "text";
}

const URL_KEYS = new Set(["url", "$schema"]);
// Free strings whose value must still mean something for the chronicle to load.
const STRUCTURAL_STRINGS = new Set(["timezone"]);

/** How a hostile chronicle is filled. */
export interface FillOptions {
  /** Items in each top-level list (actors, sources, events, statements, relations, judgments). */
  count: number;
  /** Other sizes for some lists, e.g. `{ statements: 7000 }`. */
  counts?: Partial<Record<"actors" | "sources" | "events" | "statements" | "relations" | "judgments", number>>;
  /** The text for a free-text field of item `i` (`field` is its path). */
  text(field: string, i: number): string;
  /** The address for a URL field of item `i`. */
  url(field: string, i: number): string;
}

const PREFIX: Record<string, string> = {
  actors: "a",
  sources: "src",
  events: "e",
  statements: "s",
  judgments: "j",
};

/**
 * A chronicle with every field of the format filled: free text and addresses from
 * `options`, everything structural (ids, references, dates, kinds, codes) valid, so
 * the text reaches every place the briefing can show it. Built by walking the JSON
 * Schema; the result is plain data, as an API caller would pass it (not validated).
 *
 * @example
 * fillChronicle({ count: 40, text: (f, i) => HOSTILE_TEXT[i % 40].text, url: () => "https://example.org/" })
 */
export function fillChronicle(options: FillOptions): Chronicle {
  const schema = chronicleJsonSchema() as Schema;
  const size = (list: string) => options.counts?.[list as keyof FillOptions["counts"]] ?? options.count;
  const ref = (list: string, i: number) => `${PREFIX[list]}${i % size(list)}`;
  const last = size("statements") - 1;
  // Ids and references, by the key that holds them and the list the item is in.
  const structural = (key: string, path: string, i: number, node: Schema): unknown => {
    const list = path.split(/[.[]/)[0] ?? "";
    switch (key) {
      case "id":
        return ref(list, i);
      case "speaker":
        return ref("actors", i);
      case "targets":
      case "members":
        return [ref("actors", i + 1)];
      case "participants":
        return [ref("actors", i), ref("actors", i + 1)];
      case "at":
        return ref("events", i);
      case "source":
        return ref("sources", i);
      case "basis":
        return [ref("statements", i), ref("events", i)];
      // An event's two sides (ACLED's actor1 and actor2 with their associates).
      case "a":
        return [ref("actors", i)];
      case "b":
        return [ref("actors", i + 1)];
      // Kept columns of an import (ACLED's): plain values, not shown in the briefing.
      case "attributes":
        return { source_scale: "National", fatalities: i };
      // Later to earlier, never round in a cycle.
      case "from":
        return ref("statements", Math.min(i + 1, last));
      case "to":
        return ref("statements", i < last ? i : 0);
      case "date":
        return dateFor(i, list === "events");
      case "published":
      case "accessed":
        return `2025-09-${String(1 + (i % 28)).padStart(2, "0")}`;
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
      case "timezone":
        return "UTC";
      case "intensity":
        return ((i * 7) % 21) - 10;
      case "lat":
        return 43.12;
      case "lon":
        return 131.89;
      case "credibility":
        return 1 + (i % 6);
    }
    if (node.const !== undefined) return node.const;
    if (node.enum) return node.enum[i % node.enum.length];
    if (node.type === "boolean") return i % 2 === 0;
    throw new Error(`fillChronicle: no value for structural field ${path}`);
  };
  const fill = (node: Schema, path: string, key: string, i: number): unknown => {
    if (node.type === "object" && node.properties) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node.properties)) {
        const child = path ? `${path}.${k}` : k;
        if (v.type === "array" && v.items?.type === "object") {
          const count = path ? 2 : size(k);
          out[k] = Array.from({ length: count }, (_, j) => fill(v.items as Schema, `${child}[]`, k, path ? i + j : j));
        } else out[k] = fill(v, child, k, i);
      }
      return out;
    }
    if (node.type === "array" && node.items) {
      const item = node.items;
      const kind = kindOf(item, key);
      if (kind === "structural") {
        // A list of values from a vocabulary (PLOVER contexts) is a list of one.
        const value = structural(key, path, i, item);
        return Array.isArray(value) ? value : [value];
      }
      return [0, 1].map((j) => leaf(kind, `${path}[]`, i + j, item));
    }
    const kind = kindOf(node, key);
    if (kind === "structural") return structural(key, path, i, node);
    return leaf(kind, path, i, node);
  };
  // A field with a length limit (a statement's 80-character title) gets as much of the
  // payload as it may hold, so the chronicle stays valid and the payload still arrives.
  const leaf = (kind: FieldKind, path: string, i: number, node: Schema) => {
    const value = kind === "url" ? options.url(path, i) : options.text(path, i);
    return node.maxLength !== undefined && value.length > node.maxLength ? cut(value, node.maxLength) : value;
  };
  const chronicle = fill(schema, "", "", 0) as Record<string, unknown>;
  // Collectives only may have members; the rest are people and states.
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

// Days, months, approximate and uncertain dates and intervals across September 2025.
function dateFor(i: number, event: boolean): string {
  const day = String(1 + ((i * 3 + (event ? 1 : 0)) % 28)).padStart(2, "0");
  switch (i % 7) {
    case 3:
      return `2025-09-${day}T11:30+10:00`;
    case 4:
      return `2025-09-${day}?`;
    case 5:
      return event ? `2025-09-${day}/2025-09-${String(Math.min(28, Number(day) + 2)).padStart(2, "0")}` : "2025-09";
    default:
      return `2025-09-${day}`;
  }
}
