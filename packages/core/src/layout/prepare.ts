import type { Entry } from "../model/entries.js";
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
  /** Index into FAMILIES. */
  family: Uint8Array;
  lanes(mode: LaneMode): LaneIndex;
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
  const byMode = new Map<LaneMode, LaneIndex>();
  const prepared: PreparedEntries = {
    entries,
    ids,
    earliest,
    latest,
    anchor,
    mid,
    intensity,
    family,
    scratch: {
      index: new Int32Array(n),
      order: new Int32Array(n),
      f: Array.from({ length: 6 }, () => new Float64Array(n)),
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
      if (extra.length) more.set(i, extra);
    }
  });
  return { keys, first, more };
}
