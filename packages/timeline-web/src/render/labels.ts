import type { Layout } from "@briefline/core/layout";
import { svg } from "../dom.js";

/**
 * Draws the labels the layout placed (core's `placeLabels`: by priority, measured with
 * this page's font, none over another label or a mark) into their own layer above the
 * marks, with a leader line where a label sits in another row. Elements are reused from
 * one zoom frame to the next and touched only where something changed.
 *
 * @example
 * drawLabels(bodyGroup, layout, document)
 */
export function drawLabels(g: SVGGElement, layout: Layout, doc: Document): void {
  let layer = g.querySelector<SVGGElement>(":scope > g.blt-labels");
  if (!layer) {
    layer = svg(doc, "g", { class: "blt-labels", "aria-hidden": "true" });
    g.append(layer);
  }
  const kids = layer.children;
  let i = 0;
  for (const l of layout.labels) {
    if (l.leader) {
      const line = reuse(layer, kids, i++, "line", doc);
      set(line, "class", "blt-leader");
      set(line, "x1", String(l.leader.x1));
      set(line, "y1", String(l.leader.y1));
      set(line, "x2", String(l.leader.x2));
      set(line, "y2", String(l.leader.y2));
    }
    const text = reuse(layer, kids, i++, "text", doc);
    set(text, "class", l.kind === "number" ? "blt-mark-label number" : "blt-mark-label");
    set(text, "x", String(l.x));
    set(text, "y", String(l.y));
    set(text, "dy", "0.35em");
    set(text, "data-key", l.key);
    if (text.textContent !== l.text) text.textContent = l.text;
  }
  while (kids.length > i) (layer.lastChild as Element).remove();
}

function reuse(layer: SVGGElement, kids: HTMLCollection, i: number, tag: "line" | "text", doc: Document): Element {
  const el = kids[i];
  if (el && el.tagName === tag) return el;
  const fresh = svg(doc, tag, {});
  layer.insertBefore(fresh, el ?? null);
  return fresh;
}

function set(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
