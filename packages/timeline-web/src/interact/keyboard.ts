import type { Layout, Mark } from "@briefline/core/layout";

/**
 * The mark an arrow key moves to from `from`: Left/Right to the previous/next mark of
 * the same lane in time order, Up/Down to the mark nearest in time in the lane above or
 * below (skipping empty lanes), Home/End to the first/last of the lane. Null at an edge.
 *
 * @example
 * nextMark(layout, "moscow-offer", "ArrowRight")?.key
 */
export function nextMark(layout: Layout, from: string | null, key: string): Mark | null {
  const marks = layout.marks;
  if (!marks.length) return null;
  const current = marks.find((m) => m.key === from);
  if (!current) return [...marks].sort((a, b) => laneIndex(layout, a) - laneIndex(layout, b) || a.x - b.x)[0] ?? null;
  const inLane = (lane: string) => marks.filter((m) => m.lane === lane).sort((a, b) => a.x - b.x || a.row - b.row);
  const lane = inLane(current.lane);
  const i = lane.indexOf(current);
  if (key === "ArrowRight") return lane[i + 1] ?? null;
  if (key === "ArrowLeft") return lane[i - 1] ?? null;
  if (key === "Home") return lane[0] ?? null;
  if (key === "End") return lane[lane.length - 1] ?? null;
  if (key === "ArrowUp" || key === "ArrowDown") {
    const step = key === "ArrowUp" ? -1 : 1;
    for (let l = laneIndex(layout, current) + step; l >= 0 && l < layout.lanes.length; l += step) {
      const candidates = inLane(layout.lanes[l]?.key ?? "");
      if (!candidates.length) continue;
      return candidates.reduce((best, m) => (Math.abs(m.x - current.x) < Math.abs(best.x - current.x) ? m : best));
    }
  }
  return null;
}

function laneIndex(layout: Layout, m: Mark): number {
  return layout.lanes.findIndex((l) => l.key === m.lane);
}
