import type { Layout, Mark, Measure } from "@briefline/core/layout";
import type { Skeleton } from "../skeleton.js";
import { drawBody } from "./body.js";
import { drawHead } from "./head.js";
import { clearCanvas, drawCanvasMarks, paletteOf } from "./marks-canvas.js";

/** What drawing the chart needs besides the layout. */
export interface ChartDrawOptions {
  selected: string | null;
  active: string | null;
  describe: (m: Mark) => string;
  /** What the marks are drawn from: marks drawn from a new source take their names anew. */
  source?: unknown;
  canvasThreshold: number;
  /** The text measure the layout was made with (lane names are fitted with it). */
  measure?: Measure;
}

/** The chart part of a timeline: the head, the lanes and the canvas layer. */
export interface ChartView {
  draw(layout: Layout, opts: ChartDrawOptions): void;
  /** Moves keyboard focus to a mark (its SVG element, or the focus proxy over the canvas). */
  focus(mark: Mark, describe: (m: Mark) => string): void;
  destroy(): void;
}

/**
 * Draws layouts into the skeleton: marks as SVG up to `canvasThreshold`, on the canvas
 * beyond (and clusters on the canvas beyond 300). The canvas covers only the lanes on
 * screen and is repainted after a scroll, without a new layout.
 *
 * @example
 * const chart = createChartView(skeleton, "blt1"); chart.draw(layout, { selected: null, active: null, describe, canvasThreshold: 800 });
 */
export function createChartView(sk: Skeleton, uid: string): ChartView {
  const doc = sk.root.ownerDocument;
  const view = doc.defaultView as Window & typeof globalThis;
  let layout: Layout | null = null;
  let what = { marks: false, clusters: false };
  let frame = 0;
  const top = () => (layout ? layout.axis.y + layout.axis.height : 0);

  // The canvas reaches one screen above and below the window, so a scroll shows marks
  // at once; for printing it covers every lane. The first paint covers the window only
  // (a canvas costs its area to allocate and to hand to the compositor, so the first
  // frame comes sooner) and the screens around it are added when the browser is idle.
  let wide = false;
  let idle = 0;
  // A zoom frame that would have to make the canvas taller (lanes opening into marks)
  // paints the window only, and the screens around it wait for the idle time, as on the
  // first paint: a canvas three windows tall costs tens of milliseconds to allocate.
  const paint = (all = false, measured?: DOMRect, growLater = false): boolean => {
    if (!layout || sk.canvas.hidden) return false;
    const rect = measured ?? sk.body.getBoundingClientRect();
    const bandOf = (margin: number): [number, number] => {
      const y0 = all ? 0 : Math.max(0, -rect.top - margin);
      const y1 = Math.min((layout as Layout).height - top(), all ? 16_000 : view.innerHeight - rect.top + margin);
      return y1 > y0 ? [top() + y0, top() + y1] : [top(), top() + 1];
    };
    let band = bandOf(wide ? view.innerHeight : 0);
    const ratio = view.devicePixelRatio || 1;
    const narrowed = growLater && wide && Math.round((band[1] - band[0]) * ratio) > sk.canvas.height;
    if (narrowed) band = bandOf(0);
    drawCanvasMarks(sk.canvas, layout, top(), band, sk.root, what);
    return narrowed;
  };
  const whenIdle = (run: () => void): number =>
    view.requestIdleCallback ? view.requestIdleCallback(run, { timeout: 400 }) : view.setTimeout(run, 50);
  const cancelIdle = () => {
    if (!idle) return;
    if (view.cancelIdleCallback) view.cancelIdleCallback(idle);
    else view.clearTimeout(idle);
    idle = 0;
  };
  const onScroll = () => {
    if (sk.canvas.hidden || frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      paint();
    });
  };
  view.addEventListener("scroll", onScroll, { passive: true, capture: true });
  const onPrint = () => paint(true);
  view.addEventListener("beforeprint", onPrint);

  const placeProxy = (active: string | null, describe: (m: Mark) => string) => {
    const m = layout && what.marks ? layout.marks.find((x) => x.key === (active ?? layout?.marks[0]?.key)) : undefined;
    sk.focusProxy.setAttribute("tabindex", m ? "0" : "-1");
    if (!m) {
      sk.focusProxy.setAttribute("display", "none");
      return;
    }
    sk.focusProxy.removeAttribute("display");
    sk.focusProxy.setAttribute("transform", `translate(${m.x},${m.y - top()})`);
    sk.focusProxy.setAttribute("aria-label", describe(m));
    sk.focusProxy.setAttribute("data-key", m.key);
  };

  return {
    draw(next, opts) {
      // Measured before anything is written, while the page's layout is still clean: a
      // read after the writes would force the browser to lay the page out twice a frame.
      // The canvas's colours likewise (read once per theme).
      const rect = sk.body.getBoundingClientRect();
      const svgMarks = next.marks.length <= opts.canvasThreshold;
      // Clusters join the marks on the canvas: when lanes open into marks, a few hundred
      // badges as SVG would cost more (nodes, styles, layout) than the marks themselves.
      const svgClusters = svgMarks && next.clusters.length <= 300;
      if (!svgMarks || !svgClusters) paletteOf(sk.root);
      layout = next;
      const w = next.width;
      sk.headSvg.setAttribute("width", String(w));
      sk.headSvg.setAttribute("height", String(top()));
      drawHead(sk.headG, next, { doc, uid, measure: opts.measure });
      sk.bodySvg.setAttribute("width", String(w));
      sk.bodySvg.setAttribute("height", String(Math.max(40, next.height - top())));
      sk.bodyG.setAttribute("transform", `translate(0,${-top()})`);
      drawBody(sk.bodyG, next, { doc, svgMarks, svgClusters, ...opts, labels: true });
      what = { marks: !svgMarks, clusters: !svgClusters };
      sk.canvas.hidden = svgMarks && svgClusters;
      if (sk.canvas.hidden) clearCanvas(sk.canvas);
      else {
        const narrowed = paint(false, rect, true);
        if ((!wide || narrowed) && !idle)
          idle = whenIdle(() => {
            idle = 0;
            wide = true;
            paint();
          });
      }
      placeProxy(opts.active, opts.describe);
    },
    focus(mark, describe) {
      const key = mark.key.replace(/["\\]/g, "\\$&");
      for (const other of sk.bodyG.querySelectorAll<SVGGElement>("g.blt-mark[tabindex='0']"))
        other.setAttribute("tabindex", "-1");
      const el = sk.bodyG.querySelector<SVGGElement>(`g.blt-mark[data-key="${key}"]`);
      if (el) {
        el.setAttribute("tabindex", "0");
        el.focus();
      } else {
        placeProxy(mark.key, describe);
        sk.focusProxy.focus();
      }
      sk.live.textContent = describe(mark);
    },
    destroy() {
      cancelIdle();
      view.removeEventListener("scroll", onScroll, { capture: true });
      view.removeEventListener("beforeprint", onPrint);
      if (frame) view.cancelAnimationFrame(frame);
    },
  };
}
