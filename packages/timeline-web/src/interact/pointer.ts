import type { Layout, Mark } from "@briefline/core/layout";
import { hitTest } from "../render/hit.js";
import type { Skeleton } from "../skeleton.js";

/** What pointing at the chart does. */
export interface PointerActions {
  hover(mark: Mark | null, clientX: number, clientY: number): void;
  hoverCluster(count: number, clientX: number, clientY: number): void;
  /** `shift`: the click held Shift (pairs the mark with the selected one). */
  click(mark: Mark, shift: boolean): void;
  clickCluster(x0: number, x1: number): void;
  /** A click or tap on empty chart space, at layout coordinates (where no mark or cluster is). */
  empty?(x: number, y: number, clientX: number, clientY: number): void;
}

/**
 * Hover and click on the chart's body, found by hit-testing the layout, so SVG and
 * canvas marks behave the same. A click that ends a drag (a pan) is not a click; a click
 * on empty space gives the chart the keyboard focus (unless it is already in the timeline)
 * and is reported with where it fell.
 *
 * @example
 * const pointer = attachPointer(skeleton, () => layout, actions);
 */
export function attachPointer(sk: Skeleton, layout: () => Layout | null, act: PointerActions): { destroy(): void } {
  let downAt: [number, number] | null = null;
  const at = (e: MouseEvent, l: Layout): [number, number] => {
    const rect = sk.body.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top + l.axis.y + l.axis.height];
  };
  const locate = (e: MouseEvent) => {
    const l = layout();
    if (!l) return null;
    return hitTest(l, ...at(e, l));
  };
  const onMove = (e: PointerEvent) => {
    if (e.buttons) return;
    const hit = locate(e);
    sk.body.style.cursor = hit ? (hit && "cluster" in hit ? "zoom-in" : "pointer") : "";
    if (hit && "mark" in hit) act.hover(hit.mark, e.clientX, e.clientY);
    else if (hit && "cluster" in hit) act.hoverCluster(hit.cluster.count, e.clientX, e.clientY);
    else act.hover(null, 0, 0);
  };
  const onLeave = () => act.hover(null, 0, 0);
  const onDown = (e: PointerEvent) => {
    downAt = [e.clientX, e.clientY];
  };
  const onClick = (e: MouseEvent) => {
    if (downAt && Math.hypot(e.clientX - downAt[0], e.clientY - downAt[1]) > 4) return;
    const hit = locate(e);
    if (hit && "mark" in hit) act.click(hit.mark, e.shiftKey);
    else if (hit && "cluster" in hit) act.clickCluster(hit.cluster.x0, hit.cluster.x1);
    else {
      // A click on empty chart space takes the keyboard there (it stayed on <body>, so + did nothing).
      const focused = sk.chart.ownerDocument.activeElement;
      if (!focused || !sk.root.contains(focused)) sk.chart.focus({ preventScroll: true });
      const l = layout();
      if (l && act.empty) act.empty(...at(e, l), e.clientX, e.clientY);
    }
  };
  sk.body.addEventListener("pointermove", onMove);
  sk.body.addEventListener("pointerleave", onLeave);
  sk.body.addEventListener("pointerdown", onDown, true);
  sk.body.addEventListener("click", onClick);
  return {
    destroy() {
      sk.body.removeEventListener("pointermove", onMove);
      sk.body.removeEventListener("pointerleave", onLeave);
      sk.body.removeEventListener("pointerdown", onDown, true);
      sk.body.removeEventListener("click", onClick);
    },
  };
}
