import { timeScale } from "@briefline/core/layout";
import { select } from "d3-selection";
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity, zoomTransform } from "d3-zoom";

/**
 * The scale zooming is relative to: the fitted domain over the pixel range. Read when
 * needed (the range needs the chart's width, which is laid out only on the first render).
 */
export interface ZoomBase {
  domain(): [number, number];
  range(): [number, number];
}

/** Zoom and pan on the chart, reported as time domains. */
export interface ZoomControl {
  /** Moves the view to `domain` without reporting it back. */
  set(domain: [number, number]): void;
  destroy(): void;
}

const MIN_SPAN = 10 * 60_000;

/**
 * Attaches d3-zoom to the chart: drag pans; pinch and Ctrl/⌘ + wheel zoom (a plain
 * wheel keeps scrolling the page, and shows a hint); a horizontal wheel pans; wheel
 * over the axis zooms. Double-click zooms in. Reports each new domain.
 *
 * @example
 * const control = attachZoom(chart, { domain: () => full, range: () => layout.range }, (domain) => redraw(domain), hint);
 */
export function attachZoom(
  target: HTMLElement,
  base: ZoomBase,
  onZoom: (domain: [number, number]) => void,
  hint: (show: boolean) => void,
): ZoomControl {
  // The zoomed view is d3-zoom's transform applied to the layout's time scale over
  // the fitted domain (core's one scale), read back as a domain.
  const domainOf = (t: ZoomTransform): [number, number] => {
    const [a, b] = t.rescaleX(timeScale(base.domain(), base.range())).domain();
    return [(a as Date).getTime(), (b as Date).getTime()];
  };
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    // The extent comes from the layout: d3's default reads the element's size, which
    // forces a synchronous layout of the page on every zoom step.
    .extent(() => {
      const range = base.range();
      return [
        [range[0], 0],
        [range[1], 100],
      ];
    })
    .filter((event: Event) => {
      const e = event as MouseEvent & WheelEvent;
      if (e.type === "wheel") {
        const onAxis = (e.target as Element | null)?.closest?.(".blt-head, .blt-overview");
        if (e.ctrlKey || e.metaKey || onAxis) return true;
        if (Math.abs(e.deltaX) <= Math.abs(e.deltaY)) hint(true);
        return false;
      }
      return !e.button && !(e.target as Element | null)?.closest?.(".blt-cluster");
    })
    .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (!event.sourceEvent) return;
      onZoom(domainOf(event.transform));
    });
  const updateExtent = () => {
    const domain = base.domain();
    const span = domain[1] - domain[0];
    behavior.scaleExtent([0.25, Math.max(1, span / MIN_SPAN)]);
  };
  updateExtent();
  const sel = select(target).call(behavior);
  // A horizontal swipe of a touchpad (or Shift + wheel) pans instead of zooming.
  const onWheel = (e: WheelEvent) => {
    const dx = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
    if (e.ctrlKey || e.metaKey || Math.abs(dx) <= Math.abs(e.shiftKey ? 0 : e.deltaY)) return;
    e.preventDefault();
    behavior.translateBy(sel, -dx, 0);
    onZoom(domainOf(zoomTransform(target)));
  };
  target.addEventListener("wheel", onWheel, { passive: false });
  return {
    set(domain) {
      updateExtent();
      const range = base.range();
      const x = timeScale(base.domain(), range);
      const x0 = x(domain[0]);
      const x1 = x(domain[1]);
      const k = (range[1] - range[0]) / Math.max(1e-9, x1 - x0);
      behavior.transform(sel, zoomIdentity.translate(range[0] - k * x0, 0).scale(k));
    },
    destroy() {
      sel.on(".zoom", null);
      target.removeEventListener("wheel", onWheel);
    },
  };
}
