import type { LaneIndex, PreparedEntries } from "./prepare.js";

/** Beyond this reach from its anchor, an entry is checked on its own rather than found by its anchor. */
const LONG = 62 * 86_400_000;

/**
 * The members of every lane sorted by anchor time, so a view finds what it shows by
 * bisecting instead of walking every entry: a zoom frame over 100k entries costs the
 * lanes and bins on screen, not the data. Lane `keys.length` is a virtual lane holding
 * each entry once (for counting the entries in view).
 */
export interface SortedLanes {
  /** Lane l's members sit at positions start[l] .. start[l + 1]. */
  start: Int32Array;
  /** Entry index at each position. */
  order: Int32Array;
  /** Anchor time at each position (ascending within a lane). */
  anchor: Float64Array;
  /** Members per family before each position: famCum[pos * F + f]. */
  famCum: Uint32Array;
  families: number;
  /** Per lane, the farthest a short member reaches before and after its anchor. */
  before: Float64Array;
  after: Float64Array;
  /** Per lane, the positions of members that reach farther than LONG (or are open). */
  long: Int32Array[];
}

/** What a lane shows of a domain: positions lo..hi (anchors inside it) and `extra` positions reaching into it. */
export interface LaneView {
  lo: number;
  hi: number;
  extra: number[];
  count: number;
}

/**
 * Builds the sorted lanes of a lane index (once per entries array and lane mode).
 *
 * @example
 * const sorted = sortLanes(prepared, prepared.lanes("speaker"), 5);
 */
export function sortLanes(p: PreparedEntries, lanes: LaneIndex, families: number): SortedLanes {
  const n = p.anchor.length;
  const count = lanes.keys.length;
  const sizes = new Int32Array(count + 2);
  for (let i = 0; i < n; i++) {
    const l = (lanes.first[i] as number) + 1;
    sizes[l] = (sizes[l] as number) + 1;
    for (const m of lanes.several[i] ? (lanes.more.get(i) ?? []) : []) sizes[m + 1] = (sizes[m + 1] as number) + 1;
  }
  sizes[count + 1] = n;
  const start = new Int32Array(count + 2);
  for (let l = 0; l <= count; l++) start[l + 1] = (start[l] as number) + (sizes[l + 1] as number);
  const total = start[count + 1] as number;
  const order = new Int32Array(total);
  const fill = start.slice(0, count + 1);
  const put = (l: number, i: number) => {
    order[fill[l] as number] = i;
    fill[l] = (fill[l] as number) + 1;
  };
  for (let i = 0; i < n; i++) {
    put(lanes.first[i] as number, i);
    for (const m of lanes.several[i] ? (lanes.more.get(i) ?? []) : []) put(m, i);
    put(count, i);
  }
  const anchor = new Float64Array(total);
  const before = new Float64Array(count + 1);
  const after = new Float64Array(count + 1);
  const long: Int32Array[] = [];
  for (let l = 0; l <= count; l++) {
    const a = start[l] as number;
    const b = start[l + 1] as number;
    order.subarray(a, b).sort((x, y) => (p.anchor[x] as number) - (p.anchor[y] as number));
    const far: number[] = [];
    for (let pos = a; pos < b; pos++) {
      const i = order[pos] as number;
      const t = p.anchor[i] as number;
      anchor[pos] = t;
      const back = t - (p.earliest[i] as number);
      const ahead = (p.latest[i] as number) - t;
      if (!(back <= LONG && ahead <= LONG)) far.push(pos);
      else {
        if (back > (before[l] as number)) before[l] = back;
        if (ahead > (after[l] as number)) after[l] = ahead;
      }
    }
    long.push(Int32Array.from(far));
  }
  const famCum = new Uint32Array((total + 1) * families);
  for (let pos = 0; pos < total; pos++) {
    const base = pos * families;
    for (let f = 0; f < families; f++) famCum[base + families + f] = famCum[base + f] as number;
    const f = p.family[order[pos] as number] as number;
    famCum[base + families + f] = (famCum[base + families + f] as number) + 1;
  }
  return { start, order, anchor, famCum, families, before, after, long };
}

/**
 * The members of lane `l` that overlap `[d0, d1]`: those anchored inside it (one
 * contiguous run), plus those anchored outside whose span reaches in.
 *
 * @example
 * const view = laneView(sorted, prepared, 0, d0, d1); view.count
 */
export function laneView(s: SortedLanes, p: PreparedEntries, l: number, d0: number, d1: number): LaneView {
  const a = s.start[l] as number;
  const b = s.start[l + 1] as number;
  const lo = lowerBound(s.anchor, d0, a, b);
  const hi = upperBound(s.anchor, d1, lo, b);
  const extra: number[] = [];
  const reaches = (pos: number) => {
    const i = s.order[pos] as number;
    return (p.latest[i] as number) >= d0 && (p.earliest[i] as number) <= d1;
  };
  for (let pos = lowerBound(s.anchor, d0 - (s.after[l] as number), a, lo); pos < lo; pos++)
    if (reaches(pos)) extra.push(pos);
  const end = upperBound(s.anchor, d1 + (s.before[l] as number), hi, b);
  for (let pos = hi; pos < end; pos++) if (reaches(pos)) extra.push(pos);
  for (const pos of s.long[l] as Int32Array) {
    if (pos >= lo && pos < hi) continue;
    if (extra.includes(pos)) continue;
    if (reaches(pos)) extra.push(pos);
  }
  return { lo, hi, extra, count: hi - lo + extra.length };
}

/**
 * First position in [from, to) whose value is ≥ x (values ascending).
 *
 * @example
 * lowerBound(Float64Array.of(1, 3, 3, 5), 3) // 1
 */
export function lowerBound(values: Float64Array, x: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if ((values[m] as number) < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * First position in [from, to) whose value is > x (values ascending).
 *
 * @example
 * upperBound(Float64Array.of(1, 3, 3, 5), 3) // 3
 */
export function upperBound(values: Float64Array, x: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if ((values[m] as number) <= x) lo = m + 1;
    else hi = m;
  }
  return lo;
}
