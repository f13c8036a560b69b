import type { Entry } from "@briefline/core";
import { prepareEntries, timeAxis, timeScale } from "@briefline/core/layout";
import { type BrushBehavior, brushX } from "d3-brush";
import { select } from "d3-selection";
import { svg } from "../dom.js";

/** The overview strip: where the items are over the whole span, and a brush for the view. */
export interface Overview {
  /** Redraws the density of `entries` over `full`, in the pixel range. */
  draw(
    entries: readonly Entry[],
    full: [number, number],
    range: [number, number],
    width: number,
    timezone: string,
  ): void;
  /** Moves the brush to show `domain` (without reporting it back). */
  show(domain: [number, number]): void;
  destroy(): void;
}

const HEIGHT = 44;

/**
 * Creates the overview strip in `host`: a density histogram of the items and a d3
 * brush whose extent is the detail view's domain. Brushing calls `onBrush`.
 *
 * @example
 * const overview = createOverview(host, (domain) => timeline.zoomTo(domain[0], domain[1]));
 */
export function createOverview(host: HTMLElement, onBrush: (domain: [number, number]) => void): Overview {
  const doc = host.ownerDocument;
  const root = svg(doc, "svg", { role: "img", "aria-label": "Overview of all items; drag to choose the period shown" });
  const density = svg(doc, "path", { class: "blt-density" });
  const ticks = svg(doc, "g", { "aria-hidden": "true" });
  const brushG = svg(doc, "g", { class: "blt-brush" });
  root.append(density, ticks, brushG);
  host.append(root);
  let range: [number, number] = [0, 1];
  // The whole period over the strip's width, through core's time scale.
  let x = timeScale([0, 1], range);
  let quiet = false;
  const toTime = (px: number) => x.invert(px).getTime();
  const brush: BrushBehavior<unknown> = brushX().on("brush end", (event) => {
    if (quiet || !event.sourceEvent || !event.selection) return;
    const [a, b] = event.selection as [number, number];
    if (b - a >= 2) onBrush([toTime(a), toTime(b)]);
  });
  return {
    draw(entries, fullDomain, pixelRange, width, timezone) {
      range = pixelRange;
      x = timeScale(fullDomain, range);
      root.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
      root.setAttribute("width", String(width));
      root.setAttribute("height", String(HEIGHT));
      const bins = Math.max(10, Math.floor((range[1] - range[0]) / 3));
      const counts = new Float64Array(bins);
      // Each item counts at its midpoint, as the layout (which has them at hand) reads it.
      const { mid } = prepareEntries(entries);
      const step = (range[1] - range[0]) / bins;
      for (let j = 0; j < mid.length; j++) {
        const i = Math.floor((x(mid[j] as number) - range[0]) / step);
        if (i >= 0 && i < bins) counts[i] = (counts[i] as number) + 1;
      }
      let max = 1;
      for (const c of counts) if (c > max) max = c;
      // Square-root scale: one item stays visible next to a peak of hundreds.
      const y = (c: number) => HEIGHT - 2 - (Math.sqrt(c) / Math.sqrt(max)) * (HEIGHT - 16);
      let d = `M${range[0]},${HEIGHT - 2}`;
      counts.forEach((c, i) => {
        d += `L${(range[0] + i * step).toFixed(1)},${y(c).toFixed(1)}L${(range[0] + (i + 1) * step).toFixed(1)},${y(c).toFixed(1)}`;
      });
      density.setAttribute("d", `${d}L${range[1]},${HEIGHT - 2}Z`);
      ticks.replaceChildren();
      for (const t of timeAxis(fullDomain, range, timezone, 90).ticks) {
        ticks.append(svg(doc, "text", { class: "blt-ov-tick", x: t.x + 3, y: 11 }, t.label));
      }
      brush.extent([
        [range[0], 0],
        [range[1], HEIGHT],
      ]);
      select(brushG).call(brush);
    },
    show(domain) {
      quiet = true;
      const a = Math.max(range[0], x(domain[0]));
      const b = Math.min(range[1], x(domain[1]));
      select(brushG).call(brush.move, b - a >= 1 ? [a, b] : null);
      quiet = false;
    },
    destroy() {
      root.remove();
    },
  };
}
