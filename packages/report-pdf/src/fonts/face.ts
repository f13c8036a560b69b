import { create, type Font } from "fontkit";
import { guardLayout, isSimpleText, simpleAdvance } from "./fast-layout.js";
import { FontRefused } from "./refused.js";

/**
 * One font as the typesetter sees it: which characters it has and how wide a string
 * set in it is. Widths come from the same shaping pdfkit uses when it draws, so lines
 * measured here are the lines drawn.
 */
export interface Face {
  /** The name the font is registered under in the PDF document. */
  name: string;
  bytes: Uint8Array;
  /** Whether the font has a glyph for a code point. */
  covers(codePoint: number): boolean;
  /** Advance width of `text` at size 1 (multiply by the font size). */
  measure(text: string): number;
  /** Advance width of simple text `text.slice(start, end)` at size 1, as `measure` would give it. */
  advance(text: string, start: number, end: number): number;
  /** The parsed font, handed to pdfkit too, so its tables are decoded once per process, not per document. */
  font: Font;
  /** Ascent and descent (negative) at size 1. */
  ascent: number;
  descent: number;
}

const WIDTH_CACHE_LIMIT = 100_000;
interface Parsed {
  font: Font;
  coverage: Map<number, boolean>;
  widths: Map<string, number>;
}
const parsed = new WeakMap<Uint8Array, Parsed>();

/**
 * Opens font bytes as a {@link Face}. The parse is cached per byte array, so the
 * DejaVu faces are parsed once per process however many briefings are drawn.
 * Throws `RangeError` when the bytes are not a single TrueType/OpenType font.
 *
 * @example
 * const face = openFace("serif", dejavuBytes("serif"));
 * face.covers(0x0416) // true: Ж
 * face.measure("Putin") * 10 // width in points at 10 pt
 */
export function openFace(name: string, bytes: Uint8Array): Face {
  let entry = parsed.get(bytes);
  if (!entry) {
    entry = { font: parseFont(bytes), coverage: new Map(), widths: new Map() };
    parsed.set(bytes, entry);
  }
  return makeFace(name, bytes, entry);
}

/**
 * Parses a font as the briefing uses it: fontkit's font with only the 'post' header
 * decoded and its layout guarded (see {@link guardLayout}). Throws {@link FontRefused}
 * for what is not one TrueType or OpenType font.
 *
 * @example
 * parseFont(dejavuBytes("sans")).unitsPerEm // 2048
 */
export function parseFont(bytes: Uint8Array): Font {
  let opened: ReturnType<typeof create>;
  try {
    opened = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new FontRefused(`not a TrueType or OpenType font (${(error as Error).message})`);
  }
  if (!("layout" in opened) || typeof opened.layout !== "function") {
    throw new FontRefused("a font collection (.ttc) is not supported: give a single .ttf or .otf font");
  }
  readPostHeader(opened as Font, bytes);
  guardLayout(opened as Font);
  return opened as Font;
}

// pdfkit reads the italic angle and fixed pitch from the 'post' table when it embeds
// a font, and fontkit then decodes the whole table, with the names of all ~6,000
// glyphs of a DejaVu face: a third of the time of a first briefing in a process. The
// header alone (ISO/IEC 14496-22 §5.7.9: Fixed version and italicAngle, FWord
// underline position and thickness, uint32 isFixedPitch and memory hints) is read
// here and given to fontkit as the decoded table; glyph names are never needed.
// Relies on fontkit 2.0's `directory` and `_tables` (pinned in package.json).
function readPostHeader(font: Font, bytes: Uint8Array): void {
  const f = font as unknown as {
    directory?: { tables?: Record<string, { offset: number; length: number }> };
    _tables?: Record<string, unknown>;
  };
  const table = f.directory?.tables?.post;
  if (!table || !f._tables || table.length < 32 || table.offset + 32 > bytes.byteLength) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + table.offset, 32);
  f._tables.post = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
}

// Coverage and widths are cached with the parsed font, so they survive from one
// briefing to the next in the same process.
function makeFace(name: string, bytes: Uint8Array, { font, coverage, widths }: Parsed): Face {
  const unit = 1 / font.unitsPerEm;
  return {
    name,
    bytes,
    font,
    ascent: font.ascent * unit,
    descent: font.descent * unit,
    covers(codePoint) {
      let has = coverage.get(codePoint);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(codePoint);
        coverage.set(codePoint, has);
      }
      return has;
    },
    advance(text, start, end) {
      return simpleAdvance(font, text, start, end) * unit;
    },
    measure(text) {
      let width = widths.get(text);
      if (width === undefined) {
        // The same layout pdfkit is made to use when it draws (see useSimpleLayout).
        width = (isSimpleText(text) ? simpleAdvance(font, text) : font.layout(text).advanceWidth) * unit;
        if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
        widths.set(text, width);
      }
      return width;
    },
  };
}
