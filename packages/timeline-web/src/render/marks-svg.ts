import type { Layout, Mark } from "@briefline/core/layout";
import { select } from "d3-selection";
import { markLabels } from "./labels.js";

/** What drawing marks needs besides the layout. */
export interface MarkDrawOptions {
  doc: Document;
  /** Key or id of the selected item. */
  selected: string | null;
  /** The mark that holds keyboard focus (roving tabindex). */
  active: string | null;
  /** Accessible name of a mark. */
  describe: (m: Mark) => string;
  /** Draw short labels beside marks where rows have room. */
  labels: boolean;
}

/**
 * Draws marks as SVG, joined by key so that elements (and keyboard focus) survive a
 * redraw while zooming: a translucent bar for a span, the family's symbol, a `?` or
 * `~` for uncertain or approximate dates, hollow symbols for candidates and disputed
 * items, and a focus ring.
 *
 * @example
 * drawMarks(bodyGroup, layout, { doc: document, selected: null, active: null, describe, labels: true })
 */
export function drawMarks(g: SVGGElement, layout: Layout, opts: MarkDrawOptions): void {
  const labels = opts.labels ? markLabels(layout) : new Map<string, string>();
  const layer = select(g)
    .selectAll<SVGGElement, null>("g.blt-marks")
    .data([null])
    .join((e) => e.append("g").attr("class", "blt-marks").attr("role", "group").attr("aria-label", "Items"));
  // Attributes that cannot change for a key (its name, its family) are set when the
  // element is created; a zoom frame only moves marks and refits their labels.
  layer
    .selectAll<SVGGElement, Mark>("g.blt-mark")
    .data(layout.marks, (m) => m.key)
    .join((enter) => {
      const m = enter
        .append("g")
        .attr("role", "button")
        .attr("data-key", (d) => d.key)
        .attr("data-id", (d) => d.id)
        .attr("aria-label", (d) => opts.describe(d));
      m.append("rect").attr("class", "bar").attr("height", 6).attr("y", -3).attr("rx", 3);
      m.append("circle").attr("class", "ring");
      m.append("path").attr("class", "sym");
      m.append("text").attr("class", "q");
      m.append("text").attr("class", "blt-mark-label").attr("dy", "0.35em").attr("dir", "auto");
      return m;
    })
    .attr("class", (m) => {
      const hollow = m.status !== "confirmed" ? " hollow" : "";
      const selected = m.id === opts.selected ? " selected" : "";
      return `blt-mark fam-${m.family}${hollow}${selected}`;
    })
    .attr("transform", (m) => `translate(${m.x},${m.y})`)
    .attr("tabindex", (m) => (m.key === opts.active ? 0 : -1))
    .attr("aria-current", (m) => (m.id === opts.selected ? "true" : null))
    .each(function (m) {
      const g = select(this);
      const bar = m.span ? `${m.x0 - m.x}|${m.x1 - m.x0}` : "";
      const label = labels.get(m.key) ?? "";
      // Cheap to compare, costly to write: the DOM is touched only where something moved.
      const memo = this as SVGGElement & { __blt?: { bar: string; symbol: string; label: string } };
      const last = memo.__blt;
      if (!last || last.bar !== bar) {
        g.select("rect.bar")
          .attr("display", m.span ? null : "none")
          .attr("class", m.fuzzy || m.precision === "year" || m.precision === "month" ? "bar fuzzy" : "bar")
          .attr("x", m.x0 - m.x)
          .attr("width", Math.max(1, m.x1 - m.x0));
      }
      if (!last || last.symbol !== m.symbol) {
        g.select("path.sym").attr("d", m.symbol);
        g.select("circle.ring").attr("r", m.size * 0.75 + 2);
        g.select("text.q")
          .attr("x", m.size / 2)
          .attr("y", -m.size / 2 + 2)
          .text(m.fuzzy === "uncertain" ? "?" : m.fuzzy === "approximate" ? "~" : m.fuzzy === "both" ? "?~" : "");
      }
      if (!last || last.label !== label) {
        g.select("text.blt-mark-label")
          .attr("x", m.size / 2 + (m.fuzzy ? 12 : 5))
          .text(label);
      }
      memo.__blt = { bar, symbol: m.symbol, label };
    });
}
