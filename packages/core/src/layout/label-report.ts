import type { Layout } from "./types.js";

/** How well a layout's labels tell the story: what {@link labelReport} returns. */
export interface LabelReport {
  /** Marks labelled in words, marks labelled only by their number, marks left bare. */
  words: number;
  numbers: number;
  hidden: number;
  /** Pairs of labels that overlap, and labels that cover a mark (by keys). */
  labelOverlaps: Array<[string, string]>;
  markOverlaps: Array<[string, string]>;
  /** Labels that leave the plot. */
  outside: string[];
  /** Bare marks by family, and the priority of the most important bare mark. */
  hiddenByFamily: Record<string, number>;
  topHiddenPriority: number | null;
  /** Threats, warnings, ultimatums and highlighted items: how many, and the share labelled in words. */
  top: number;
  topShare: number;
  /** Keys of the top marks without words. */
  topUnlabelled: string[];
}

/** Height of the bands the overlap sweep works in (about a row of marks). */
const BAND = 8;

type Box = { key: string; x0: number; x1: number; y0: number; y1: number; label: boolean; owner: string };

/**
 * Checks a layout's labels against its own geometry: overlaps of labels with labels,
 * with marks (symbols, other marks' bars, cluster badges), labels outside the plot, and
 * which marks went bare, by priority. Tests assert on it; a renderer can show it.
 *
 * @example
 * const r = labelReport(computeLayout(chronicle, { width: 960 }));
 * r.labelOverlaps.length // 0
 * r.topShare // 1
 */
export function labelReport(layout: Layout): LabelReport {
  const boxes: Box[] = [];
  for (const l of layout.labels)
    boxes.push({
      key: l.key,
      x0: l.x,
      x1: l.x + l.width,
      y0: l.y - l.height / 2,
      y1: l.y + l.height / 2,
      label: true,
      owner: l.key,
    });
  for (const m of layout.marks) {
    const h = m.size / 2;
    boxes.push({ key: m.key, x0: m.x - h, x1: m.x + h, y0: m.y - h, y1: m.y + h, label: false, owner: "" });
    if (m.span) boxes.push({ key: m.key, x0: m.x0, x1: m.x1, y0: m.y - 3, y1: m.y + 3, label: false, owner: m.key });
  }
  for (const c of layout.clusters)
    boxes.push({ key: c.id, x0: c.x0, x1: c.x1, y0: c.y - 5.5, y1: c.y + 5.5, label: false, owner: "" });
  boxes.sort((a, b) => a.x0 - b.x0);
  const labelOverlaps: Array<[string, string]> = [];
  const markOverlaps: Array<[string, string]> = [];
  const EPS = 0.01;
  // A sweep along x in each horizontal band of BAND px: a box is compared only with the
  // boxes of its bands whose x-extents reach it, so a chart of long bars and labels in
  // many rows costs its rows' crowding, not the whole chart's (one sweep over all rows
  // kept every long bar active against every later box). A pair is reported in the
  // first band the two share.
  const bandOf = (y: number) => Math.floor(y / BAND);
  const bands = new Map<number, Box[]>();
  for (const b of boxes) {
    const lo = bandOf(b.y0);
    const hi = Math.max(lo, bandOf(b.y1 - EPS));
    for (let k = lo; k <= hi; k++) {
      let active = bands.get(k);
      if (!active) {
        active = [];
        bands.set(k, active);
      }
      let kept = 0;
      for (const a of active) {
        if (a.x1 <= b.x0 + EPS) continue;
        active[kept++] = a;
        if (!(a.label || b.label) || Math.max(lo, bandOf(a.y0)) !== k) continue;
        if (a.y1 <= b.y0 + EPS || b.y1 <= a.y0 + EPS) continue;
        if (a.label && b.label) labelOverlaps.push([a.key, b.key]);
        else {
          const [l, m] = a.label ? [a, b] : [b, a];
          // A label may lie along its own mark's bar (it is drawn over the translucent bar).
          if (m.owner !== l.key) markOverlaps.push([l.key, m.key]);
        }
      }
      active.length = kept;
      active.push(b);
    }
  }
  const [r0, r1] = layout.range;
  const outside = layout.labels.filter((l) => l.x < r0 - EPS || l.x + l.width > r1 + EPS).map((l) => l.key);
  const byKey = new Map(layout.labels.map((l) => [l.key, l]));
  const labelled = layout.marks.filter((m) => m.key === m.id);
  const bare = labelled.filter((m) => !byKey.has(m.key));
  const hiddenByFamily: Record<string, number> = {};
  for (const m of bare) hiddenByFamily[m.family] = (hiddenByFamily[m.family] ?? 0) + 1;
  const isTop = (m: (typeof labelled)[number]) => m.family === "threat" || m.priority >= 1000;
  const tops = labelled.filter(isTop);
  const topUnlabelled = tops.filter((m) => byKey.get(m.key)?.kind !== "words").map((m) => m.key);
  return {
    words: layout.labels.filter((l) => l.kind === "words").length,
    numbers: layout.labels.filter((l) => l.kind === "number").length,
    hidden: bare.length,
    labelOverlaps,
    markOverlaps,
    outside,
    hiddenByFamily,
    topHiddenPriority: bare.length ? Math.max(...bare.map((m) => m.priority)) : null,
    top: tops.length,
    topShare: tops.length ? (tops.length - topUnlabelled.length) / tops.length : 1,
    topUnlabelled,
  };
}
