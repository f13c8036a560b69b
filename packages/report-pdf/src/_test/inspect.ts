import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Characters that must never reach the page: C0 and C1 controls, DEL, bidi
 * embeddings, overrides, isolates and marks, invisible format characters, tag
 * characters and noncharacters.
 */
export const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}\p{Noncharacter_Code_Point}]|\p{Cs}/u;

/** What pdfjs makes of an annotation: the fields that could act when clicked. */
export interface AnnotationFacts {
  page: number;
  subtype: string;
  dest?: unknown;
  url?: string;
  /** The raw address of a URI action, before pdfjs's own checks. */
  unsafeUrl?: string;
  action?: string;
  actions?: unknown;
  attachment?: unknown;
  setOCGState?: unknown;
  resetForm?: unknown;
  newWindow?: boolean;
}

/**
 * Every annotation of every page as pdfjs reads it, and every text item (the
 * strings a reader can select and copy).
 */
export async function inspectPdf(bytes: Uint8Array): Promise<{ annotations: AnnotationFacts[]; texts: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const annotations: AnnotationFacts[] = [];
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    for (const a of await page.getAnnotations()) {
      annotations.push({
        page: i,
        subtype: a.subtype,
        dest: a.dest,
        url: a.url,
        unsafeUrl: a.unsafeUrl,
        action: a.action,
        actions: a.actions,
        attachment: a.attachment,
        setOCGState: a.setOCGState,
        resetForm: a.resetForm,
        newWindow: a.newWindow,
      });
    }
    const content = await page.getTextContent({ disableNormalization: true });
    for (const item of content.items) if ("str" in item) texts.push(item.str);
    page.cleanup();
  }
  await doc.destroy();
  return { annotations, texts };
}

/** An object of qpdf's JSON (version 2): dictionaries keyed by `/Name`, strings as `u:` or `b:`. */
export type QpdfValue = string | number | boolean | null | QpdfValue[] | { [key: string]: QpdfValue };

/**
 * The objects of a PDF parsed by qpdf (`--json-output`), streams by their dictionaries.
 *
 * @example
 * qpdfObjects(bytes).get("12 0 R") // { "/Type": "/Annot", "/Subtype": "/Link", ... }
 */
export function qpdfObjects(bytes: Uint8Array): Map<string, QpdfValue> {
  const file = join(mkdtempSync(join(tmpdir(), "briefline-qpdf-")), "in.pdf");
  writeFileSync(file, bytes);
  const json = JSON.parse(
    execFileSync("qpdf", ["--json-output", "--json-key=qpdf", file], { encoding: "utf8", maxBuffer: 1 << 30 }),
  ) as { qpdf: [unknown, Record<string, { value?: QpdfValue; stream?: { dict: QpdfValue } }>] };
  // Keyed as references are written: "12 0 R".
  return new Map(
    Object.entries(json.qpdf[1]).map(([key, o]) => [key.replace(/^obj:/, ""), o.value ?? o.stream?.dict ?? null]),
  );
}

/** Decodes a qpdf JSON string (`u:text` or `b:hex`). */
export function qpdfString(value: QpdfValue | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  if (value.startsWith("u:")) return value.slice(2);
  if (value.startsWith("b:")) return Buffer.from(value.slice(2), "hex").toString("latin1");
  return undefined;
}

/** Every dictionary inside `value`, nested ones included. */
export function dictionaries(value: QpdfValue): Array<Record<string, QpdfValue>> {
  const out: Array<Record<string, QpdfValue>> = [];
  const walk = (v: QpdfValue) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      out.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return out;
}

/**
 * The PDF as qpdf writes it in QDF form (uncompressed, one object per block), read
 * as Latin-1 text for grepping.
 */
export function qdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "briefline-qdf-"));
  const input = join(dir, "in.pdf");
  const output = join(dir, "out.pdf");
  writeFileSync(input, bytes);
  execFileSync("qpdf", ["--qdf", "--object-streams=disable", input, output]);
  return readFileSync(output, "latin1");
}

/**
 * The name tokens of PDF syntax outside strings and streams: what a reader takes as
 * structure. A string that broke out of its parentheses (an unescaped `)`) would turn
 * its `/JavaScript` into a token here.
 *
 * @example
 * nameTokens("<< /S /URI /URI (a\\) /JS) >>") // ["/S", "/URI", "/URI"]
 */
export function nameTokens(pdf: string): string[] {
  const names: string[] = [];
  let i = 0;
  const n = pdf.length;
  while (i < n) {
    const c = pdf[i] as string;
    if (c === "(") {
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = pdf[i];
        if (d === "\\") i += 2;
        else {
          if (d === "(") depth++;
          else if (d === ")") depth--;
          i++;
        }
      }
    } else if (c === "<" && pdf[i + 1] !== "<") {
      i = pdf.indexOf(">", i) + 1 || n;
    } else if (c === "%") {
      const lf = pdf.indexOf("\n", i);
      const cr = pdf.indexOf("\r", i);
      const eol = Math.min(lf < 0 ? n : lf, cr < 0 ? n : cr);
      i = eol;
    } else if (pdf.startsWith("stream", i) && /[\r\n]/.test(pdf[i + 6] ?? "")) {
      const end = pdf.indexOf("endstream", i + 6);
      i = end < 0 ? n : end + 9;
    } else if (c === "/") {
      const m = /^\/[^\s()<>[\]{}/%]*/.exec(pdf.slice(i, i + 200)) as RegExpExecArray;
      names.push(m[0]);
      i += m[0].length;
    } else i++;
  }
  return names;
}

/**
 * Every text a glyph of the PDF extracts as, from the ToUnicode maps of its fonts
 * (what any reader's copy and search sees), glyph 0 (.notdef, which pdfkit maps to
 * U+0000) left out. Reads the QDF form, so it needs qpdf.
 *
 * @example
 * toUnicodeTargets(bytes).some((t) => FORBIDDEN.test(t)) // false
 */
export function toUnicodeTargets(bytes: Uint8Array): string[] {
  const pdf = qdfText(bytes);
  const targets: string[] = [];
  const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");
  for (const [, body] of pdf.matchAll(/begincmap([\s\S]*?)endcmap/g)) {
    for (const [, section] of (body as string).matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, rest] of (section as string).matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
      )) {
        const first = Number.parseInt(lo as string, 16);
        const count = Number.parseInt(hi as string, 16) - first + 1;
        const hexes = [...(rest as string).matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1] as string);
        if ((rest as string).startsWith("[")) hexes.forEach((h, i) => first + i > 0 && targets.push(utf16(h)));
        else if (count > 0) targets.push(utf16(hexes[0] as string));
      }
    }
    for (const [, section] of (body as string).matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, cid, dst] of (section as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        if (Number.parseInt(cid as string, 16) > 0) targets.push(utf16(dst as string));
    }
  }
  return targets;
}
