import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Chronicle, formatChronicle, parseChronicle, validateChronicle } from "@briefline/core";
import { beforeAll, describe, expect, it } from "vitest";
import { chronicleFields, fillChronicle, HOSTILE_TEXT, HOSTILE_URLS, hugeText } from "./_test/hostile.js";
import {
  dictionaries,
  FORBIDDEN,
  inspectPdf,
  nameTokens,
  qdfText,
  qpdfObjects,
  qpdfString,
  toUnicodeTargets,
} from "./_test/inspect.js";
import { hasTool, installHint } from "./_test/pdf.js";
import { renderBriefing } from "./index.js";

const ISSUED = new Date("2025-09-30T12:00:00Z");
const P = HOSTILE_TEXT.length;
const hasQpdf = hasTool("qpdf");
const hasPdffonts = hasTool("pdffonts");
const qpdfNote = hasQpdf ? "qpdf installed" : installHint("qpdf");

// Each field starts the rotation at its own place, so one item holds different
// payloads in different fields, and over P items every field holds every payload.
const offset = (field: string) => [...field].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 997, 0);
const payloadFor = (field: string, i: number) =>
  field.includes("[]")
    ? (HOSTILE_TEXT[(i + offset(field)) % P] as { text: string }).text
    : // A field the chronicle has once (title, marking, BLUF) holds all of them.
      HOSTILE_TEXT.map((p) => p.text).join(" · ");
const urlFor = (_field: string, i: number) => (HOSTILE_URLS[i % HOSTILE_URLS.length] as { text: string }).text;

/** The chronicle of the first suite: every payload in every text field, every address in every URL field. */
const hostileChronicle = () => fillChronicle({ count: P, text: payloadFor, url: urlFor });

// Action types and keys that run something, open something or send something.
const ACTIVE_NAMES = [
  "/JavaScript",
  "/JS",
  "/Launch",
  "/SubmitForm",
  "/ResetForm",
  "/ImportData",
  "/GoToR",
  "/GoToE",
  "/Rendition",
  "/RichMedia",
  "/RichMediaExecute",
  "/Sound",
  "/Movie",
  "/Hide",
  "/OpenAction",
  "/AA",
  "/EmbeddedFile",
  "/EmbeddedFiles",
  "/FileAttachment",
  "/XFA",
  "/AcroForm",
];
const HTTP = /^https?:\/\/[^\s\\"<>]+$/;

async function render(chronicle: Chronicle, options: Parameters<typeof renderBriefing>[1] = {}) {
  const warnings: string[] = [];
  const started = performance.now();
  const bytes = await renderBriefing(chronicle, {
    creationDate: ISSUED,
    onWarning: (w) => warnings.push(w),
    ...options,
  });
  return { bytes, warnings, ms: performance.now() - started };
}

/** Checks the PDF's objects: only URI and GoTo actions, only http(s) URIs, links that lead somewhere, no active keys. */
function expectInertObjects(bytes: Uint8Array): string[] {
  const objects = qpdfObjects(bytes);
  const all = [...objects.values()].flatMap(dictionaries);
  // An action is what an /A entry holds (inline or by reference).
  const actions = all.flatMap((d) => {
    const a = d["/A"];
    const target = typeof a === "string" ? objects.get(a) : a;
    return target && typeof target === "object" && !Array.isArray(target) ? [target] : [];
  });
  expect(actions.map((a) => a["/S"]).filter((s) => s !== "/URI" && s !== "/GoTo")).toEqual([]);
  const uris: string[] = [];
  for (const dict of all) {
    for (const [key, value] of Object.entries(dict)) {
      expect(ACTIVE_NAMES, `key ${key}`).not.toContain(key);
      if (typeof value === "string") expect(ACTIVE_NAMES, `value of ${key}`).not.toContain(value);
    }
    if (dict["/S"] === "/URI") {
      const uri = qpdfString(dict["/URI"]);
      expect(uri, "a URI action's address").toMatch(HTTP);
      uris.push(uri as string);
    }
    if (dict["/Type"] === "/Annot") expect(dict["/Subtype"]).toBe("/Link");
    if (dict["/Subtype"] === "/Link") expect(Boolean(dict["/Dest"]) !== Boolean(dict["/A"])).toBe(true);
    if (dict["/Dest"] !== undefined) expect(qpdfString(dict["/Dest"]), "a named destination").toBeTypeOf("string");
  }
  return uris;
}

/** Checks the PDF's syntax outside strings and streams: no name token that acts. */
function expectNoActiveTokens(bytes: Uint8Array): void {
  const names = new Set(nameTokens(qdfText(bytes)));
  expect(ACTIVE_NAMES.filter((n) => names.has(n))).toEqual([]);
}

describe("the hostile corpus", () => {
  it("fillChronicle puts a payload in every text field and an address in every URL field of the schema", () => {
    const chronicle = hostileChronicle();
    const filled = new Set<string>();
    const payloads = new Set([...HOSTILE_TEXT.map((p) => p.text), ...HOSTILE_URLS.map((u) => u.text)]);
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) for (const x of v) walk(x, `${path}[]`);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
      else if (typeof v === "string" && (payloads.has(v) || v.includes(" · "))) filled.add(path);
    };
    walk(chronicle, "");
    const free = chronicleFields().filter((f) => f.kind !== "structural");
    expect(free.length).toBeGreaterThanOrEqual(38);
    expect(free.map((f) => f.path).filter((p) => !filled.has(p))).toEqual([]);
  });

  it("the corpus chronicle is valid but for its addresses, so it reaches the renderer as a user's file would", () => {
    const safe = fillChronicle({ count: P, text: payloadFor, url: () => "https://example.org/a" });
    const result = validateChronicle(safe);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const hostile = validateChronicle(hostileChronicle());
    expect(hostile.ok).toBe(false);
    if (!hostile.ok) expect(new Set(hostile.errors.map((e) => e.code))).toEqual(new Set(["invalid-url"]));
  });
});

