import type { Entry } from "../model/entries.js";
import { sortOrder } from "../util/sort-order.js";
import { type SortedLanes, sortLanes } from "./lane-index.js";
import { laneKeysOf, soleLaneOf } from "./lanes.js";
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
  // A chronicle has a few dozen kinds: each is looked up in the vocabulary once.
  const familyOfKind = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const e = entries[i] as Entry;
    const date = e.date;
    ids[i] = e.id;
    const lo = date.earliest;
    const hi = date.latest;
    earliest[i] = lo;
    latest[i] = hi;
    const loKnown = Number.isFinite(lo);
    const hiKnown = Number.isFinite(hi);
    const m = loKnown && hiKnown ? lo + (hi - lo) / 2 : loKnown ? lo : hiKnown ? hi : Number.NaN;
    mid[i] = m;
    anchor[i] = date.interval ? (loKnown ? lo : hi) : m;
    intensity[i] = e.intensity;
    let f = familyOfKind.get(e.kind);
    if (f === undefined) {
      f = FAMILIES.indexOf(familyOf(e.kind));
      familyOfKind.set(e.kind, f);
    }
    family[i] = f;
  }
  const byMid = sortOrder(mid);
  const midSorted = new Float64Array(n);
  for (let j = 0; j < n; j++) midSorted[j] = mid[byMid[j] as number] as number;
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
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as Entry;
    // An entry in one lane (most of them) is indexed without a list made for it.
    const sole = soleLaneOf(entry, mode);
    if (sole !== undefined) {
      first[i] = indexOf(sole);
      continue;
    }
    const lanes = laneKeysOf(entry, mode);
    const l = indexOf(lanes[0] as string);
    first[i] = l;
    // Further lanes, each once, in the order given, without the first.
    let extra: number[] | undefined;
    for (let k = 1; k < lanes.length; k++) {
      const m = indexOf(lanes[k] as string);
      if (m === l || extra?.includes(m)) continue;
      extra ??= [];
      extra.push(m);
    }
    if (extra) {
      more.set(i, extra);
      several[i] = 1;
    }
  }
  return { keys, first, more, several };
}
