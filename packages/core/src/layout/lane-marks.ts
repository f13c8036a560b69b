import type { Entry } from "../model/entries.js";
import type { Anchor } from "./arcs.js";
import { packRows } from "./pack.js";
import type { PreparedEntries } from "./prepare.js";
import { FAMILIES, FAMILY_STYLE } from "./styles.js";
import { symbolPath } from "./symbols.js";
import type { Cluster, Lane, Mark, MarkFamily } from "./types.js";

/** Where the visible entries fall on the axis, by position in the visible list. */
export interface Placements {
  /** Index of each visible entry in the prepared entries. */
  index: Int32Array;
  x0: Float64Array;
  x1: Float64Array;
  x: Float64Array;
  size: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
}

/** What laying out one lane needs. */
export interface LaneContext {
  prepared: PreparedEntries;
  at: Placements;
  domain: [number, number];
  range: [number, number];
  k: number;
  binMs: number;
  rowHeight: number;
  markSize: number;
  maxRows: number;
  lanePad: number;
  gap: number;
  /** Where the ends of the requested relation arcs are drawn (only those ids are tracked). */
  anchors: Map<string, Anchor>;
  wanted: ReadonlySet<string>;
  /** Entries (by index) that already have a mark in an earlier lane. */
  drawn: Set<number>;
  marks: Mark[];
  clusters: Cluster[];
}

/**
 * Lays out one lane: its items packed into rows, the overflow aggregated into cluster
 * bins of `binMs` in a row below; a dense lane (more items than its rows could ever
 * show) becomes a single row of bins, a density strip that opens into marks on zoom.
 * Appends to `ctx.marks` and `ctx.clusters`; returns the lane.
 */
export function layoutLane(
  ctx: LaneContext,
  key: string,
  base: Omit<Lane, "height" | "rows" | "clusterRow" | "count" | "dense">,
  laneItems: Int32Array,
  dense: boolean,
  linked: (entryIndex: number) => boolean,
): Lane {
  const { at, prepared } = ctx;
  const rowY = (row: number) => round(base.y + ctx.lanePad + row * ctx.rowHeight + ctx.rowHeight / 2);
  const bins = new Map<number, Cluster>();
  const aggregate = (v: number, y: number) => {
    const i = at.index[v] as number;
    const id = prepared.ids[i] as string;
    const t = ctx.domain[0] + ((at.x[v] as number) - ctx.range[0]) / ctx.k;
    const bin = Math.floor(t / ctx.binMs);
    let cluster = bins.get(bin);
    if (!cluster) {
      const cx0 = Math.max(ctx.range[0], ctx.range[0] + (bin * ctx.binMs - ctx.domain[0]) * ctx.k);
      const cx1 = Math.min(ctx.range[1], ctx.range[0] + ((bin + 1) * ctx.binMs - ctx.domain[0]) * ctx.k);
      cluster = {
        id: `${key}:${bin}`,
        lane: key,
        x: round((cx0 + cx1) / 2),
        x0: round(cx0),
        x1: round(cx1),
        y,
        count: 0,
        ids: [],
        families: {},
      };
      bins.set(bin, cluster);
      ctx.clusters.push(cluster);
    }
    const family = FAMILIES[prepared.family[i] as number] as MarkFamily;
    cluster.count++;
    cluster.ids.push(id);
    cluster.families[family] = (cluster.families[family] ?? 0) + 1;
    if (ctx.wanted.size && ctx.wanted.has(id) && !ctx.anchors.has(id)) ctx.anchors.set(id, cluster);
  };
  if (dense) {
    const y = rowY(0);
    for (let j = 0; j < laneItems.length; j++) aggregate(laneItems[j] as number, y);
    return {
      ...base,
      height: ctx.rowHeight + 2 * ctx.lanePad,
      rows: 1,
      count: laneItems.length,
      clusterRow: 0,
      dense: true,
    };
  }
  const items = Array.from(laneItems);
  items.sort((a, b) => (at.lo[a] as number) - (at.lo[b] as number));
  const rows = packRows(
    items.map((v) => at.lo[v] as number),
    items.map((v) => at.hi[v] as number),
    ctx.maxRows,
    ctx.gap,
  );
  let used = 1;
  let overflow = false;
  for (const r of rows) {
    if (r < 0) overflow = true;
    else if (r + 1 > used) used = r + 1;
  }
  const clusterRow = overflow ? used : null;
  items.forEach((v, j) => {
    const row = rows[j] as number;
    if (row < 0) return aggregate(v, rowY(clusterRow as number));
    const i = at.index[v] as number;
    const entry = prepared.entries[i] as Entry;
    const several = linked(i);
    const seen = several && ctx.drawn.has(i);
    const mark = markOf(entry, ctx, v, i, key, row, rowY(row), several);
    if (seen) mark.key = `${entry.id}@${key}`;
    else if (several) ctx.drawn.add(i);
    if (ctx.wanted.has(entry.id) && !ctx.anchors.has(entry.id)) ctx.anchors.set(entry.id, mark);
    ctx.marks.push(mark);
  });
  const height = (used + (overflow ? 1 : 0)) * ctx.rowHeight + 2 * ctx.lanePad;
  return { ...base, height, rows: used, count: items.length, clusterRow, dense: false };
}

function markOf(
  entry: Entry,
  ctx: LaneContext,
  v: number,
  i: number,
  lane: string,
  row: number,
  y: number,
  linked: boolean,
): Mark {
  const { at } = ctx;
  const family = FAMILIES[ctx.prepared.family[i] as number] as MarkFamily;
  const style = FAMILY_STYLE[family];
  const { uncertain, approximate } = entry.date;
  const x0 = at.x0[v] as number;
  const x1 = at.x1[v] as number;
  const size = at.size[v] as number;
  return {
    key: entry.id,
    id: entry.id,
    type: entry.type,
    kind: entry.kind,
    family,
    shape: style.shape,
    color: style.color,
    lane,
    row,
    x: round(at.x[v] as number),
    y,
    x0: round(x0),
    x1: round(x1),
    size,
    symbol: symbolPath(style.shape, size),
    fuzzy: uncertain && approximate ? "both" : uncertain ? "uncertain" : approximate ? "approximate" : null,
    span: x1 - x0 > ctx.markSize,
    intensity: entry.intensity,
    label: entry.title,
    linked,
    precision: entry.date.precision,
    openStart: !Number.isFinite(entry.date.earliest),
    openEnd: !Number.isFinite(entry.date.latest),
    status: entry.status,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
