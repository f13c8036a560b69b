import type { Face } from "../fonts/face.js";

/** A stretch of text set in one face. */
export interface FontRun {
  text: string;
  face: Face;
}

// Marks that attach to the character before them stay in its face when it has them:
// a combining accent should not jump to another font without need.
const COMBINING = /^\p{M}$/u;
// Emoji presentation selectors and the zero-width joiner only steer rendering; a font
// without them draws the base character, which is what the reader needs.
const STEERING = new Set([0xfe0e, 0xfe0f, 0x200d]);
const REPLACEMENT = "\uFFFD";
const SPACE = /^\p{Zs}$/u;
const BASIC = /^[\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/;
const BASIC_CHARS = [..."\u2013\u2014\u2018\u2019\u201C\u201D\u2026"].map((c) => c.codePointAt(0) as number);
const basic = new WeakMap<Face, boolean>();

function coversBasic(face: Face): boolean {
  let all = basic.get(face);
  if (all === undefined) {
    all = BASIC_CHARS.every((cp) => face.covers(cp));
    for (let cp = 0x20; all && cp <= 0xff; cp++) if (cp < 0x7f || cp >= 0xa0) all = face.covers(cp);
    basic.set(face, all);
  }
  return all;
}

/**
 * Whether all of `text` is set in `face` as it is: the face has every character (most
 * text of a briefing: Latin, Cyrillic, punctuation). Then {@link fontRuns} would make
 * one run in that face, so the character-by-character split can be skipped.
 *
 * @example
 * isPlainRun("Путин said “no”", fonts.face("serif")) // true
 */
export function isPlainRun(text: string, face: Face): boolean {
  if (BASIC.test(text)) return coversBasic(face);
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (!face.covers(cp)) return false;
  }
  return true;
}

/**
 * Splits text into runs by the first face of `chain` that has each character, so a
 * fallback font is used glyph by glyph. A character no face has is replaced by U+FFFD
 * (never a silent empty box) and passed to `onMissing`.
 *
 * @example
 * fontRuns("Путин: مرحبا", fonts.chain("serif"), warn)
 * // [{ text: "Путин: ", face: serif }, { text: "مرحبا", face: sans }]
 */
export function fontRuns(text: string, chain: readonly Face[], onMissing: (char: string) => void): FontRun[] {
  const primary = chain[0];
  if (!primary) throw new RangeError("fontRuns needs at least one face");
  if (isPlainRun(text, primary)) return [{ text, face: primary }];
  const runs: FontRun[] = [];
  let current: FontRun | undefined;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    let face: Face | undefined;
    let glyph = char;
    if (cp === 0x20) face = current?.face ?? primary;
    else if (current && COMBINING.test(char)) {
      // A mark stays with its base when that face has it; a face without it would
      // draw .notdef, an empty box that extracts as U+0000.
      face = current.face.covers(cp) ? current.face : chain.find((f) => f.covers(cp));
      if (!face) {
        if (STEERING.has(cp)) continue;
        // Missing with its base (already one U+FFFD) or alone: reported, not drawn.
        onMissing(char);
        continue;
      }
    } else face = chain.find((f) => f.covers(cp));
    if (!face) {
      if (STEERING.has(cp)) continue;
      if (SPACE.test(char)) {
        // A space no font has (ideographic, Mongolian) still separates: a plain one.
        face = current?.face ?? primary;
        glyph = " ";
      } else {
        onMissing(char);
        face = primary;
        glyph = REPLACEMENT;
      }
    }
    if (current && current.face === face) current.text += glyph;
    else {
      current = { text: glyph, face };
      runs.push(current);
    }
  }
  return runs;
}
