import { type Cluster, type Layout, type Measure, measureDejaVu } from "@briefline/core/layout";
import { select } from "d3-selection";
import { createMeasure } from "./measure.js";

/** How one cluster is drawn: a "+N" badge for a lane's overflow, a heat cell in a dense lane. */
export interface ClusterShape {
  x0: number;
  width: number;
  label: string;
  dense: boolean;
  /** Fill strength of a heat cell, 0.15..1 (square root of the count, so single items stay visible). */
  strength: number;
}

const shapesOf = new WeakMap<Layout, ClusterShape[]>();

/** The style counts are written in (`.blt-cluster text`: 11 px, semibold; a heat cell's 500 is measured as 600, a bound). */
const COUNT_STYLE = { size: 11, bold: true } as const;
/** Room around a badge's "+N": 4 px each side, the rounded ends. */
const BADGE_PAD = 8;

const measures = new WeakMap<Document, Measure>();

/**
 * The measure counts are sized with: canvas `measureText` in the chart's font, one per
 * page (its word widths are kept, and a page writes the same few counts again and again).
 *
 * @example
 * countMeasure(svgGroup)("+12", { size: 11, bold: true }) // 19.9
 */
export function countMeasure(el: Element): Measure {
  let measure = measures.get(el.ownerDocument);
  if (!measure) {
    measure = createMeasure(el);
    measures.set(el.ownerDocument, measure);
  }
  return measure;
}

/**
 * The shape of every cluster, by its index in `layout.clusters`: badges sized to their
 * measured count, heat cells filling their time bin (with their count where it fits),
 * shaded against the densest cell in view. Computed once per layout (the SVG layer, the
 * canvas, hit testing and each repaint after a scroll read the same); an array, not a map
 * by id, as a zoom frame of 10k items draws a thousand of them. Without a measure (no
 * page to ask), DejaVu Sans's widths stand in.
 *
 * @example
 * const shape = clusterShapes(layout, countMeasure(root))[layout.clusters.indexOf(cluster)]
 */
export function clusterShapes(layout: Layout, measure: Measure = measureDejaVu): ClusterShape[] {
  const hit = shapesOf.get(layout);
  if (hit) return hit;
  const dense = new Set(layout.lanes.filter((l) => l.dense).map((l) => l.key));
  let max = 1;
  for (const c of layout.clusters) if (dense.has(c.lane) && c.count > max) max = c.count;
  const out: ClusterShape[] = new Array(layout.clusters.length);
  layout.clusters.forEach((c, i) => {
    if (dense.has(c.lane)) {
      const width = Math.max(1, c.x1 - c.x0 - 2);
      const label = String(c.count);
      out[i] = {
        x0: c.x0 + 1 - c.x,
        width,
        label: width >= measure(label, COUNT_STYLE) + 4 ? label : "",
        dense: true,
        strength: 0.15 + 0.85 * Math.sqrt(c.count / max),
      };
    } else {
      const label = `+${c.count}`;
      const width = Math.ceil(measure(label, COUNT_STYLE)) + BADGE_PAD;
      out[i] = { x0: -width / 2, width, label, dense: false, strength: 1 };
    }
  });
  shapesOf.set(layout, out);
  return out;
}

/**
 * Draws clusters as SVG (for a few hundred; beyond, the canvas draws them), joined by id.
 *
 * @example
 * drawClustersSvg(bodyGroup, layout, layout.clusters)
 */