describe("renderBriefing on every hostile string in every field", () => {
  let bytes: Uint8Array;
  let warnings: string[];
  let ms: number;
  let pdf: Awaited<ReturnType<typeof inspectPdf>>;

  beforeAll(async () => {
    ({ bytes, warnings, ms } = await render(hostileChronicle()));
    pdf = await inspectPdf(bytes);
  });

  it("renders without throwing, in bounded time", () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe("%PDF-1.7");
    expect(ms).toBeLessThan(30_000);
    expect(pdf.texts.length).toBeGreaterThan(1000);
  });

  it("no control, bidi-override or invisible format character reaches the extracted text", () => {
    expect(pdf.texts.filter((t) => FORBIDDEN.test(t)).map((t) => JSON.stringify(t).slice(0, 80))).toEqual([]);
  });

  it("markup and PDF syntax come out as the literal text the analyst pasted", () => {
    const text = pdf.texts.join("").replace(/\s+/g, "");
    for (const literal of [
      "<script>alert(1)</script>",
      "<imgsrc=xonerror=alert(1)>",
      ")/S/JavaScript/JS(app.alert(1))>><</A(",
      "\\)\\(\\\\\\n\\r\\000\\377\\",
      "ETQBT/F199Tf(owned)TjETqBT",
      "invoicegnp.exe",
      "þÿAB",
    ])
      expect(text).toContain(literal);
  });

  it("every link leads to a named destination or an http(s) address, never a script, file or launch", () => {
    expect(pdf.annotations.length).toBeGreaterThan(100);
    const urls = new Set<string>();
    for (const a of pdf.annotations) {
      expect(a.subtype).toBe("Link");
      expect([a.action, a.actions, a.attachment, a.setOCGState, a.resetForm, a.newWindow]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      if (a.unsafeUrl === undefined) expect(a.dest).toBeTypeOf("string");
      else {
        expect(a.dest).toBeUndefined();
        expect(a.unsafeUrl).toMatch(HTTP);
        expect(a.url).toBe(a.unsafeUrl);
        urls.add(a.unsafeUrl);
      }
    }
    // The addresses that are http(s) do become links, as the URL standard reads them.
    expect([...urls].sort()).toEqual(
      [
        "http://example.org/report?a=1&b=2#frag",
        "https://evil.example/path",
        "https://example.org/%0A%0D%28%29%5C%22",
        "https://example.org/%22%20/JavaScript%20(app.alert(1))",
        "https://example.org/%3Cscript%3Ealert(1)%3C/script%3E",
        "https://example.org/a)%20/S%20/JavaScript%20/JS%20(app.alert(1))%20(",
        "https://example.org/a/)%20//%20(b",
        "https://example.org/report",
        "https://example.org/x/S%20/Launch%20/F%20(calc.exe)%3E%3E%20endobj",
        "https://user:pass@example.org/",
        "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9?q=%E3%82%AD%E3%83%BC",
      ].sort(),
    );
  });

  it("a character no font has is a warning naming the item, never a crash", () => {
    const missing = warnings.filter((w) => w.includes("no font has"));
    expect(missing.length).toBeGreaterThan(10);
    const named =
      /^(actor "|source "|event "|statement "|threat "|offer "|judgment "|endnote \d+ \(item "|title:|marking:|description:|media:|briefing (bluf|author|audience):)/;
    expect(missing.filter((w) => !named.test(w))).toEqual([]);
    expect(missing.some((w) => w.includes("🦄 (U+1F984)"))).toBe(true);
    expect(missing.some((w) => w.includes("习 (U+4E60)"))).toBe(true);
    // DejaVu Sans has Arabic and Hebrew, so bold and italic text falls back to it.
    expect(missing.filter((w) => /U\+0(5[9DE]|6[0-4])/.test(w))).toEqual([]);
    // Invisible characters are removed, never shown as a replacement box.
    // (Private-use characters, U+E000 and U+10FFFD, are reported: a --font may have them.)
    expect(missing.filter((w) => /U\+(FEFF|180E|200B|E00[0-7][0-9A-F]|FFF[EF9AB])\)/.test(w))).toEqual([]);
    expect(missing.some((w) => w.includes("(U+E000)"))).toBe(true);
  });

  it.skipIf(!hasQpdf)(`qpdf --check finds no errors (${qpdfNote})`, () => {
    const dir = mkdtempSync(join(tmpdir(), "briefline-hostile-"));
    writeFileSync(join(dir, "hostile.pdf"), bytes);
    expect(execFileSync("qpdf", ["--check", join(dir, "hostile.pdf")], { encoding: "utf8" })).toContain(
      "No syntax or stream encoding errors found",
    );
  });

  it.skipIf(!hasPdffonts)(
    `pdffonts shows every font embedded (${hasPdffonts ? "installed" : installHint("pdffonts")})`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), "briefline-hostile-"));
      writeFileSync(join(dir, "hostile.pdf"), bytes);
      const rows = execFileSync("pdffonts", [join(dir, "hostile.pdf")], { encoding: "utf8" })
        .trim()
        .split("\n")
        .slice(2);
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    },
  );

  it.skipIf(!hasQpdf)(`no glyph of any font extracts as a forbidden character (${qpdfNote})`, () => {
    const targets = toUnicodeTargets(bytes);
    expect(targets.length).toBeGreaterThan(200);
    expect(targets.filter((t) => FORBIDDEN.test(t)).map((t) => JSON.stringify(t))).toEqual([]);
  });

  it.skipIf(!hasQpdf)(`the objects hold only GoTo and http(s) URI actions (${qpdfNote})`, () => {
    const uris = expectInertObjects(bytes);
    expect(uris.length).toBeGreaterThan(10);
    expectNoActiveTokens(bytes);
  });
});

