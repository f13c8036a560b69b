import type { Relation } from "../model/types.js";
import type { Arc } from "./types.js";

/** Where an item is drawn: its mark, or the cluster it was aggregated into. */
export interface Anchor {
  x: number;
  y: number;
}

/**
 * Relation arcs between drawn items: a curve from the earlier item (`to`) to the later
 * one (`from`). In one row it bows upwards more the farther apart they are in time, but
 * never above `top` (the first lane's top: an arc stays inside the plot, out of the
 * axis); between rows it is an S that never rises above the higher end. Relations
 * whose ends are not both drawn are left out; `which` limits them to relations touching
 * these ids. Labels are placed later ({@link placeArcLabels}).
 *
 * @example
 * relationArcs(chronicle.relations, anchors, ["moscow-offer"], 88) // [{ from, to, type, path: "M…C…", label: null }]
 */
export function relationArcs(
  relations: readonly Relation[],
  anchors: ReadonlyMap<string, Anchor>,
  which: readonly string[] | "all",
  top = Number.NEGATIVE_INFINITY,
): Arc[] {
  const only = which === "all" ? null : new Set(which);
  const arcs: Arc[] = [];
  for (const r of relations) {
    if (only && !only.has(r.from) && !only.has(r.to)) continue;
    const a = anchors.get(r.to);
    const b = anchors.get(r.from);
    if (!a || !b) continue;
    let path: string;
    let apex: Apex;
    if (Math.abs(a.y - b.y) < 1) {
      // In one row: a bow above it, higher the farther apart, never into the axis.
      const lift = Math.min(36, Math.max(12, Math.abs(b.x - a.x) * 0.25));
      const peak = Math.max(top + 2, a.y - lift);
      path = `M${n(a.x)},${n(a.y)}C${n(a.x)},${n(peak)},${n(b.x)},${n(peak)},${n(b.x)},${n(b.y)}`;
      // The highest point of the curve is its midpoint (both control points sit at `peak`).
      apex = { x: (a.x + b.x) / 2, y: 0.25 * a.y + 0.75 * peak, span: Math.abs(b.x - a.x) };
    } else {
      // Between rows or lanes: an S from one end to the other that leaves and arrives
      // level, so it stays between the two rows instead of climbing over the lanes above.
      const mx = (a.x + b.x) / 2;
      path = `M${n(a.x)},${n(a.y)}C${n(mx)},${n(a.y)},${n(mx)},${n(b.y)},${n(b.x)},${n(b.y)}`;
      apex = { x: mx, y: (a.y + b.y) / 2, span: Math.abs(b.x - a.x) };
    }
    const arc: Arc = { from: r.from, to: r.to, type: r.type, path, label: null };
    Object.defineProperty(arc, APEX, { value: apex });
    arcs.push(arc);
  }
  return arcs;
}

/** Kept on each arc, out of its enumerable data, for {@link placeArcLabels}. */
const APEX = Symbol("apex");
type Apex = { x: number; y: number; span: number };

/**
 * Writes each arc's relation name at its apex where that box is free: `free(box)` says
 * whether a box covers no label or mark; a placed name is passed to `take` so the next
 * arc's name avoids it. Short arcs (under `minSpan` wide) get no name: the details panel
 * gives it.
 */
export function placeArcLabels(
  arcs: Arc[],
  width: (text: string) => number,
  height: number,
  free: (box: { x0: number; x1: number; y0: number; y1: number }) => boolean,
  take: (box: { x0: number; x1: number; y0: number; y1: number }) => void,
  minSpan = 60,
): void {
  for (const arc of arcs) {
    const apex = (arc as Arc & { [APEX]?: Apex })[APEX];
    if (!apex) continue;
    const text = arc.type.replace(/_/g, " ");
    const w = width(text);
    if (apex.span < Math.max(minSpan, w + 8)) continue;
    const y = apex.y;
    const box = { x0: apex.x - w / 2 - 2, x1: apex.x + w / 2 + 2, y0: y - height / 2, y1: y + height / 2 };
    if (!free(box)) continue;
    take(box);
    arc.label = { text, x: n(apex.x), y: n(y), width: n(w) };
  }
}

function n(v: number): number {
  return Math.round(v * 100) / 100;
}
