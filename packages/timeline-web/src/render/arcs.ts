import type { Layout } from "@briefline/core/layout";
import { svg } from "../dom.js";

/**
 * Draws the layout's relation arcs into a group of their own (emptied first), each long
 * enough with its relation type at the apex.
 *
 * @example
 * drawArcs(bodyGroup, layout, document)
 */
export function drawArcs(g: SVGGElement, layout: Layout, doc: Document): void {
  let layer = g.querySelector<SVGGElement>(":scope > .blt-arcs");
  if (!layer) {
    layer = svg(doc, "g", { class: "blt-arcs", "aria-hidden": "true" });
    g.append(layer);
  }
  layer.replaceChildren();
  for (const arc of layout.arcs) {
    layer.append(svg(doc, "path", { class: "blt-arc", d: arc.path }));
    const n = (arc.path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (n.length === 8) {
      const [x0, y0, , top, , , x1, y1] = n as [number, number, number, number, number, number, number, number];
      // A short arc has no room for its word; the details panel names the relation.
      if (Math.abs(x1 - x0) < 70) continue;
      const y = 0.125 * y0 + 0.75 * top + 0.125 * y1;
      layer.append(
        svg(
          doc,
          "text",
          { class: "blt-arc-label", x: (x0 + x1) / 2, y: y - 3, "text-anchor": "middle" },
          arc.type.replace(/_/g, " "),
        ),
      );
    }
  }
}
