import type { Relation } from "../model/types.js";
import type { Arc } from "./types.js";

/** Where an item is drawn: its mark, or the cluster it was aggregated into. */
export interface Anchor {
  x: number;
  y: number;
}

/**
 * Relation arcs between drawn items: a curve from the earlier item (`to`) to the later
 * one (`from`), bowing upwards more the farther apart they are. Relations whose ends are
 * not both drawn are left out; `which` limits them to relations touching these ids.
 *
 * @example
 * relationArcs(chronicle.relations, anchors, ["moscow-offer"]) // [{ from, to, type, path: "M…C…" }]
 */
export function relationArcs(
  relations: readonly Relation[],
  anchors: ReadonlyMap<string, Anchor>,
  which: readonly string[] | "all",
): Arc[] {
  const only = which === "all" ? null : new Set(which);
  const arcs: Arc[] = [];
  for (const r of relations) {
    if (only && !only.has(r.from) && !only.has(r.to)) continue;
    const a = anchors.get(r.to);
    const b = anchors.get(r.from);
    if (!a || !b) continue;
    const lift = Math.min(80, Math.max(16, Math.abs(b.x - a.x) * 0.3 + Math.abs(b.y - a.y) * 0.2));
    const top = Math.min(a.y, b.y) - lift;
    const path = `M${n(a.x)},${n(a.y)}C${n(a.x)},${n(top)},${n(b.x)},${n(top)},${n(b.x)},${n(b.y)}`;
    arcs.push({ from: r.from, to: r.to, type: r.type, path });
  }
  return arcs;
}

function n(v: number): number {
  return Math.round(v * 100) / 100;
}
