import { lowerBound, upperBound } from "../util/bisect.js";
import { sortOrder } from "../util/sort-order.js";
import type { LaneIndex, PreparedEntries } from "./prepare.js";

/** Beyond this reach from its anchor, an entry is checked on its own rather than found by its anchor. */
const LONG = 62 * 86_400_000;
const NONE: readonly number[] = [];

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
  const { first, several, more } = lanes;
  const sizes = new Int32Array(count + 2);
  for (let i = 0; i < n; i++) {
    const l = (first[i] as number) + 1;
    sizes[l] = (sizes[l] as number) + 1;
    if (several[i]) for (const m of more.get(i) ?? []) sizes[m + 1] = (sizes[m + 1] as number) + 1;
  }
  sizes[count + 1] = n;
  const start = new Int32Array(count + 2);
  for (let l = 0; l <= count; l++) start[l + 1] = (start[l] as number) + (sizes[l + 1] as number);
  const total = start[count + 1] as number;
  const order = new Int32Array(total);
  const anchor = new Float64Array(total);
  const before = new Float64Array(count + 1);
  const after = new Float64Array(count + 1);
  const far: number[][] = Array.from({ length: count + 1 }, () => []);
  const fill = start.slice(0, count + 1);
  const { earliest, latest, anchor: anchors } = p;
  // Entries are dealt to their lanes in anchor order (ties in entry order), so every
  // lane comes out sorted without a sort of its own; each lane's reach is noted on the way.
  const byAnchor = sortOrder(anchors);
  for (let j = 0; j < n; j++) {
    const i = byAnchor[j] as number;
    const t = anchors[i] as number;
    const back = t - (earliest[i] as number);
    const ahead = (latest[i] as number) - t;
    const long = !(back <= LONG && ahead <= LONG);
    const extra = several[i] ? (more.get(i) ?? NONE) : NONE;
    for (let k = -1; k <= extra.length; k++) {
      // The entry's lane, its further lanes, then the lane of every entry.
      const l = k < 0 ? (first[i] as number) : k < extra.length ? (extra[k] as number) : count;
      const pos = fill[l] as number;
      fill[l] = pos + 1;
      order[pos] = i;
      anchor[pos] = t;
      if (long) (far[l] as number[]).push(pos);
      else {
        if (back > (before[l] as number)) before[l] = back;
        if (ahead > (after[l] as number)) after[l] = ahead;
      }
    }
  }
  const long = far.map((positions) => Int32Array.from(positions));
  // Running counts per family: a position's row is the previous row plus its member.
  const famCum = new Uint32Array((total + 1) * families);
  const family = p.family;
  // (Copied element by element: a copyWithin call per position cost more than the copy.)
  for (let pos = 0; pos < total; pos++) {
    const row = (pos + 1) * families;
    for (let f = 0; f < families; f++) famCum[row + f] = famCum[row - families + f] as number;
    const at = row + (family[order[pos] as number] as number);
    famCum[at] = (famCum[at] as number) + 1;
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