export function drawClustersSvg(g: SVGGElement, layout: Layout, clusters: readonly Cluster[]): void {
  if (!clusters.length && !g.querySelector(":scope > g.blt-cluster")) return;
  // `clusters` is the layout's own list (or empty): shapes are found by index.
  const shapes = clusters.length ? clusterShapes(layout, countMeasure(g)) : [];
  select(g)
    .selectAll<SVGGElement, Cluster>("g.blt-cluster")
    .data(clusters, (c) => c.id)
    .join((enter) => {
      const c = enter.append("g").attr("role", "button").attr("tabindex", -1);
      c.append("rect").attr("height", 16).attr("y", -8);
      c.append("text").attr("text-anchor", "middle").attr("dy", "0.35em");
      return c;
    })
    .attr("class", (_, i) => (shapes[i]?.dense ? "blt-cluster dense" : "blt-cluster"))
    .attr("data-cluster", (c) => c.id)
    .attr("transform", (c) => `translate(${c.x},${c.y})`)
    .attr("aria-label", (c) => `${c.count === 1 ? "1 item" : `${c.count} items`} here; activate to zoom in`)
    .each(function (_, i) {
      const shape = shapes[i] as ClusterShape;
      const el = select(this);
      el.select("rect")
        .attr("x", shape.x0)
        .attr("width", shape.width)
        .attr("rx", shape.dense ? 2 : 8)
        .attr("fill-opacity", shape.dense ? shape.strength : null);
      el.select("text")
        .attr("x", shape.dense ? shape.x0 + shape.width / 2 : 0)
        .attr("class", shape.dense && shape.strength > 0.6 ? "strong" : null)
        .text(shape.label);
    });
}

/** The font of cluster counts on the canvas (the SVG's `.blt-cluster text` style). */
export const CLUSTER_FONT = "600 11px system-ui, sans-serif";

const serialised = new Map<string, string>();

/**
 * Sets a canvas context's font unless it is set already. Setting `font` parses the
 * string and resolves the face each time (about a millisecond in Chromium, more under
 * load: as much as drawing a thousand counts), so a frame that sets the font it already
 * has pays for nothing. The context reports the font in its own serialisation, which is
 * learnt on the first set.
 *
 * @example
 * setFont(ctx, CLUSTER_FONT)
 */
export function setFont(ctx: Pick<CanvasRenderingContext2D, "font">, font: string): void {
  const known = serialised.get(font);
  if (known !== undefined && ctx.font === known) return;
  ctx.font = font;
  if (known === undefined) serialised.set(font, ctx.font);
}

/**
 * Draws clusters on a canvas whose transform maps layout coordinates, with the
 * theme's colours.
 *
 * @example
 * drawClustersCanvas(ctx, layout, { fill, text, strongText, badge, border })
 */
export function drawClustersCanvas(
  ctx: CanvasRenderingContext2D,
  layout: Layout,
  colors: { accent: string; text: string; strongText: string; badge: string; border: string },
  band: [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): void {
  const shapes = clusterShapes(layout, countMeasure(ctx.canvas));
  const all = layout.clusters;
  // The clusters in the band, by index (one pass; the three below read only these).
  const inBand: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const y = (all[i] as Cluster).y;
    if (y >= band[0] - 10 && y <= band[1] + 10) inBand.push(i);
  }
  // Heat cells are filled in ten shades, one path per shade; badges and labels follow.
  const shades = new Map<number, number[]>();
  for (const i of inBand) {
    const s = shapes[i] as ClusterShape;
    if (!s.dense) continue;
    const level = Math.round(s.strength * 10);
    const list = shades.get(level);
    if (list) list.push(i);
    else shades.set(level, [i]);
  }
  ctx.fillStyle = colors.accent;
  for (const [level, list] of shades) {
    ctx.globalAlpha = level / 10;
    ctx.beginPath();
    for (const i of list) {
      const c = all[i] as Cluster;
      const s = shapes[i] as ClusterShape;
      ctx.rect(c.x + s.x0, c.y - 8, s.width, 16);
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.fillStyle = colors.badge;
  ctx.strokeStyle = colors.border;
  for (const i of inBand) {
    const c = all[i] as Cluster;
    const s = shapes[i] as ClusterShape;
    if (s.dense) continue;
    ctx.beginPath();
    ctx.roundRect(c.x + s.x0, c.y - 8, s.width, 16, 8);
    ctx.fill();
    ctx.stroke();
  }
  setFont(ctx, CLUSTER_FONT);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const strong of [false, true]) {
    ctx.fillStyle = strong ? colors.strongText : colors.text;
    for (const i of inBand) {
      const c = all[i] as Cluster;
      const s = shapes[i] as ClusterShape;
      if (!s.label || (s.dense && s.strength > 0.6) !== strong) continue;
      ctx.fillText(s.label, c.x + (s.dense ? s.x0 + s.width / 2 : 0), c.y + 0.5);
    }
  }
}
