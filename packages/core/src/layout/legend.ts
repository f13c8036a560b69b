import { FAMILIES, FAMILY_STYLE } from "./styles.js";
import { symbolPath } from "./symbols.js";
import type { LegendEntry } from "./types.js";

/**
 * The legend: one entry per family, in order, with the symbol at `size`.
 *
 * @example
 * legendOf(12).map((l) => l.label) // ["Threats, warnings, ultimatums", "Offers, proposals", …]
 */
export function legendOf(size = 12): LegendEntry[] {
  return FAMILIES.map((family) => {
    const { shape, color, label } = FAMILY_STYLE[family];
    return { family, shape, color, label, symbol: symbolPath(shape, size) };
  });
}
