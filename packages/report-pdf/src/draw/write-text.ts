import type { Font, Glyph } from "fontkit";
import { isSimpleText, simpleRun } from "../fonts/fast-layout.js";

/** The parts of a pdfkit 0.20 embedded font this module works with (pinned in package.json). */
interface EmbeddedFont {
  id: string;
  font: Font;
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  ref(): unknown;
}

interface DocInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string | Uint8Array): void;
}

const codes = new WeakMap<EmbeddedFont, Map<number, string>>();
const colors = new Map<string, string>();

/**
 * Writes a run of simple text (see `isSimpleText`) straight into the page content as
 * one text object, with the baseline at (x, y) in pdfkit's top-down coordinates.
 * `doc.text` goes through line wrapping, options and a per-glyph encoder for every
 * fragment; a long briefing has hundreds of thousands of them, already set and
 * measured by the typesetter, so this does only the encoding (cached per character)
 * and pdfkit's bookkeeping for the font subset and the page's font resources.
 * Returns false, drawing nothing, for text that needs shaping.
 *
 * @example
 * if (!writeText(doc, "serif", 9.5, "#1a1a1a", "Putin said", 54, 120)) doc.text("…", 54, 120, { lineBreak: false, baseline: "alphabetic" });
 */
export function writeText(
  doc: PDFKit.PDFDocument,
  font: string,
  size: number,
  color: string,
  text: string,
  x: number,
  y: number,
): boolean {
  if (!isSimpleText(text)) return false;
  doc.font(font);
  const d = doc as unknown as DocInternals;
  const embedded = d._font;
  if (d.page.fonts[embedded.id] == null) d.page.fonts[embedded.id] = embedded.ref();
  let hex = "";
  const map = codesOf(embedded);
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    let code = map.get(cp);
    if (code === undefined) {
      code = encodeGlyph(embedded, simpleRun(embedded.font, String.fromCodePoint(cp)).glyphs[0] as Glyph);
      map.set(cp, code);
    }
    hex += code;
  }
  const h = d.page.height;
  // Bytes, not a string: pdfkit would convert a string character by character.
  const op = `q 1 0 0 -1 0 ${num(h)} cm BT ${rgb(color)} rg /${embedded.id} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(h - y)} Tm <${hex}> Tj ET Q\n`;
  d.addContent(Buffer.from(op, "latin1"));
  return true;
}

function codesOf(embedded: EmbeddedFont): Map<number, string> {
  let map = codes.get(embedded);
  if (!map) {
    map = new Map();
    codes.set(embedded, map);
  }
  return map;
}

// What pdfkit's EmbeddedFont.encode records for a glyph: its place in the subset, its
// width for the /W array and its characters for the ToUnicode map (text extraction).
function encodeGlyph(embedded: EmbeddedFont, glyph: Glyph): string {
  const gid = embedded.subset.includeGlyph(glyph.id);
  if (embedded.widths[gid] == null) embedded.widths[gid] = glyph.advanceWidth * embedded.scale;
  if (embedded.unicode[gid] == null) embedded.unicode[gid] = glyph.codePoints;
  return gid.toString(16).padStart(4, "0");
}

function rgb(hex: string): string {
  let out = colors.get(hex);
  if (!out) {
    const n = Number.parseInt(hex.slice(1), 16);
    out = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => num(c / 255)).join(" ");
    colors.set(hex, out);
  }
  return out;
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
