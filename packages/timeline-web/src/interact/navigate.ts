import { type Layout, scaleOf } from "@briefline/core/layout";

/** Moves the visible time domain: what zoom buttons, keys, clusters and `zoomTo` call. */
export interface Navigator {
  /** The visible domain (the fitted one until the view is zoomed). */
  domain(): [number, number];
  /** Shows `domain`; `sync` moves d3-zoom's transform too (when the change did not come from it). */
  set(domain: [number, number], sync: boolean): void;
  zoomBy(factor: number): void;
  panBy(fraction: number): void;
  /** Zooms to a pixel span of the current layout, with a 10 % margin (a cluster's bin). */
  zoomToPixels(x0: number, x1: number): void;
  /** Shows a span given as ms, Date or ISO text, or fits all with "fit". */
  zoomTo(from: number | string | Date | "fit", to?: number | string | Date): void;
}

/**
 * The view's navigation over a state holding the domain (null = fitted).
 *
 * @example
 * const nav = createNavigator(state, () => full, () => layout, (d) => zoomer.set(d), schedule);
 * nav.zoomBy(2);
 */
export function createNavigator(
  state: { domain: [number, number] | null },
  fitted: () => [number, number],
  layout: () => Layout | null,
  syncZoom: (domain: [number, number]) => void,
  redraw: () => void,
): Navigator {
  const domain = () => state.domain ?? fitted();
  const set = (d: [number, number], sync: boolean) => {
    state.domain = d;
    if (sync) syncZoom(d);
    redraw();
  };
  return {
    domain,
    set,
    zoomBy(factor) {
      const [a, b] = domain();
      const half = (b - a) / 2 / factor;
      set([(a + b) / 2 - half, (a + b) / 2 + half], true);
    },
    panBy(fraction) {
      const [a, b] = domain();
      set([a + (b - a) * fraction, b + (b - a) * fraction], true);
    },
    zoomToPixels(x0, x1) {
      const l = layout();
      if (!l) return;
      const scale = scaleOf(l);
      const t = (x: number) => scale.invert(x).getTime();
      const pad = (x1 - x0) * 0.1;
      set([t(x0 - pad), t(x1 + pad)], true);
    },
    zoomTo(from, to) {
      if (from === "fit") {
        state.domain = null;
        syncZoom(fitted());
        redraw();
        return;
      }
      const a = toMs(from);
      const b = toMs(to ?? from);
      if (!(Number.isFinite(a) && Number.isFinite(b) && b > a)) {
        throw new RangeError(`invalid zoom range: ${String(from)} – ${String(to)}`);
      }
      set([a, b], true);
    },
  };
}

function toMs(v: number | string | Date): number {
  return typeof v === "number" ? v : v instanceof Date ? v.getTime() : Date.parse(v);
}
