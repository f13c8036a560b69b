import type { Layout, Mark } from "@briefline/core/layout";
import { shorten } from "../format.js";

/** Average width of a character of the 11px label font, to fit labels without measuring. */
const CHAR = 6.1;

/**
 * The text to draw beside each mark, where the row has room before the next mark:
 * the label shortened to fit, or nothing. Keyed by mark key.
 *
 * @example
 * markLabels(layout).get("moscow-offer") // "Putin offers to meet Zelensky in…"
 */
export function markLabels(layout: Layout): Map<string, string> {
  const rows = new Map<string, Mark[]>();
  for (const m of layout.marks) {
    const key = `${m.lane}/${m.row}`;
    const row = rows.get(key);
    if (row) row.push(m);
    else rows.set(key, [m]);
  }
  const out = new Map<string, string>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((m, i) => {
      const next = row[i + 1];
      const limit = next ? Math.min(next.x0, next.x - next.size / 2) : layout.range[1];
      const room = limit - (m.x + m.size / 2) - 10;
      const chars = Math.floor(room / CHAR);
      if (chars >= 8) out.set(m.key, shorten(m.label, chars));
    });
  }
  return out;
}
