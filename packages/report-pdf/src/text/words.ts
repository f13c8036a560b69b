import type { Face } from "../fonts/face.js";
import { isSimpleText } from "../fonts/fast-layout.js";
import type { FontSet } from "../fonts/font-set.js";
import { fontRuns, isPlainRun } from "./font-runs.js";
import { cleanText } from "./sanitize.js";
import type { Fragment, Span } from "./types.js";

/**
 * A piece of a word in one face and one span's style. A box of text set as it is
 * (most of a briefing) keeps where it lies in its span's cleaned text (`src`, `start`,
 * `end`) and leaves `text` empty: the typesetter slices each drawn fragment out of
 * the span once, instead of cutting every word out and joining them again.
 */
export interface Box extends Omit<Fragment, "x"> {
  src?: string;
  start?: number;
  end?: number;
}

/**
 * The text of a box.
 *
 * @example
 * boxText({ text: "", src: "Putin said", start: 6, end: 10, ... }) // "said"
 */
export function boxText(box: Box): string {
  return box.src === undefined ? box.text : box.src.slice(box.start, box.end);
}

/** What lies between spaces: never broken except when wider than a whole line. */
export interface Word {
  boxes: Box[];
  width: number;
  /** Width of the space before it (0 for the first word of a paragraph). */
  space: number;
  /** Whether it reads right to left (its first strong character is Arabic or Hebrew). */
  rtl: boolean;
}

const STRONG = /[\p{L}]/u;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Cuts spans into words, each measured and split into font runs (fallback glyph by
 * glyph). Words may cross spans: "Putin" followed by a superscript "3" is one word.
 *
 * @example
 * toWords([{ text: "Путин said", style }], fonts, warn).map((w) => w.boxes[0]?.text) // ["Путин", "said"]
 */
export function toWords(spans: readonly Span[], fonts: FontSet, onMissing: (char: string) => void): Word[] {
  const words: Word[] = [];
  let word: Word | undefined;
  let pendingSpace = 0;
  let anchored: Set<string> | undefined;
  for (const span of spans) {
    const { style } = span;
    const chain = fonts.chain(style.face);
    const text = cleanText(span.text);
    const space = (chain[0]?.measure(" ") ?? 0.3) * style.size;
    // Tested once for the span, not for each word: most spans have no right-to-left
    // letter, and most are set in their primary face as they are.
    const anyRtl = RTL.test(text);
    const primary = chain[0];
    const plain = primary !== undefined && isPlainRun(text, primary);
    if (plain && !anyRtl && isSimpleText(text)) {
      // Words found by index and measured glyph by glyph, no substrings (the same
      // words and widths as below: split at single spaces, advances summed in order).
      const n = text.length;
      let pos = 0;
      for (let first = true; ; first = false) {
        let end = text.indexOf(" ", pos);
        if (end < 0) end = n;
        if (!first) {
          if (word) words.push(word);
          word = undefined;
          pendingSpace = space;
        }
        if (end > pos) {
          const width = primary.advance(text, pos, end) * style.size;
          const box: Box = {
            text: "",
            face: primary,
            size: style.size,
            color: style.color,
            rise: style.rise ?? 0,
            width,
            src: text,
            start: pos,
            end,
          };
          if (span.link) box.link = span.link;
          if (span.anchor && !anchored?.has(span.anchor)) {
            box.anchor = span.anchor;
            anchored ??= new Set();
            anchored.add(span.anchor);
          }
          // Most words are one box: an array made with it, not grown from empty.
          if (word) {
            word.boxes.push(box);
            word.width += width;
          } else word = { boxes: [box], width, space: words.length ? pendingSpace : 0, rtl: false };
        }
        if (end >= n) break;
        pos = end + 1;
      }
      continue;
    }
    const parts = text.split(" ");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (i > 0) {
        // A space: the current word ends; the next one starts after this much room.
        if (word) words.push(word);
        word = undefined;
        pendingSpace = space;
      }
      if (part === "") continue;
      if (!word) word = { boxes: [], width: 0, space: words.length ? pendingSpace : 0, rtl: anyRtl && isRtl(part) };
      const runs = plain ? [{ text: part, face: primary as Face }] : fontRuns(part, chain, onMissing);
      for (const run of runs) {
        const width = run.face.measure(run.text) * style.size;
        const box: Box = {
          text: run.text,
          face: run.face,
          size: style.size,
          color: style.color,
          rise: style.rise ?? 0,
          width,
        };
        if (span.link) box.link = span.link;
        if (span.anchor && !anchored?.has(span.anchor)) {
          box.anchor = span.anchor;
          anchored ??= new Set();
          anchored.add(span.anchor);
        }
        word.boxes.push(box);
        word.width += width;
      }
    }
  }
  if (word) words.push(word);
  return words;
}

// Right to left when the first letter is Arabic or Hebrew (tested only when the word has any).
function isRtl(part: string): boolean {
  if (!RTL.test(part)) return false;
  const strong = STRONG.exec(part);
  return strong ? RTL.test(strong[0]) : false;
}

/**
 * Splits a word wider than `width` into pieces that fit, character by character (a
 * 5,000-character token or a long address must still wrap, never overflow).
 *
 * @example
 * splitWord(longUrlWord, 300).length // 3
 */
export function splitWord(word: Word, width: number): Word[] {
  const pieces: Word[] = [];
  let piece: Word = { boxes: [], width: 0, space: word.space, rtl: word.rtl };
  for (const box of word.boxes) {
    let text = "";
    let boxWidth = 0;
    let first = true;
    const { src: _src, start: _start, end: _end, ...rest } = box;
    const flush = () => {
      const part: Box = { ...rest, text, width: boxWidth };
      // Only the first piece of a split box keeps its anchor: a destination is placed once.
      if (!first) delete part.anchor;
      first = false;
      piece.boxes.push(part);
      piece.width += boxWidth;
      text = "";
      boxWidth = 0;
    };
    for (const char of boxText(box)) {
      const w = box.face.measure(char) * box.size;
      if (piece.width + boxWidth + w > width && (piece.boxes.length || text)) {
        if (text) flush();
        pieces.push(piece);
        piece = { boxes: [], width: 0, space: 0, rtl: word.rtl };
      }
      text += char;
      boxWidth += w;
    }
    if (text) flush();
  }
  if (piece.boxes.length) pieces.push(piece);
  return pieces;
}
