import type { Cluster, Layout, Mark } from "@briefline/core/layout";
import { type ClusterShape, clusterShapes } from "./clusters.js";

/** What is under a point of the chart. */
export type Hit = { mark: Mark } | { cluster: Cluster } | null;

/**
 * The mark or cluster under a point (layout coordinates): a symbol first, then a
 * cluster badge, then a span's bar; the nearest wins. Linear in the drawn marks, which
 * clustering bounds to a few thousand.
 *
 * @example
 * hitTest(layout, 400, 120) // { mark } | { cluster } | null
 */
export function hitTest(layout: Layout, x: number, y: number): Hit {
  let best: Mark | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const m of layout.marks) {
    const r = m.size / 2 + 3;
    const dx = x - m.x;
    const dy = y - m.y;
    if (Math.abs(dx) <= r && Math.abs(dy) <= r) {
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
  }
  if (best) return { mark: best };
  // The shapes the chart drew (sized by its measure when it drew them).
  const shapes = clusterShapes(layout);
  for (let i = 0; i < layout.clusters.length; i++) {
    const c = layout.clusters[i] as Cluster;
    const shape = shapes[i] as ClusterShape;
    const w = shape.dense ? (c.x1 - c.x0) / 2 : shape.width / 2 + 2;
    if (Math.abs(x - c.x) <= w && Math.abs(y - c.y) <= 10) return { cluster: c };
  }
  for (const m of layout.marks) {
    if (m.span && x >= m.x0 && x <= m.x1 && Math.abs(y - m.y) <= 5) return { mark: m };
  }
  return null;
}
