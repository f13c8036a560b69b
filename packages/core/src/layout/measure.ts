import { shortenToFit } from "../util/shorten.js";
import { SANS, SANS_BOLD } from "./_font-widths.js";

/** The text style a label is set in. */
export interface TextStyle {
  /** Font size in layout units (CSS pixels on the web, points in the PDF). */
  size: number;
  bold?: boolean;
}

/**
 * Measures how wide `text` is drawn in `style`, in layout units. Renderers pass their
 * own: canvas `measureText` on the web, the embedded font's advance widths in the PDF,
 * so the label layout is exact in both.
 */
export type Measure = (text: string, style: TextStyle) => number;

type Table = ReadonlyArray<readonly [number, string]>;

function widthsOf(table: Table): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [first, digits] of table)
    for (let i = 0; i < digits.length / 2; i++) {
      const w = Number.parseInt(digits.slice(2 * i, 2 * i + 2), 36);
      if (w > 0) widths.set(first + i, w / 1000);
    }
  return widths;
}

let regular: Map<number, number> | undefined;
let bold: Map<number, number> | undefined;

/**
 * The default {@link Measure}: the advance widths of DejaVu Sans (the PDF's font family
 * and the usual sans-serif of Linux browsers) for Latin, Greek and Cyrillic; a
 * character outside those is taken as wide as an "n" of the same face, and a wide
 * (CJK) character as one em.
 *
 * @example
 * measureDejaVu("Putin", { size: 10 }) // ≈ 28.6
 */
export const measureDejaVu: Measure = (text, style) => {
  regular ??= widthsOf(SANS);
  bold ??= widthsOf(SANS_BOLD);
  const table = style.bold ? bold : regular;
  const fallback = table.get(0x6e) ?? 0.6;
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const w = table.get(c);
    em += w ?? (c >= 0x1100 && c <= 0x1faff && c !== 0x2013 && c !== 0x2014 ? 1 : fallback);
  }
  return em * style.size;
};

/**
 * `text` cut at a word (one ellipsis) to fit `width` when measured in `style`; the
 * first letters and an ellipsis when not even one word fits.
 *
 * @example
 * fitText("International community", 80, measureDejaVu, { size: 12 }) // "International…"
 */
export function fitText(text: string, width: number, measure: Measure, style: TextStyle): string {
  const fits = (s: string) => measure(s, style) <= width;
  const cut = shortenToFit(text, fits);
  if (cut !== null) return cut;
  let n = text.length;
  while (n > 1 && !fits(`${text.slice(0, n)}…`)) n = Math.max(1, Math.floor(n * 0.8));
  return `${text.slice(0, n)}…`;
}
