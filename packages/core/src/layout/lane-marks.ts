import type { Entry } from "../model/entries.js";
import { lowerBound, upperBound } from "../util/bisect.js";
import type { Anchor } from "./arcs.js";
import { labelOf } from "./label-text.js";
import type { LaneView, SortedLanes } from "./lane-index.js";
import { packRows, packRowsByPriority } from "./pack.js";
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
  /** The time scale as `x = offset + t·k` ({@link linearOf}). */
  k: number;
  offset: number;
  /**
   * Edges of the time bins a lane's overflow is counted in (calendar units, `binEdges`):
   * bin b is [edges[b], edges[b + 1]), at least a cluster's width, so "+N" badges never meet.
   */
  edges: Float64Array;
  /** The same for the cells of density strips, which may be narrower (a cell drops its count when it does not fit). */
  stripEdges: Float64Array;
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
  /** Label priority of an entry by its index (marks that overflow a lane's rows are the least important). */
  priority: (entryIndex: number) => number;
  marks: Mark[];
  clusters: Cluster[];
  /**
   * Entries (by id) whose label room is reserved beside the mark when rows are packed,
   * as for a box: the gravest items that found no room for their words otherwise.
   */
  reserve?: ReadonlySet<string>;
  /** Width a reserved label needs (its text measured, with the gap to the symbol). */
  labelRoom?: (entryIndex: number) => number;
  /** Filled in: the extent reserved for each such mark (by mark key), for the label placement. */
  reserved?: Map<string, [number, number]>;
}

/**
 * Lays out one lane: its items packed into rows, the overflow aggregated into the
 * cluster bins of `edges` in a row below; a dense lane (more items than its rows could ever
 * show) becomes a single row of bins, a density strip that opens into marks on zoom.
 * Appends to `ctx.marks` and `ctx.clusters`; returns the lane.
 */
