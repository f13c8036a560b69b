import type { FontSet } from "../fonts/font-set.js";
import type { Fragment, Line, Span } from "./types.js";
import { type Box, boxText, splitWord, toWords, type Word } from "./words.js";

/** How to set a paragraph. */
export interface TypesetOptions {
  /** Width available for each line, in points. */
  width: number;
  align?: "left" | "right" | "center";
  /** Called with each character that no font has. */
  onMissing?: (char: string) => void;
}

/**
 * Sets a paragraph: breaks it into lines no wider than `width` (greedy, at spaces;
 * a word wider than a line is cut), lays out right-to-left runs in visual order, and
 * merges neighbouring words of one style into fragments drawn with one call each.
 * Nothing is drawn: lines are measured first so blocks can be kept together.
 *
 * @example
 * const lines = typeset([{ text: "Putin warned…", style: body }], fonts, { width: 480 });
 * lines.reduce((h, l) => h + l.height, 0) // height of the paragraph
 */
export function typeset(spans: readonly Span[], fonts: FontSet, options: TypesetOptions): Line[] {
  const { width } = options;
  const words = toWords(spans, fonts, options.onMissing ?? (() => {}));
  const rows: Word[][] = [];
  let row: Word[] = [];
  let used = 0;
  for (const word of words) {
    const space = row.length ? word.space : 0;
    if (used + space + word.width <= width + 0.001) {
      row.push(word);
      used += space + word.width;
      continue;
    }
    if (row.length) rows.push(row);
    row = [];
    used = 0;
    const pieces = word.width > width ? splitWord(word, width) : [word];
    pieces.forEach((piece, i) => {
      if (i < pieces.length - 1) rows.push([piece]);
      else {
        row = [piece];
        used = piece.width;
      }
    });
  }
  if (row.length) rows.push(row);
  const fallbackSize = spans[0]?.style.size ?? 10;
  let leading = 1;
  for (const s of spans) if (s.style.leading > leading) leading = s.style.leading;
  return rows.map((r) => buildLine(visualOrder(r), width, options.align ?? "left", leading, fallbackSize));
}

// Runs of right-to-left words read from the right: on the line they are reversed.
// (Enough for Arabic or Hebrew names and quotes inside English prose; not a full UBA.)
function visualOrder(row: Word[]): Word[] {
  if (!row.some((w) => w.rtl)) return row;
  const out: Word[] = [];
  let run: Word[] = [];
  for (const word of row) {
    if (word.rtl) run.push(word);
    else {
      out.push(...run.reverse(), word);
      run = [];
    }
  }
  out.push(...run.reverse());
  // Spaces follow the visual order: the first word on the line has none before it.
  return out.map((w, i) => ({ ...w, space: i === 0 ? 0 : w.space || (out[i - 1] as Word).space }));
}

function buildLine(row: Word[], width: number, align: string, leading: number, fallbackSize: number): Line {
  const fragments: Fragment[] = [];
  let x = 0;
  let last: Fragment | undefined;
  let size = 0;
  let face: Fragment["face"] | undefined;
  // A right-to-left word is drawn alone: shaped with its neighbours and a space, its
  // glyphs would be reversed across the space and the words run together.
  let alone = false;
  // The fragment being built, while it is still one stretch of its span's text: its
  // text is sliced out once it is complete.
  let src: string | undefined;
  let start = 0;
  let end = 0;
  const settle = () => {
    if (last && src !== undefined) last.text = src.slice(start, end);
    src = undefined;
  };
  for (const word of row) {
    const gap = fragments.length ? word.space : 0;
    for (let i = 0; i < word.boxes.length; i++) {
      const box = word.boxes[i] as Box;
      const spaced = i === 0 ? gap : 0;
      if (last && !alone && !word.rtl && !box.anchor && sameStyle(last, box)) {
        // Spaces inside a cleaned span are single, so the next word of the same span
        // starts one character after the last ends.
        if (src !== undefined && box.src === src && box.start === end + (spaced ? 1 : 0)) end = box.end as number;
        else {
          settle();
          const text = boxText(box);
          last.text = spaced ? `${last.text} ${text}` : last.text + text;
        }
        last.width += spaced + box.width;
      } else {
        settle();
        if (box.src !== undefined) {
          src = box.src;
          start = box.start as number;
          end = box.end as number;
        }
        last = {
          text: box.text,
          face: box.face,
          size: box.size,
          color: box.color,
          rise: box.rise,
          x: x + spaced,
          width: box.width,
        };
        if (box.link) last.link = box.link;
        if (box.anchor) last.anchor = box.anchor;
        fragments.push(last);
        if (box.size > size) {
          size = box.size;
          face = box.face;
        }
      }
      x += spaced + box.width;
      alone = word.rtl;
    }
  }
  settle();
  const shift = align === "right" ? width - x : align === "center" ? (width - x) / 2 : 0;
  if (shift) for (const f of fragments) f.x += shift;
  if (!size) size = fallbackSize;
  const ascent = face?.ascent ?? 0.93;
  const descent = face?.descent ?? -0.24;
  const height = size * leading;
  const baseline = (height - (ascent - descent) * size) / 2 + ascent * size;
  return { fragments, width: x, height, baseline };
}

function sameStyle(a: Fragment, b: Omit<Fragment, "x">): boolean {
  return a.face === b.face && a.size === b.size && a.color === b.color && a.rise === b.rise && sameLink(a.link, b.link);
}

function sameLink(a: Fragment["link"], b: Fragment["link"]): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return "dest" in a ? "dest" in b && a.dest === b.dest : "url" in b && a.url === b.url;
}
