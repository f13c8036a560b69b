import { lowerBound } from "./bisect.js";

/**
 * The indexes of `values` in ascending order of value: equal values keep their index
 * order and NaN comes last, as a stable sort by `(a, b) => values[a] - values[b]` would
 * give. The values are sorted natively (no comparator called per pair) and each index
 * finds its place by searching them from where the previous one went: entries come
 * mostly in date order, so that is a step or two, and 100k entries take a few
 * milliseconds even before the code is optimised.
 *
 * @example
 * sortOrder(Float64Array.of(30, 10, NaN, 10)) // Int32Array [1, 3, 0, 2]
 */
export function sortOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const sorted = values.slice().sort();
  let known = n;
  while (known > 0 && Number.isNaN(sorted[known - 1] as number)) known--;
  const out = new Int32Array(n);
  // taken[p]: how many indexes already sit in the run of equal values that starts at p.
  const taken = new Int32Array(known);
  let nan = known;
  let near = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) {
      out[nan++] = i;
      continue;
    }
    const p = lowerBoundFrom(sorted, v, near, known);
    out[p + (taken[p] as number)] = i;
    taken[p] = (taken[p] as number) + 1;
    near = p;
  }
  return out;
}

/**
 * lowerBound over [0, to) for a value expected near position `near`: the search
 * widens from there in doubling steps, then bisects what it found.
 */
function lowerBoundFrom(values: Float64Array, x: number, near: number, to: number): number {
  let step = 1;
  if (near < to && (values[near] as number) < x) {
    let lo = near + 1;
    while (lo + step <= to && (values[lo + step - 1] as number) < x) {
      lo += step;
      step *= 2;
    }
    return lowerBound(values, x, lo, Math.min(to, lo + step));
  }
  let hi = Math.min(near, to);
  while (hi - step >= 0 && (values[hi - step] as number) >= x) {
    hi -= step;
    step *= 2;
  }
  return lowerBound(values, x, Math.max(0, hi - step), hi);
}
