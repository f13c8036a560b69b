import type { Measure, TextStyle } from "./measure.js";
import { FAMILIES, FAMILY_STYLE } from "./styles.js";
import { symbolPath } from "./symbols.js";
import type { LegendEntry } from "./types.js";

/** Room from an entry's left edge to its text (the symbol and a gap), and between entries. */
const SYMBOL_ROOM = 11;
const GAP = 14;

/**
 * The legend: one entry per family, in order, with the symbol at `size`, laid out in
 * rows that fit `width` (entries wrap as words do), measured with `measure`. `y` is
 * the centre line of each row, from 0; the height of all rows is returned beside them.
 *
 * @example
 * legendOf(12, 600, measureDejaVu, { size: 11 }).entries.map((l) => l.label) // ["Threats, warnings, ultimatums", …]
 */
export function legendOf(
  size: number,
  width: number,
  measure: Measure,
  style: TextStyle,
): { entries: LegendEntry[]; height: number } {
  const rowHeight = Math.max(size, style.size * 1.2) + 2;
  let x = 0;
  let row = 0;
  const entries = FAMILIES.map((family) => {
    const { shape, color, label } = FAMILY_STYLE[family];
    const w = SYMBOL_ROOM + measure(label, style);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    const entry: LegendEntry = {
      family,
      shape,
      color,
      label,
      symbol: symbolPath(shape, size),
      x: round(x),
      y: round(row * rowHeight + rowHeight / 2),
      textX: round(x + SYMBOL_ROOM),
    };
    x += w + GAP;
    return entry;
  });
  return { entries, height: (row + 1) * rowHeight };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
