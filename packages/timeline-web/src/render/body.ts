import { fitText, type Layout, type Measure, measureDejaVu } from "@briefline/core/layout";
import { patch, type Spec, spec, svg } from "../dom.js";
import { drawArcs } from "./arcs.js";
import { drawClustersSvg } from "./clusters.js";
import { drawLabels } from "./labels.js";
import { drawMarks, type MarkDrawOptions } from "./marks-svg.js";

/**
 * Draws the lanes of a layout into `g`: backgrounds, gridlines at the ticks, lane
 * labels with counts, cluster badges, relation arcs and (unless a canvas draws them)
 * the marks. Coordinates are the layout's: the caller translates `g` by the lanes' top.
 *
 * @example
 * drawBody(bodyGroup, layout, { doc: document, svgMarks: true, svgClusters: true, selected: null, active: null, describe, labels: true })
 */
export function drawBody(
  g: SVGGElement,
  layout: Layout,
  opts: MarkDrawOptions & { svgMarks: boolean; svgClusters: boolean; measure?: Measure },
): void {
  const measure = opts.measure ?? measureDejaVu;
  const { doc } = opts;
  const [r0, r1] = layout.range;
  const top = layout.axis.y + layout.axis.height;
  let back = g.querySelector<SVGGElement>(":scope > .blt-back");
  if (!back) {
    back = svg(doc, "g", { class: "blt-back", "aria-hidden": "true" });
    g.prepend(back);
  }
  // Described, then patched into the nodes already there: a zoom moves gridlines and
  // changes counts, and rewriting those attributes costs less than new elements.
  // Each part is a group of its own, so a part whose length changes (the gridlines)
  // does not shift the others onto nodes of another kind.
  const rows: Spec[] = [];
  layout.lanes.forEach((lane, i) => {
    rows.push(
      spec("rect", {
        class: i % 2 ? "blt-lane-bg alt" : "blt-lane-bg",
        x: 0,
        y: lane.y,
        width: layout.width,
        height: lane.height,
      }),
      spec("line", {
        class: "blt-lane-sep",
        x1: 0,
        x2: layout.width,
        y1: lane.y + lane.height,
        y2: lane.y + lane.height,
      }),
    );
  });
  // Periods (TimelineJS eras) shade the lanes behind everything else; their names are in the head.
  const periods: Spec[] = [];
  (layout.periods ?? []).forEach((p, i) => {
    periods.push(
      spec(
        "rect",
        {
          class: i % 2 ? "blt-period alt" : "blt-period",
          x: p.x0,
          y: top,
          width: Math.max(0, p.x1 - p.x0),
          height: Math.max(0, layout.height - top),
        },
        spec("title", {}, p.title),
      ),
    );
  });
  const grid = layout.axis.ticks.map((t) =>
    spec("line", { class: "blt-gridline", x1: t.x, x2: t.x, y1: top, y2: layout.height }),
  );
  const labels: Spec[] = [];
  for (const lane of layout.lanes) {
    const text = fitText(lane.label, r0 - 28, measure, { size: 12 });
    labels.push(
      spec("text", { class: "blt-lane-label", x: 10, y: lane.y + 18 }, text, spec("title", {}, lane.label)),
      spec(
        "text",
        { class: "blt-lane-count", x: 10, y: lane.y + 32, display: lane.height >= 40 ? null : "none" },
        `${lane.count} item${lane.count === 1 ? "" : "s"}`,
      ),
    );
  }
  if (layout.lanes.length === 0) {
    labels.push(
      spec(
        "text",
        { class: "blt-empty", x: (r0 + r1) / 2, y: top + 28, "text-anchor": "middle" },
        "No items match the filters.",
      ),
    );
  }
  patch(back, [
    spec("g", { class: "blt-lane-rows" }, ...rows),
    spec("g", { class: "blt-period-bands" }, ...periods),
    spec("g", { class: "blt-grid" }, ...grid),
    spec("rect", { class: "blt-labels-bg", x: 0, y: top, width: r0 - 8, height: layout.height - top }),
    spec("g", { class: "blt-lane-names" }, ...labels),
  ]);
  drawArcs(g, layout, doc);
  drawClustersSvg(g, layout, opts.svgClusters ? layout.clusters : []);
  drawMarks(g, opts.svgMarks ? layout : { ...layout, marks: [] }, opts);
  drawLabels(g, opts.labels ? layout : { ...layout, labels: [] }, doc);
}
