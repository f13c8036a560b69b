import { h, svg } from "./dom.js";

/** The static elements of a timeline, created once. */
export interface Skeleton {
  root: HTMLElement;
  overview: HTMLElement;
  main: HTMLElement;
  chart: HTMLElement;
  headSvg: SVGSVGElement;
  headG: SVGGElement;
  body: HTMLElement;
  bodySvg: SVGSVGElement;
  bodyG: SVGGElement;
  canvas: HTMLCanvasElement;
  focusProxy: SVGGElement;
  hint: HTMLElement;
  live: HTMLElement;
}

/**
 * Builds the timeline's frame in `doc`: the chart (a sticky head with the escalation
 * track and axis, a body with lanes, an SVG layer and a canvas layer), the overview
 * strip, a live region for announcements and the wheel hint.
 *
 * @example
 * const sk = createSkeleton(document, "blt1"); element.append(sk.root);
 */
export function createSkeleton(doc: Document, uid: string): Skeleton {
  const headG = svg(doc, "g", {});
  const headSvg = svg(doc, "svg", { class: "blt-head-svg", "aria-hidden": "true" }, headG);
  const bodyG = svg(doc, "g", {});
  const focusProxy = svg(
    doc,
    "g",
    { class: "blt-focus-proxy", role: "button", tabindex: -1, display: "none" },
    svg(doc, "circle", { class: "blt-focus-ring on", r: 10 }),
  );
  const bodySvg = svg(
    doc,
    "svg",
    {
      class: "blt-body-svg",
      role: "group",
      "aria-label": "Lanes and items. Arrow keys move between items, Enter opens one.",
    },
    bodyG,
    focusProxy,
  );
  const canvas = h(doc, "canvas", { "aria-hidden": "true" });
  const body = h(doc, "div", { class: "blt-body blt-grab" }, bodySvg, canvas);
  const hint = h(
    doc,
    "div",
    { class: "blt-hint", "aria-hidden": "true" },
    "Hold Ctrl (⌘ on Mac) and scroll to zoom; drag to pan",
  );
  const chart = h(
    doc,
    "div",
    { class: "blt-chart", id: `${uid}-chart`, role: "region", "aria-label": "Timeline", tabindex: -1 },
    h(doc, "div", { class: "blt-head" }, headSvg),
    body,
    hint,
  );
  const overview = h(doc, "div", { class: "blt-overview" });
  const main = h(doc, "div", { class: "blt-main" }, chart);
  const live = h(doc, "div", { class: "blt-sr", role: "status", "aria-live": "polite" });
  const root = h(doc, "div", { class: "blt", "data-theme": "auto" }, live);
  return { root, overview, main, chart, headSvg, headG, body, bodySvg, bodyG, canvas, focusProxy, hint, live };
}
