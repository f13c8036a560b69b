import { create, type Font } from "fontkit";
import { isSimpleText, simpleAdvance } from "./fast-layout.js";

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
    let opened: ReturnType<typeof create>;
    try {
      opened = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      throw new RangeError(`not a TrueType or OpenType font (${(error as Error).message})`);
    }
    if (!("layout" in opened) || typeof opened.layout !== "function") {
      throw new RangeError("a font collection (.ttc) is not supported: give a single .ttf or .otf font");
    }
    entry = { font: opened as Font, coverage: new Map(), widths: new Map() };
    parsed.set(bytes, entry);
  }
  return makeFace(name, bytes, entry);
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
