import type { Font, Glyph } from "fontkit";

// Latin (with precomposed accents), Greek, Cyrillic, punctuation, symbols, arrows,
// box drawing and geometric shapes: scripts whose glyphs simply follow each other.
// Combining marks (U+0300–036F, U+20D0–20FF) and complex scripts go through full
// OpenType shaping instead.
const SIMPLE = /^[\u0020-\u02FF\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF\u2000-\u20CF\u2100-\u2BFF\uFFFD]*$/;

interface GlyphInfo {
  glyph: Glyph;
  advance: number;
}

const glyphCaches = new WeakMap<Font, Map<number, GlyphInfo>>();

/**
 * Whether a string can be set glyph after glyph, without shaping.
 *
 * @example
 * isSimpleText("Путин, 5 Sep") // true
 * isSimpleText("مرحبا")        // false
 */
export function isSimpleText(text: string): boolean {
  return SIMPLE.test(text);
}

/**
 * The glyphs and total advance (in font units) of simple text: one glyph per
 * character from the cmap, advances from hmtx, no kerning or ligatures. Shaping every
 * word through GSUB/GPOS was most of the cost of a long briefing; for these scripts
 * it changes nothing a reader sees at text sizes but kerning. Glyphs are cached per font.
 *
 * @example
 * simpleRun(font, "Putin").advance / font.unitsPerEm * 10 // width at 10 pt
 */
export function simpleRun(font: Font, text: string): { glyphs: Glyph[]; advance: number } {
  let cache = glyphCaches.get(font);
  if (!cache) {
    cache = new Map();
    glyphCaches.set(font, cache);
  }
  const glyphs: Glyph[] = [];
  let advance = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    let info = cache.get(cp);
    if (!info) {
      const glyph = font.glyphForCodePoint(cp);
      info = { glyph, advance: glyph.advanceWidth };
      cache.set(cp, info);
    }
    glyphs.push(info.glyph);
    advance += info.advance;
  }
  return { glyphs, advance };
}

/**
 * The width of simple text (or of `text.slice(start, end)`) in font units, without
 * building the glyph list or the substring: the same sum as {@link simpleRun}'s.
 *
 * @example
 * simpleAdvance(font, "Putin")
 * simpleAdvance(font, "Putin said", 6, 10) // the width of "said"
 */
export function simpleAdvance(font: Font, text: string, start = 0, end = text.length): number {
  const table = advancesOf(font);
  let advance = 0;
  for (let i = start; i < end; i++) {
    const cp = text.codePointAt(i) as number;
    let a: number;
    if (cp < TABLE_SIZE) {
      a = table[cp] as number;
      if (Number.isNaN(a)) {
        a = font.glyphForCodePoint(cp).advanceWidth;
        table[cp] = a;
      }
    } else {
      if (cp > 0xffff) i++;
      a = font.glyphForCodePoint(cp).advanceWidth;
    }
    advance += a;
  }
  return advance;
}

// Advances of the simple scripts' code points (all below U+2C00 but U+FFFD), per
// font, in a flat table: a lookup per character of every word measured.
const TABLE_SIZE = 0x2c00;
const advanceTables = new WeakMap<Font, Float64Array>();

function advancesOf(font: Font): Float64Array {
  let table = advanceTables.get(font);
  if (!table) {
    table = new Float64Array(TABLE_SIZE).fill(Number.NaN);
    advanceTables.set(font, table);
  }
  return table;
}

/**
 * Makes `font.layout` never throw. fontkit 2.0's shapers fail on some rare but valid
 * sequences: a Tifinagh letter before a joiner or a combining mark (the universal
 * shaping engine reads a syllable that is not there) and, in DejaVu Serif and Mono,
 * a combining mark after a base whose mark anchor is missing ("ɉ́", "À́" in Mono).
 * A briefing must not fail because a quote holds such a pair, so a word whose shaping
 * throws is set glyph after glyph from the cmap, as {@link simpleRun} sets simple text:
 * the marks are then not stacked, but every character is drawn. Both the typesetter's
 * measure and pdfkit's drawing call `font.layout` word by word, so the two still agree.
 * Patched once per parsed font.
 *
 * @example
 * guardLayout(font); font.layout("\u2D30\u200C").advanceWidth // no TypeError
 */
export function guardLayout(font: Font): void {
  const shape = font.layout.bind(font);
  font.layout = ((text: string, ...rest: unknown[]) => {
    try {
      return (shape as (text: string, ...rest: unknown[]) => ReturnType<Font["layout"]>)(text, ...rest);
    } catch {
      const { glyphs } = simpleRun(font, text);
      // Fresh positions each call: pdfkit scales them in place, and the width is summed
      // from them on demand, as fontkit's GlyphRun does, so it follows that scaling.
      const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
      const run = {
        glyphs,
        positions,
        get advanceWidth() {
          return positions.reduce((width, p) => width + p.xAdvance, 0);
        },
      };
      return run as unknown as ReturnType<Font["layout"]>;
    }
  }) as Font["layout"];
}

interface PdfkitFont {
  font: Font;
  scale: number;
  layoutCache?: Record<string, unknown>;
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
}

/**
 * Makes a pdfkit embedded font lay simple text out with {@link simpleRun}, exactly as
 * the typesetter measured it, and everything else with its own full shaping.
 * Relies on pdfkit 0.20's EmbeddedFont (`font`, `scale`, `layout`), pinned in package.json.
 *
 * @example
 * doc.font("serif"); useSimpleLayout((doc as any)._font);
 */
export function useSimpleLayout(embedded: PdfkitFont): void {
  // pdfkit shapes text word by word; drawing a fragment measures it (sometimes twice)
  // and encodes it, each shaping every word again. Only text that needs shaping
  // reaches pdfkit's own per-word cache, so it is kept (per document): a chronicle
  // whose fields hold Arabic or stacked combining marks took ten times longer without.
  embedded.layoutCache ??= Object.create(null) as Record<string, unknown>;
  const shaped = embedded.layout.bind(embedded);
  embedded.layout = (text, features, onlyWidth) => {
    if (features || !isSimpleText(text)) return shaped(text, features, onlyWidth);
    const { glyphs, advance } = simpleRun(embedded.font, text);
    const scale = embedded.scale;
    if (onlyWidth) return { glyphs: null, positions: null, advanceWidth: advance * scale };
    const positions = glyphs.map((g) => {
      const w = g.advanceWidth * scale;
      return { xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w };
    });
    return { glyphs, positions, advanceWidth: advance * scale };
  };
}
