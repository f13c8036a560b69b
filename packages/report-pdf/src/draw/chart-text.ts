import type { Measure } from "@briefline/core/layout";
import type { FontSet } from "../fonts/font-set.js";
import type { TextStyle } from "../text/types.js";
import { typeset } from "../text/typeset.js";
import { INK } from "./styles.js";

/**
 * The style the chart's mark labels, legend and axis bands are set in. The layout is
 * given the same size (`labelStyle: { size: CHART_LABEL.size }`) and measures with
 * {@link chartMeasure}, so a label placed by core is exactly as wide as it is drawn.
 */
export const CHART_LABEL = { face: "sans", size: 6.5, color: INK.text, leading: 1.2 } satisfies TextStyle;

/** The typesetter style of a layout text style: the chart's face, bold or not, at its size. */
export function chartStyle(style: { size: number; bold?: boolean }, color: string = CHART_LABEL.color): TextStyle {
  return { ...CHART_LABEL, face: style.bold ? "sans-bold" : "sans", size: style.size, color };
}

/**
 * A layout {@link Measure} from the briefing's embedded fonts: the advance widths the
 * typesetter gives (the faces pdfkit draws with, fallback faces included), so the
 * layout's labels, legend and bands are measured as they will be drawn. Widths are
 * cached per text and style for the one chart.
 *
 * @example
 * computeLayout(chronicle, { width, measure: chartMeasure(fonts), labelStyle: { size: CHART_LABEL.size } });
 */
export function chartMeasure(fonts: FontSet): Measure {
  const cache = new Map<string, number>();
  return (text, style) => {
    const key = `${style.size}|${style.bold ? 1 : 0}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = 0;
      for (const line of typeset([{ text, style: chartStyle(style) }], fonts, { width: Number.POSITIVE_INFINITY }))
        width = Math.max(width, line.width);
      if (cache.size >= 20_000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}
