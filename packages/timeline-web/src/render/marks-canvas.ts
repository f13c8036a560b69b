import { type Layout, type Mark, type MarkFamily, traceSymbol } from "@briefline/core/layout";
import { CLUSTER_FONT, drawClustersCanvas, setFont } from "./clusters.js";

const FAMILIES: MarkFamily[] = ["threat", "offer", "meeting", "rejection", "other"];

/**
 * Draws marks (and, when asked, clusters) on a canvas, for densities where thousands of
 * SVG nodes would make zooming stutter. The canvas covers only the time range and the
 * part of the lanes on screen, `band` (layout coordinates, from `top`, the lanes' top),
 * so its size and cost follow the window, not the data; marks of one family share one
 * path and one fill. Colours come from the timeline's CSS variables, so themes apply.
 *
 * @example
 * drawCanvasMarks(canvas, layout, top, [top, top + 800], root, { marks: true, clusters: false })
 */
export function drawCanvasMarks(
  canvas: HTMLCanvasElement,
  layout: Layout,
  top: number,
  band: [number, number],
  styleRoot: Element,
  what: { marks: boolean; clusters: boolean },
): void {
  const view = canvas.ownerDocument.defaultView;
  const ratio = view?.devicePixelRatio ?? 1;
  // Nothing is drawn outside the time range (the lane labels sit left of it), so the
  // canvas spans the range only: fewer pixels to allocate, clear and composite.
  const left = Math.floor(layout.range[0]);
  const width = Math.max(1, Math.ceil(layout.range[1]) - left);
  const height = Math.max(1, Math.round(band[1] - band[0]));
  // Setting a canvas's size allocates its pixels again (tens of milliseconds for a window
  // of them in software rendering), so the canvas does not shrink when the band does:
  // a zoom that opens the lanes into marks makes the layout taller, and the zoom back
  // out would otherwise pay for a second allocation. It keeps its height up to three
  // windows (the most a band on screen reaches); what lies below the band stays clear,
  // and the chart, which clips its content, hides it.
  const rows = Math.round(height * ratio);
  const cap = Math.round(3 * (view?.innerHeight ?? height) * ratio);
  if (
    canvas.width !== Math.round(width * ratio) ||
    canvas.height < rows ||
    (canvas.height > rows && canvas.height > cap)
  ) {
    canvas.width = Math.round(width * ratio);
    canvas.height = rows;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  canvas.style.left = `${left}px`;
  canvas.style.top = `${band[0] - top}px`;
  top = band[0];
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, -left * ratio, -top * ratio);
  const palette = paletteOf(styleRoot);
  const { color, bg } = palette;
  // Outside save/restore, so the next frame finds it set.
  if (what.clusters) setFont(ctx, CLUSTER_FONT);
  ctx.save();
  ctx.beginPath();
  ctx.rect(layout.range[0], top, layout.range[1] - layout.range[0], height);
  ctx.clip();
  if (what.clusters) {
    drawClustersCanvas(ctx, layout, palette, band);
  }
  const marks = what.marks ? layout.marks.filter((m) => m.y > band[0] - 12 && m.y < band[1] + 12) : [];
  // One path per family and style: thousands of marks become a handful of fill() calls.
  const groups = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = `${m.family}|${m.status !== "confirmed" ? "hollow" : "solid"}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  for (const [key, list] of groups) {
    const family = key.split("|")[0] as MarkFamily;
    ctx.fillStyle = color[family];
    for (const fuzzy of [true, false]) {
      ctx.globalAlpha = fuzzy ? 0.16 : 0.28;
      ctx.beginPath();
      for (const m of list) {
        if (!m.span || (m.fuzzy !== null || m.precision === "month" || m.precision === "year") !== fuzzy) continue;
        ctx.rect(m.x0, m.y - 3, Math.max(1, m.x1 - m.x0), 6);
      }
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = 1;
  for (const [key, list] of groups) {
    const [family, style] = key.split("|") as [MarkFamily, string];
    ctx.beginPath();
    for (const m of list) traceSymbol(ctx, m.shape, m.size, m.x, m.y);
    ctx.fillStyle = style === "hollow" ? bg : color[family];
    ctx.strokeStyle = style === "hollow" ? color[family] : bg;
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

/** The colours the canvas draws with. */
export interface Palette {
  color: Record<MarkFamily, string>;
  bg: string;
  accent: string;
  text: string;
  strongText: string;
  badge: string;
  border: string;
}

const palettes = new WeakMap<Element, { key: string; palette: Palette }>();

/**
 * The theme's colours, read from the CSS variables once per theme (reading computed
 * styles in every frame costs more than drawing a thousand marks). Reading them while
 * the page's styles are clean is cheap; after DOM writes it makes the browser
 * recalculate the styles of the whole chart first, so a caller about to write reads
 * them before (see the chart view).
 *
 * @example
 * paletteOf(root).color.threat // "#c0392b"
 */
export function paletteOf(root: Element): Palette {
  const view = root.ownerDocument.defaultView;
  const dark = view?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const key = `${(root as HTMLElement).dataset.theme ?? ""}|${dark}`;
  const hit = palettes.get(root);
  if (hit?.key === key) return hit.palette;
  const styles = view?.getComputedStyle(root);
  const v = (name: string, fallback: string) => styles?.getPropertyValue(name).trim() || fallback;
  const palette: Palette = {
    color: Object.fromEntries(FAMILIES.map((f) => [f, v(`--c-${f}`, "#666")])) as Record<MarkFamily, string>,
    bg: v("--bg", "#fff"),
    accent: v("--accent", "#0b5cad"),
    text: v("--text", "#1b2230"),
    strongText: v("--accent-text", "#ffffff"),
    badge: v("--surface-2", "#eceef2"),
    border: v("--border", "#d9dde4"),
  };
  palettes.set(root, { key, palette });
  return palette;
}

/** Clears a canvas (when everything goes back to SVG). */
export function clearCanvas(canvas: HTMLCanvasElement): void {
  canvas.getContext("2d")?.clearRect(0, 0, canvas.width, canvas.height);
}
