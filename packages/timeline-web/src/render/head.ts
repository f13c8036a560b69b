import { fitText, type Layout, type Measure, measureDejaVu } from "@briefline/core/layout";
import { patch, type Spec, spec } from "../dom.js";

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
  const { uid } = ctx;
  const [r0, r1] = layout.range;
  // Described, then patched into the nodes of the last frame (see `patch`).
  const kids: Spec[] = [
    spec("rect", { class: "blt-labels-bg", x: 0, y: 0, width: r0 - 8, height: layout.axis.y + layout.axis.height }),
  ];
  const esc = layout.escalation;
  if (esc) {
    const clipUp = `${uid}-up`;
    const clipDown = `${uid}-down`;
    kids.push(
      spec(
        "defs",
        {},
        spec("clipPath", { id: clipUp }, spec("rect", { x: r0, y: esc.y, width: r1 - r0, height: esc.zeroY - esc.y })),
        spec(
          "clipPath",
          { id: clipDown },
          spec("rect", { x: r0, y: esc.zeroY, width: r1 - r0, height: esc.y + esc.height - esc.zeroY }),
        ),
        spec("clipPath", { id: `${uid}-range` }, spec("rect", { x: r0, y: 0, width: r1 - r0, height: esc.height })),
      ),
      spec(
        "g",
        { "clip-path": `url(#${uid}-range)` },
        spec("path", { class: "blt-esc-area-pos", d: esc.area, "clip-path": `url(#${clipUp})` }),
        spec("path", { class: "blt-esc-area-neg", d: esc.area, "clip-path": `url(#${clipDown})` }),
        spec("line", { class: "blt-esc-zero", x1: r0, x2: r1, y1: esc.zeroY, y2: esc.zeroY }),
        spec("path", { class: "blt-esc-line", d: esc.line }),
      ),
      spec("text", { class: "blt-esc-label", x: 10, y: esc.y + esc.height / 2 + 2 }, "Escalation"),
    );
    // The unit line needs the room a wide label column gives; on a phone the title says enough.
    if (r0 >= 150)
      kids.push(
        spec("text", { class: "blt-esc-sub", x: 10, y: esc.y + esc.height / 2 + 16 }, `intensity per ${esc.unit}`),
      );
    kids.push(
      spec(
        "text",
        { class: "blt-esc-sub", x: r0 - 14, y: esc.y + 12, "text-anchor": "end" },
        esc.max > 0 ? `+${fmt(esc.max)}` : "0",
      ),
      spec("text", { class: "blt-esc-sub", x: r0 - 14, y: esc.y + esc.height - 4, "text-anchor": "end" }, fmt(esc.min)),
    );
  }
  const periods = periodsSpec(layout, ctx);
  if (periods) kids.push(periods);
  const ay = layout.axis.y;
  const ah = layout.axis.height;
  const bands: Spec[] = [];
  for (const b of layout.axis.bands) {
    if (b.x1 - b.x0 < 2) continue;
    const band = spec("g", { class: "blt-band" }, spec("line", { x1: b.x0, x2: b.x0, y1: ay, y2: ay + ah / 2 - 2 }));
    // The label starts in the band's visible part, so "September 2025" stays readable while
    // panning; it is left out where it would run into the next band.
    if (b.x1 - b.x0 > b.labelWidth + 10) band.kids.push(spec("text", { x: b.x0 + 6, y: ay + 14 }, b.label));
    bands.push(band);
  }
  const ticks = layout.axis.ticks.map((t) =>
    spec(
      "g",
      { class: t.major ? "blt-tick major" : "blt-tick", transform: `translate(${t.x},0)` },
      spec("line", { y1: ay + ah - 14, y2: ay + ah }),
      spec("text", { x: 4, y: ay + ah - 4 }, t.label),
    ),
  );
  kids.push(
    spec(
      "g",
      { class: "blt-axis" },
      spec("line", { class: "blt-esc-zero", x1: 0, x2: layout.width, y1: ay, y2: ay }),
      spec("text", { class: "blt-esc-sub", x: 10, y: ay + ah - 8 }, `Time (${layout.axis.timezone})`),
      // Bands and ticks in groups of their own, so a change in the number of bands does
      // not shift the ticks onto other nodes.
      spec("g", { class: "blt-bands" }, ...bands),
      spec("g", { class: "blt-ticks" }, ...ticks),
    ),
  );
  patch(g, kids);
}

/**
 * The periods' bands over the escalation track, each with its name at the top left where
 * the band is wide enough (cut at a word to fit; the whole name is the band's tooltip).
 */
function periodsSpec(layout: Layout, ctx: DrawContext): Spec | undefined {
  const periods = layout.periods ?? [];
  const height = layout.axis.y;
  if (periods.length === 0 || height < 16) return undefined;
  const style = { size: 10 };
  const group = spec("g", { class: "blt-periods" });
  periods.forEach((p, i) => {
    const width = Math.max(0, p.x1 - p.x0);
    group.kids.push(
      spec(
        "rect",
        { class: i % 2 ? "blt-period alt" : "blt-period", x: p.x0, y: 0, width, height },
        spec("title", {}, p.title),
      ),
    );
    if (width < 40) return;
    const name = fitText(p.title, width - 8, ctx.measure ?? measureDejaVu, style);
    group.kids.push(spec("text", { class: "blt-period-label", x: p.x0 + 4, y: 11 }, name));
  });
  return group;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