describe("PDF syntax in addresses, ids and options cannot break out of a string or dictionary", () => {
  // Ids and options that no validated chronicle has, as an API caller could pass them.
  const breakout = ") /S /JavaScript /JS (app.alert(1)) >> << /A <</S/Launch/F(calc.exe)>> (";
  const chronicle = (): Chronicle => ({
    briefline: 1,
    title: `Title ${breakout}`,
    actors: [
      { id: `a ${breakout}`, name: `Name ${breakout}`, type: "state" },
      { id: "Ünïcödé (id)", name: "Second", type: "state" },
    ],
    sources: HOSTILE_URLS.map((u, i) => ({ id: `src-${i}) /JS (x`, title: u.name, url: u.text })),
    statements: HOSTILE_URLS.map((_, i) => ({
      id: i % 2 ? `s${i}) /S /Launch (` : `Ünï-${i}\\`,
      kind: "threat",
      speaker: i % 2 ? `a ${breakout}` : "Ünïcödé (id)",
      targets: [`a ${breakout}`],
      date: `2025-09-${String(1 + (i % 28)).padStart(2, "0")}`,
      summary: `Said ${breakout}`,
      sources: [{ source: `src-${i}) /JS (x` }],
    })),
    judgments: [
      {
        id: `j) /JS (`,
        text: breakout,
        likelihood: "likely",
        confidence: "low",
        basis: [`s1) /S /Launch (`],
      },
    ],
    relations: [{ type: "rejects", from: `s1) /S /Launch (`, to: "Ünï-0\\" }],
  });

  it.skipIf(!hasQpdf)(`links stay http(s) or named destinations, and no name token acts (${qpdfNote})`, async () => {
    const { bytes } = await render(chronicle(), {
      title: `Option ${breakout}`,
      marking: `SECRET ${breakout}`,
      language: `en) /OpenAction (x`,
      tagged: true,
    });
    const uris = expectInertObjects(bytes);
    expect(uris).toContain("https://example.org/%22%20/JavaScript%20(app.alert(1))");
    expectNoActiveTokens(bytes);
    const dir = mkdtempSync(join(tmpdir(), "briefline-breakout-"));
    writeFileSync(join(dir, "b.pdf"), bytes);
    expect(execFileSync("qpdf", ["--check", join(dir, "b.pdf")], { encoding: "utf8" })).toContain(
      "No syntax or stream encoding errors found",
    );
    const pdf = await inspectPdf(bytes);
    const dests = pdf.annotations.flatMap((a) => (typeof a.dest === "string" ? [a.dest] : []));
    expect(dests).toContain("item-s1) /S /Launch (");
    expect(dests).toContain("item-Ünï-0\\");
  });

  it.skipIf(!hasQpdf)(`named destinations are sorted by bytes, as PDF name trees must be (${qpdfNote})`, async () => {
    const ids = ["Zulu", "alpha", "_under", "a.b", "a-b", "a:b", "a_b", "B2", "b1", "Ünï"];
    const { bytes } = await render({
      briefline: 1,
      title: "Sorting",
      actors: [{ id: "x", name: "X", type: "state" }],
      statements: ids.map((id, i) => ({
        id,
        kind: "comment",
        speaker: "x",
        date: `2025-09-0${1 + (i % 9)}`,
        summary: `Item ${id}`,
      })),
    });
    const trees = [...qpdfObjects(bytes).values()]
      .flatMap(dictionaries)
      .filter((d) => Array.isArray(d["/Names"]) && d["/Names"].length > 2);
    expect(trees.length).toBeGreaterThan(0);
    for (const tree of trees) {
      const names = tree["/Names"] as unknown[];
      const keys = names.filter((_, i) => i % 2 === 0).map((k) => pdfStringBytes(k as string));
      const sorted = [...keys].sort(Buffer.compare);
      expect(keys.map((k) => k.toString("hex"))).toEqual(sorted.map((k) => k.toString("hex")));
    }
  });
});

