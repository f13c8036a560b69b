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
  _fontFamilies: Record<string, EmbeddedFont>;
  page: { fonts: Record<string, unknown> };
  addContent(data: string | Uint8Array): void;
}

// Per embedded font (so per document), the subset glyph of each character drawn so
// far (-1: not yet): a flat table for the simple scripts, a map above them.
type GidTable = Int32Array & { far: Map<number, number> };
const gids = new WeakMap<EmbeddedFont, GidTable>();
const colors = new Map<string, string>();

/**
 * Writes runs of simple text (see `isSimpleText`) straight into the page content,
 * the runs of one line in one text object. `doc.text` goes through line wrapping,
 * options and a per-glyph encoder for every fragment, and wraps each in its own
 * save/transform/restore; a long briefing has hundreds of thousands of fragments,
 * already set and measured by the typesetter, so this does only the encoding (cached
 * per character) and pdfkit's bookkeeping for the font subset and the page's font
 * resources, and sets colour and font only when they change.
 *
 * Coordinates are pdfkit's, top-down, baseline at (x, y), in the current transform:
 * a text matrix flipped like the page (`1 0 0 -1 x y`) puts glyphs upright exactly
 * where `doc.text` would.
 *
 * @example
 * const text = new TextWriter(doc);
 * if (!text.add("serif", 9.5, "#1a1a1a", "Putin said", 54, 120)) { text.flush(); doc.text("…", 54, 120, { lineBreak: false, baseline: "alphabetic" }); }
 * text.flush();
 */
export class TextWriter {
  // The operators of the current line, written as bytes into a buffer reused from line
  // to line: building them as strings was most of the garbage of a long briefing.
  private buf = Buffer.allocUnsafe(4096);
  private len = 0;
  private font: EmbeddedFont | undefined;
  private size = 0;
  private color = "";

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Adds a run; returns false, adding nothing, for text that needs shaping. */
  add(font: string, size: number, color: string, text: string, x: number, y: number): boolean {
    if (!isSimpleText(text)) return false;
    const d = this.doc as unknown as DocInternals;
    if (this.len === 0) this.ascii("q BT");
    // The same font given twice is registered once, under its first name.
    let embedded = d._fontFamilies[font];
    if (!embedded) {
      this.doc.font(font);
      embedded = d._font;
    }
    if (embedded !== this.font || size !== this.size) {
      if (d.page.fonts[embedded.id] == null) d.page.fonts[embedded.id] = embedded.ref();
      this.ascii(` /${embedded.id} ${num(size)} Tf`);
      this.font = embedded;
      this.size = size;
    }
    if (color !== this.color) {
      this.ascii(` ${rgb(color)} rg`);
      this.color = color;
    }
    this.room(48 + text.length * 4);
    this.bytes(MATRIX);
    this.number(x);
    this.buf[this.len++] = SPACE;
    this.number(y);
    this.bytes(SHOW);
    this.glyphs(embedded, text);
    this.bytes(END_SHOW);
    return true;
  }

  /** Writes what was added as one text object, inside save/restore so no state leaks. */
  flush(): void {
    if (this.len === 0) return;
    this.ascii(" ET Q\n");
    // The page's content copies the bytes (see streamlineOutput), so the buffer is reused.
    (this.doc as unknown as DocInternals).addContent(this.buf.subarray(0, this.len));
    this.len = 0;
    this.font = undefined;
    this.size = 0;
    this.color = "";
  }

  private room(bytes: number): void {
    if (this.len + bytes <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + bytes));
    this.buf.copy(grown, 0, 0, this.len);
    this.buf = grown;
  }

  private ascii(text: string): void {
    this.room(text.length);
    this.len += this.buf.write(text, this.len, "latin1");
  }

  // Short constant operators, byte by byte: a native write per piece cost more.
  private bytes(piece: readonly number[]): void {
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < piece.length; i++) buf[at++] = piece[i] as number;
    this.len = at;
  }

  // The digits {@link num} would give (rounded to 3 decimals, no trailing zeros),
  // without making a string. Coordinates on a page are far below 2^53 / 1000.
  private number(n: number): void {
    let k = Math.round(n * 1000);
    const buf = this.buf;
    if (k < 0) {
      buf[this.len++] = MINUS;
      k = -k;
    }
    const whole = Math.floor(k / 1000);
    let frac = k - whole * 1000;
    const start = this.len;
    let w = whole;
    do {
      buf[this.len++] = ZERO + (w % 10);
      w = Math.floor(w / 10);
    } while (w > 0);
    buf.subarray(start, this.len).reverse();
    if (frac) {
      buf[this.len++] = DOT;
      let digits = 3;
      while (frac % 10 === 0) {
        frac /= 10;
        digits--;
      }
      for (let p = 10 ** (digits - 1); p >= 1; p /= 10) buf[this.len++] = ZERO + (Math.floor(frac / p) % 10);
    }
  }

  // Each character as the four hex digits of its glyph's place in the subset.
  private glyphs(embedded: EmbeddedFont, text: string): void {
    this.room(text.length * 4);
    const table = gidsOf(embedded);
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      let gid = cp < table.length ? (table[cp] as number) : (table.far.get(cp) ?? -1);
      if (gid < 0) {
        gid = encodeGlyph(embedded, simpleRun(embedded.font, String.fromCodePoint(cp)).glyphs[0] as Glyph);
        if (cp < table.length) table[cp] = gid;
        else table.far.set(cp, gid);
      }
      buf[at++] = HEX[(gid >> 12) & 15] as number;
      buf[at++] = HEX[(gid >> 8) & 15] as number;
      buf[at++] = HEX[(gid >> 4) & 15] as number;
      buf[at++] = HEX[gid & 15] as number;
    }
    this.len = at;
  }
}

const HEX = [..."0123456789abcdef"].map((c) => c.charCodeAt(0));
const codes = (text: string) => [...text].map((c) => c.charCodeAt(0));
const MATRIX = codes(" 1 0 0 -1 ");
const SHOW = codes(" Tm <");
const END_SHOW = codes("> Tj");
const SPACE = 32;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;

function gidsOf(embedded: EmbeddedFont): GidTable {
  let table = gids.get(embedded);
  if (!table) {
    table = Object.assign(new Int32Array(0x2c00).fill(-1), { far: new Map<number, number>() });
    gids.set(embedded, table);
  }
  return table;
}

// What pdfkit's EmbeddedFont.encode records for a glyph: its place in the subset, its
// width for the /W array and its characters for the ToUnicode map (text extraction).
function encodeGlyph(embedded: EmbeddedFont, glyph: Glyph): number {
  const gid = embedded.subset.includeGlyph(glyph.id);
  if (embedded.widths[gid] == null) embedded.widths[gid] = glyph.advanceWidth * embedded.scale;
  if (embedded.unicode[gid] == null) embedded.unicode[gid] = glyph.codePoints;
  return gid;
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
