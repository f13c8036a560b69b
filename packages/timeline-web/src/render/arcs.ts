import type { Layout } from "@briefline/core/layout";
import { svg } from "../dom.js";

/**
 * Draws the layout's relation arcs into a group of their own (emptied first), with the
 * relation's name where the layout placed it.
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
    // The layout wrote the relation's name where it covers no label or mark, or left it out.
    if (arc.label)
      layer.append(
        svg(
          doc,
          "text",
          { class: "blt-arc-label", x: arc.label.x, y: arc.label.y, dy: "0.35em", "text-anchor": "middle" },
          arc.label.text,
        ),
      );
  }
}