// The bytes of a string as written in the PDF: ASCII as is, anything else as UTF-16BE with a BOM.
function pdfStringBytes(value: string): Buffer {
  const text = qpdfString(value) ?? "";
  if (value.startsWith("b:")) return Buffer.from(value.slice(2), "hex");
  if (!/[\u0080-\uFFFF]/.test(text)) return Buffer.from(text, "latin1");
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
}

describe("renderBriefing at the size limits", () => {
  it("a 100,000-character text in every field renders, extractable and sanitised", async () => {
    const huge = hugeText();
    expect(huge).toHaveLength(100_000);
    const { bytes, ms } = await render(
      fillChronicle({ count: 2, text: () => huge, url: () => `https://example.org/${"a".repeat(100_000)}` }),
    );
    expect(ms).toBeLessThan(30_000);
    // One URI action for the address, however many lines it is linked from.
    expect(bytes.length).toBeLessThan(20_000_000);
    const pdf = await inspectPdf(bytes);
    expect(pdf.texts.filter((t) => FORBIDDEN.test(t))).toEqual([]);
    expect(pdf.texts.join("")).toContain("Lorem ipsum dolor sit amet Путин сказал ελληνικά");
    if (hasQpdf) {
      const uris = expectInertObjects(bytes);
      expect(uris).toHaveLength(1);
      expect(uris[0]).toHaveLength(100_000 + "https://example.org/".length);
    }
  }, 120_000);

  it("a chronicle with 10,000 items renders in bounded time", async () => {
    const chronicle = fillChronicle({
      count: 40,
      counts: { statements: 7000, events: 3000 },
      text: (field, i) =>
        field.includes("[]")
          ? `${field} ${i}: ${(HOSTILE_TEXT[i % P] as { text: string }).text}`
          : "Ten thousand items",
      url: (_f, i) => `https://example.org/${i}`,
    });
    expect((chronicle.statements?.length ?? 0) + (chronicle.events?.length ?? 0)).toBe(10_000);
    const { bytes, ms } = await render(chronicle);
    expect(ms).toBeLessThan(60_000);
    // Thousands of pages: poppler reads them in a fraction of pdfjs's time.
    if (!hasTool("pdftotext")) return console.warn(installHint("pdftotext"));
    const dir = mkdtempSync(join(tmpdir(), "briefline-10k-"));
    writeFileSync(join(dir, "10k.pdf"), bytes);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "10k.pdf"), "-"], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    expect(text).toContain("statements[].summary 6999:");
    // Line and page breaks, and the embeddings it puts around right-to-left words, are
    // pdftotext's own; no glyph maps to them (nor to any other forbidden character).
    const forbidden = text.split(/[\n\f\u202A-\u202C]/).filter((line) => FORBIDDEN.test(line));
    expect(forbidden.slice(0, 5)).toEqual([]);
  }, 300_000);
});

