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
