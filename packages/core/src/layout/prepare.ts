import type { Entry } from "../model/entries.js";
import { type SortedLanes, sortLanes } from "./lane-index.js";
import { laneKeysOf } from "./lanes.js";
import { FAMILIES, familyOf } from "./styles.js";
import type { LaneMode } from "./types.js";

/** The lanes of every entry under one lane mode, as indexes into `keys`. */
export interface LaneIndex {
  /** Distinct lane keys, in order of first appearance. */
  keys: string[];
  /** The first (usually only) lane of each entry. */
  first: Int32Array;
  /** The further lanes of entries that sit in several (events with several participants). */
  more: Map<number, number[]>;
  /** 1 where `more` has the entry: a typed look-up is cheaper than the map in a 100k loop. */
  several: Uint8Array;
}

/**
 * What the layout reads of each entry, as flat typed arrays computed once per entries
 * array: a zoom frame over 100k entries then walks numbers instead of objects.
 * The entries array is treated as immutable (the cache is keyed by its identity).
 */
export interface PreparedEntries {
  entries: readonly Entry[];
  ids: string[];
  earliest: Float64Array;
  latest: Float64Array;
  /** Where the symbol sits: the start of an interval, the middle of an imprecise date, the known end of an open one. */
  anchor: Float64Array;
  /** Midpoint for the escalation series (NaN when neither end is known). */
  mid: Float64Array;
  intensity: Float64Array;
  /** Entry indexes in the order of `mid` (NaN last), and `mid` in that order: the escalation series walks them. */
  byMid: Int32Array;
  midSorted: Float64Array;
  /** Running sums of intensity, hostility and cooperation in `byMid` order (length n + 1). */
  cumTotal: Float64Array;
  cumConflict: Float64Array;
  cumCooperation: Float64Array;
  /** Index into FAMILIES. */
  family: Uint8Array;
  lanes(mode: LaneMode): LaneIndex;
  /** The lanes' members sorted by anchor (built on first use per lane mode). */
  sorted(mode: LaneMode): SortedLanes;
  /** Scratch buffers of length n reused by every layout of these entries (layouts run one at a time). */
  scratch: { index: Int32Array; order: Int32Array; f: Float64Array[] };
}

const cache = new WeakMap<readonly Entry[], PreparedEntries>();

/**
 * The flat view of an entries array, cached.
 *
 * @example
 * const p = prepareEntries(entriesOf(chronicle)); p.anchor[0]
 */
export function prepareEntries(entries: readonly Entry[]): PreparedEntries {
  const hit = cache.get(entries);
  if (hit) return hit;
  const n = entries.length;
  const earliest = new Float64Array(n);
  const latest = new Float64Array(n);
  const anchor = new Float64Array(n);
  const mid = new Float64Array(n);
  const intensity = new Float64Array(n);
  const family = new Uint8Array(n);
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = entries[i] as Entry;
    ids[i] = e.id;
    const lo = e.date.earliest;
    const hi = e.date.latest;
    earliest[i] = lo;
    latest[i] = hi;
    const loKnown = Number.isFinite(lo);
    const hiKnown = Number.isFinite(hi);
    mid[i] = loKnown && hiKnown ? lo + (hi - lo) / 2 : loKnown ? lo : hiKnown ? hi : Number.NaN;
    anchor[i] = e.date.interval ? (loKnown ? lo : hi) : (mid[i] as number);
    intensity[i] = e.intensity;
    family[i] = FAMILIES.indexOf(familyOf(e.kind));
  }
  const byMid = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const x = mid[a] as number;
    const y = mid[b] as number;
    return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : Number.isNaN(y) ? -1 : x - y;
  });
  const midSorted = Float64Array.from(byMid, (i) => mid[i] as number);
  const cumTotal = new Float64Array(n + 1);
  const cumConflict = new Float64Array(n + 1);
  const cumCooperation = new Float64Array(n + 1);
  for (let j = 0; j < n; j++) {
    const v = intensity[byMid[j] as number] as number;
    cumTotal[j + 1] = (cumTotal[j] as number) + v;
    cumConflict[j + 1] = (cumConflict[j] as number) + Math.max(-v, 0);
    cumCooperation[j + 1] = (cumCooperation[j] as number) + Math.max(v, 0);
  }
  const byMode = new Map<LaneMode, LaneIndex>();
  const sortedByMode = new Map<LaneMode, SortedLanes>();
  const prepared: PreparedEntries = {
    entries,
    ids,
    earliest,
    latest,
    anchor,
    mid,
    intensity,
    byMid,
    midSorted,
    cumTotal,
    cumConflict,
    cumCooperation,
    family,
    scratch: {
      index: new Int32Array(n),
      order: new Int32Array(n),
      f: Array.from({ length: 6 }, () => new Float64Array(n)),
    },
    sorted(mode) {
      let sorted = sortedByMode.get(mode);
      if (!sorted) {
        sorted = sortLanes(prepared, prepared.lanes(mode), FAMILIES.length);
        sortedByMode.set(mode, sorted);
      }
      return sorted;
    },
    lanes(mode) {
      let index = byMode.get(mode);
      if (!index) {
        index = laneIndexOf(entries, mode);
        byMode.set(mode, index);
      }
      return index;
    },
  };
  cache.set(entries, prepared);
  return prepared;
}

function laneIndexOf(entries: readonly Entry[], mode: LaneMode): LaneIndex {
  const keys: string[] = [];
  const position = new Map<string, number>();
  const first = new Int32Array(entries.length);
  const more = new Map<number, number[]>();
  const several = new Uint8Array(entries.length);
  const indexOf = (key: string) => {
    let i = position.get(key);
    if (i === undefined) {
      i = keys.length;
      keys.push(key);
      position.set(key, i);
    }
    return i;
  };
  entries.forEach((e, i) => {
    const lanes = laneKeysOf(e, mode);
    first[i] = indexOf(lanes[0] as string);
    if (lanes.length > 1) {
      const extra = [...new Set(lanes.slice(1).map(indexOf))].filter((l) => l !== first[i]);
      if (extra.length) {
        more.set(i, extra);
        several[i] = 1;
      }
    }
  });
  return { keys, first, more, several };
}