describe("renderBriefing on unvalidated structure", () => {
  it("an unknown time zone is briefed in UTC with a warning, not a RangeError", async () => {
    const { bytes, warnings } = await render({
      briefline: 1,
      title: "Zone",
      timezone: "Mars/Olympus_Mons\u202E<script>",
      actors: [{ id: "a", name: "Alpha", type: "state" }],
      statements: [{ id: "s", kind: "threat", speaker: "a", date: "2025-09-05T23:30", summary: "Late." }],
    });
    expect(warnings).toContain('unknown time zone "Mars/Olympus_Mons<script>"; dates are given in UTC');
    expect((await inspectPdf(bytes)).texts.join(" ")).toContain("5 Sep 2025");
  });

  it("the same fallback font given twice is used, not an error", async () => {
    const math = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuMathTeXGyre.ttf");
    const { bytes, warnings } = await render(
      {
        briefline: 1,
        title: "Twice",
        actors: [{ id: "a", name: "Alpha", type: "state" }],
        statements: [{ id: "s", kind: "comment", speaker: "a", date: "2025-09-05", summary: "Script g: ℊ." }],
      },
      { fonts: [math, math] },
    );
    expect(warnings.filter((w) => w.includes("no font has"))).toEqual([]);
    expect((await inspectPdf(bytes)).texts.join("")).toContain("Script g: ℊ.");
  });
});

describe("hostile text through the YAML parser", () => {
  it("what survives formatChronicle and parseChronicle renders sanitised", async () => {
    const safe = fillChronicle({ count: P, text: payloadFor, url: (_f, i) => `https://example.org/${i}` });
    const parsed = parseChronicle(formatChronicle(safe, "yaml"), { filename: "hostile.yaml" });
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const { bytes } = await render(parsed.chronicle);
    const pdf = await inspectPdf(bytes);
    expect(pdf.texts.filter((t) => FORBIDDEN.test(t))).toEqual([]);
  });
});