export function layoutLane(
  ctx: LaneContext,
  key: string,
  base: Omit<Lane, "height" | "rows" | "clusterRow" | "count" | "dense">,
  laneItems: Int32Array,
  strip: { sorted: SortedLanes; view: LaneView } | null,
  linked: (entryIndex: number) => boolean,
): Lane {
  const { at, prepared } = ctx;
  const rowY = (row: number) => round(base.y + ctx.lanePad + row * ctx.rowHeight + ctx.rowHeight / 2);
  // Clusters are built by a counting sort over the visible time bins (two passes, flat
  // arrays, no maps); their `ids` are read from the entry indexes only when someone asks,
  // so a 100k-item zoom frame allocates a few typed arrays and no strings.
  const binCount = ctx.edges.length - 1;
  const binOf = (v: number) => binAt(ctx.edges, ((at.x[v] as number) - ctx.offset) / ctx.k);
  const aggregate = (list: ArrayLike<number>, y: number) => {
    const start = new Int32Array(binCount + 1);
    for (let j = 0; j < list.length; j++) {
      const b = binOf(list[j] as number) + 1;
      start[b] = (start[b] as number) + 1;
    }
    for (let b = 0; b < binCount; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
    const members = new Int32Array(list.length);
    const fill = start.slice(0, binCount);
    const tally = new Uint32Array(binCount * FAMILIES.length);
    for (let j = 0; j < list.length; j++) {
      const b = binOf(list[j] as number);
      const i = at.index[list[j] as number] as number;
      members[fill[b] as number] = i;
      fill[b] = (fill[b] as number) + 1;
      const t = b * FAMILIES.length + (prepared.family[i] as number);
      tally[t] = (tally[t] as number) + 1;
    }
    for (let b = 0; b < binCount; b++) {
      const from = start[b] as number;
      const to = start[b + 1] as number;
      if (to === from) continue;
      const [cx0, cx1] = binExtent(ctx, ctx.edges, b);
      const cluster = clusterOf(`${key}:${ctx.edges[b]}`, key, cx0, cx1, y, members.subarray(from, to), prepared.ids);
      FAMILIES.forEach((family, f) => {
        const n = tally[b * FAMILIES.length + f] as number;
        if (n) cluster.families[family] = n;
      });
      ctx.clusters.push(cluster);
      if (ctx.wanted.size) {
        for (let m = from; m < to; m++) {
          const id = prepared.ids[members[m] as number] as string;
          if (ctx.wanted.has(id) && !ctx.anchors.has(id)) ctx.anchors.set(id, cluster);
        }
      }
    }
  };
  if (strip) {
    densityStrip(ctx, key, strip.sorted, strip.view, rowY(0));
    return {
      ...base,
      height: ctx.rowHeight + 2 * ctx.lanePad,
      rows: 1,
      count: strip.view.count,
      clusterRow: 0,
      dense: true,
    };
  }
  const items = Array.from(laneItems);
  // A reserved label widens its mark's extent to the right (to the left where the plot
  // ends first), so packing keeps that room free of other marks.
  const wide = new Map<number, [number, number]>();
  if (ctx.reserve?.size && ctx.labelRoom)
    for (const v of items) {
      const i = at.index[v] as number;
      if (!ctx.reserve.has(prepared.ids[i] as string)) continue;
      const w = ctx.labelRoom(i);
      const right = (at.x[v] as number) + (at.size[v] as number) / 2 + w;
      if (right <= ctx.range[1]) wide.set(v, [at.lo[v] as number, Math.max(at.hi[v] as number, right)]);
      else
        wide.set(v, [
          Math.min(at.lo[v] as number, (at.x[v] as number) - (at.size[v] as number) / 2 - w),
          at.hi[v] as number,
        ]);
    }
  let maxRows = ctx.maxRows;
  const pack = () => {
    const loOf = (v: number) => wide.get(v)?.[0] ?? (at.lo[v] as number);
    const hiOf = (v: number) => wide.get(v)?.[1] ?? (at.hi[v] as number);
    items.sort((a, b) => loOf(a) - loOf(b));
    const lo = items.map(loOf);
    const hi = items.map(hiOf);
    let packed = packRows(lo, hi, maxRows, ctx.gap);
    // When the rows overflow, the marks that give way to a count are the least important
    // ones: the most important are packed first (a threat is never hidden behind "+3"
    // while a comment keeps its place).
    if (packed.includes(-1)) {
      const rank = items.map((v) => ctx.priority(at.index[v] as number));
      packed = packRowsByPriority(lo, hi, rank, maxRows, ctx.gap);
    }
    return packed;
  };
  let rows = pack();
  // Reserved room must never cost a reserved mark its place: the lane first gets a row
  // for each that was left over, then, while one still is, the least important
  // reservation is given up and the lane packed again.
  const left = items.filter((v, j) => rows[j] === -1 && wide.has(v)).length;
  if (left) {
    maxRows += left;
    rows = pack();
  }
  while (wide.size && items.some((v, j) => rows[j] === -1 && wide.has(v))) {
    let least = -1;
    for (const v of wide.keys())
      if (least < 0 || ctx.priority(at.index[v] as number) < ctx.priority(at.index[least] as number)) least = v;
    wide.delete(least);
    rows = pack();
  }
  let used = 1;
  const spill: number[] = [];
  rows.forEach((r, j) => {
    if (r < 0) spill.push(items[j] as number);
    else if (r + 1 > used) used = r + 1;
  });
  const overflow = spill.length > 0;
  const clusterRow = overflow ? used : null;
  if (overflow) aggregate(spill, rowY(clusterRow as number));
  items.forEach((v, j) => {
    const row = rows[j] as number;
    if (row < 0) return;
    const i = at.index[v] as number;
    const entry = prepared.entries[i] as Entry;
    const several = linked(i);
    const seen = several && ctx.drawn.has(i);
    const mark = markOf(entry, ctx, v, i, key, row, rowY(row), several);
    mark.priority = ctx.priority(i);
    if (seen) mark.key = `${entry.id}@${key}`;
    else if (several) ctx.drawn.add(i);
    const room = wide.get(v);
    if (room && !seen) ctx.reserved?.set(mark.key, room);
    if (ctx.wanted.has(entry.id) && !ctx.anchors.has(entry.id)) ctx.anchors.set(entry.id, mark);
    ctx.marks.push(mark);
  });
  const height = (used + (overflow ? 1 : 0)) * ctx.rowHeight + 2 * ctx.lanePad;
  return { ...base, height, rows: used, count: items.length, clusterRow, dense: false };
}

/**
 * The clusters of a dense lane, one per time bin, counted by bisecting the lane's
 * anchor-sorted members: a bin's members are one run of the index (no copy), plus the
 * few anchored outside the view whose span reaches in (drawn at its edge).
 */
function densityStrip(ctx: LaneContext, key: string, s: SortedLanes, view: LaneView, y: number): void {
  const { prepared } = ctx;
  const F = s.families;
  const edges = ctx.stripEdges;
  const lastBin = edges.length - 2;
  const extras = new Map<number, number[]>();
  for (const pos of view.extra) {
    const i = s.order[pos] as number;
    const x0 = Math.max(prepared.earliest[i] as number, ctx.domain[0]);
    const x1 = Math.min(prepared.latest[i] as number, ctx.domain[1]);
    const t = Math.min(x1, Math.max(x0, prepared.anchor[i] as number));
    const bin = binAt(edges, t);
    const list = extras.get(bin);
    if (list) list.push(i);
    else extras.set(bin, [i]);
  }
  let pa = view.lo;
  for (let bin = 0; bin <= lastBin; bin++) {
    const pb = bin === lastBin ? view.hi : lowerBound(s.anchor, edges[bin + 1] as number, pa, view.hi);
    const more = extras.get(bin);
    if (pb > pa || more) {
      let members = s.order.subarray(pa, pb);
      if (more) members = Int32Array.from([...members, ...more]);
      const [cx0, cx1] = binExtent(ctx, edges, bin);
      const cluster = clusterOf(`${key}:${edges[bin]}`, key, cx0, cx1, y, members, prepared.ids);
      for (let f = 0; f < F; f++) {
        let n = (s.famCum[pb * F + f] as number) - (s.famCum[pa * F + f] as number);
        for (const i of more ?? []) if (prepared.family[i] === f) n++;
        if (n) cluster.families[FAMILIES[f] as MarkFamily] = n;
      }
      ctx.clusters.push(cluster);
      if (ctx.wanted.size) {
        for (const i of members) {
          const id = prepared.ids[i] as string;
          if (ctx.wanted.has(id) && !ctx.anchors.has(id)) ctx.anchors.set(id, cluster);
        }
      }
    }
    pa = pb;
  }
}

/** The bin an instant falls in (the first or last for one outside the edges). */
function binAt(edges: Float64Array, t: number): number {
  return Math.min(edges.length - 2, Math.max(0, upperBound(edges, t) - 1));
}

/** Where bin `b` of `edges` is drawn: its edges on the scale, clipped to the plot. */
function binExtent(ctx: LaneContext, edges: Float64Array, b: number): [number, number] {
  return [
    Math.max(ctx.range[0], ctx.offset + (edges[b] as number) * ctx.k),
    Math.min(ctx.range[1], ctx.offset + (edges[b + 1] as number) * ctx.k),
  ];
}

/**
 * What a cluster's `ids` are read from, on first use: a hidden property of the cluster
 * itself (not a side table keyed by it), so the getter also works when `this` is a
 * Proxy of the cluster, as reactive state in Vue, Svelte or MobX makes it.
 */
const MEMBERS = Symbol("members");
type Members = { members: Int32Array; ids: readonly string[] };

/** The getter of `ids`, one function for all clusters: they then share one shape. */
function readIds(this: Cluster): string[] {
  const of = (this as Cluster & { [MEMBERS]?: Members })[MEMBERS];
  const value = of ? Array.from(of.members, (i) => of.ids[i] as string) : [];
  Object.defineProperty(this, "ids", { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/** A cluster whose `ids` are looked up from its members' entry indexes on first read. */
function clusterOf(
  id: string,
  lane: string,
  x0: number,
  x1: number,
  y: number,
  members: Int32Array,
  ids: readonly string[],
): Cluster {
  const cluster = {
    id,
    lane,
    x: round((x0 + x1) / 2),
    x0: round(x0),
    x1: round(x1),
    y,
    count: members.length,
    families: {},
  } as Cluster;
  Object.defineProperty(cluster, MEMBERS, { value: { members, ids } satisfies Members });
  Object.defineProperty(cluster, "ids", { enumerable: true, configurable: true, get: readIds });
  return cluster;
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
    label: labelOf(entry),
    linked,
    precision: entry.date.precision,
    openStart: !Number.isFinite(entry.date.earliest),
    openEnd: !Number.isFinite(entry.date.latest),
    status: entry.status,
    priority: 0,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
