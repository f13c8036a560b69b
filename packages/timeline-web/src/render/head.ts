import { fitText, type Layout, type Measure, measureDejaVu } from "@briefline/core/layout";
import { svg } from "../dom.js";

/** Ids unique to one timeline, for clip paths (several timelines may share a page). */
export interface DrawContext {
  doc: Document;
  uid: string;
  /** How the page measures text (periods' names are fitted to their bands); DejaVu's widths by default. */
  measure?: Measure;
}

/**
 * Draws the escalation track and the time axis of a layout into `g` (emptied first):
 * the area above zero (cooperation) and below (hostility) in their colours, the curve,
 * the bands (months under days…) and the ticks.
 *
 * @example
 * drawHead(headGroup, layout, { doc: document, uid: "t1" })
 */
export function drawHead(g: SVGGElement, layout: Layout, ctx: DrawContext): void {
  const { doc, uid } = ctx;
  g.replaceChildren();
  const [r0, r1] = layout.range;
  g.append(
    svg(doc, "rect", { class: "blt-labels-bg", x: 0, y: 0, width: r0 - 8, height: layout.axis.y + layout.axis.height }),
  );
  const esc = layout.escalation;
  if (esc) {
    const clipUp = `${uid}-up`;
    const clipDown = `${uid}-down`;
    g.append(
      svg(
        doc,
        "defs",
        {},
        svg(
          doc,
          "clipPath",
          { id: clipUp },
          svg(doc, "rect", { x: r0, y: esc.y, width: r1 - r0, height: esc.zeroY - esc.y }),
        ),
        svg(
          doc,
          "clipPath",
          { id: clipDown },
          svg(doc, "rect", { x: r0, y: esc.zeroY, width: r1 - r0, height: esc.y + esc.height - esc.zeroY }),
        ),
        svg(
          doc,
          "clipPath",
          { id: `${uid}-range` },
          svg(doc, "rect", { x: r0, y: 0, width: r1 - r0, height: esc.height }),
        ),
      ),
      svg(
        doc,
        "g",
        { "clip-path": `url(#${uid}-range)` },
        svg(doc, "path", { class: "blt-esc-area-pos", d: esc.area, "clip-path": `url(#${clipUp})` }),
        svg(doc, "path", { class: "blt-esc-area-neg", d: esc.area, "clip-path": `url(#${clipDown})` }),
        svg(doc, "line", { class: "blt-esc-zero", x1: r0, x2: r1, y1: esc.zeroY, y2: esc.zeroY }),
        svg(doc, "path", { class: "blt-esc-line", d: esc.line }),
      ),
      svg(doc, "text", { class: "blt-esc-label", x: 10, y: esc.y + esc.height / 2 + 2 }, "Escalation"),
    );
    // The unit line needs the room a wide label column gives; on a phone the title says enough.
    if (r0 >= 150)
      g.append(
        svg(doc, "text", { class: "blt-esc-sub", x: 10, y: esc.y + esc.height / 2 + 16 }, `intensity per ${esc.unit}`),
      );
    g.append(
      svg(
        doc,
        "text",
        { class: "blt-esc-sub", x: r0 - 14, y: esc.y + 12, "text-anchor": "end" },
        esc.max > 0 ? `+${fmt(esc.max)}` : "0",
      ),
      svg(
        doc,
        "text",
        { class: "blt-esc-sub", x: r0 - 14, y: esc.y + esc.height - 4, "text-anchor": "end" },
        fmt(esc.min),
      ),
    );
  }
  drawPeriods(g, layout, ctx);
  const ay = layout.axis.y;
  const ah = layout.axis.height;
  const axis = svg(doc, "g", { class: "blt-axis" });
  axis.append(svg(doc, "line", { class: "blt-esc-zero", x1: 0, x2: layout.width, y1: ay, y2: ay }));
  axis.append(svg(doc, "text", { class: "blt-esc-sub", x: 10, y: ay + ah - 8 }, `Time (${layout.axis.timezone})`));
  for (const b of layout.axis.bands) {
    if (b.x1 - b.x0 < 2) continue;
    const band = svg(doc, "g", { class: "blt-band" });
    band.append(svg(doc, "line", { x1: b.x0, x2: b.x0, y1: ay, y2: ay + ah / 2 - 2 }));
    // The label starts in the band's visible part, so "September 2025" stays readable while
    // panning; it is left out where it would run into the next band.
    if (b.x1 - b.x0 > b.labelWidth + 10) band.append(svg(doc, "text", { x: b.x0 + 6, y: ay + 14 }, b.label));
    axis.append(band);
  }
  for (const t of layout.axis.ticks) {
    axis.append(
      svg(
        doc,
        "g",
        { class: t.major ? "blt-tick major" : "blt-tick", transform: `translate(${t.x},0)` },
        svg(doc, "line", { y1: ay + ah - 14, y2: ay + ah }),
        svg(doc, "text", { x: 4, y: ay + ah - 4 }, t.label),
      ),
    );
  }
  g.append(axis);
}

/**
 * The periods' bands over the escalation track, each with its name at the top left where
 * the band is wide enough (cut at a word to fit; the whole name is the band's tooltip).
 */
function drawPeriods(g: SVGGElement, layout: Layout, ctx: DrawContext): void {
  const periods = layout.periods ?? [];
  const height = layout.axis.y;
  if (periods.length === 0 || height < 16) return;
  const style = { size: 10 };
  const group = svg(ctx.doc, "g", { class: "blt-periods" });
  periods.forEach((p, i) => {
    const width = Math.max(0, p.x1 - p.x0);
    const band = svg(ctx.doc, "rect", { class: i % 2 ? "blt-period alt" : "blt-period", x: p.x0, y: 0, width, height });
    band.append(svg(ctx.doc, "title", {}, p.title));
    group.append(band);
    if (width < 40) return;
    const name = fitText(p.title, width - 8, ctx.measure ?? measureDejaVu, style);
    group.append(svg(ctx.doc, "text", { class: "blt-period-label", x: p.x0 + 4, y: 11 }, name));
  });
  g.append(group);
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
