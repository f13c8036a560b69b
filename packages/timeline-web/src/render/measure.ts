import { type Measure, measureDejaVu } from "@briefline/core/layout";

/**
 * The layout's text measure for this page: canvas `measureText` in the font the chart's
 * text is drawn in (read from the root's computed style), so labels are placed for the
 * widths the browser will really draw. Widths are remembered per text and style. Where
 * a canvas has no 2D context (a DOM without one), DejaVu Sans's widths stand in.
 *
 * @example
 * const measure = createMeasure(root); measure("Putin", { size: 11 }) // 28.3
 */
export function createMeasure(root: Element): Measure {
  const doc = root.ownerDocument;
  const context = doc.createElement("canvas").getContext("2d");
  if (!context) return measureDejaVu;
  let family = "";
  const known = new Map<string, number>();
  return (text, style) => {
    if (!family) {
      family = doc.defaultView?.getComputedStyle(root).fontFamily || "sans-serif";
    }
    const key = `${style.bold ? "b" : ""}${style.size}|${text}`;
    let w = known.get(key);
    if (w === undefined) {
      context.font = `${style.bold ? "600 " : ""}${style.size}px ${family}`;
      w = context.measureText(text).width;
      if (known.size > 20_000) known.clear();
      known.set(key, w);
    }
    return w;
  };
}
