/**
 * First-fit packing of horizontal extents into rows: each extent goes into the first
 * row whose last extent ends at least `gap` before it starts. Extents must come sorted
 * by `lo`; then no two extents in a row overlap. Those that fit in no row of `maxRows`
 * get -1, for the caller to aggregate.
 *
 * @example
 * packRows([0, 5, 20], [10, 15, 30], 2, 2) // Int32Array [0, 1, 0]
 */
export function packRows(lo: ArrayLike<number>, hi: ArrayLike<number>, maxRows: number, gap: number): Int32Array {
  const rows = new Int32Array(lo.length);
  const ends = new Float64Array(Math.max(1, maxRows)).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < lo.length; i++) {
    const start = lo[i] as number;
    let row = -1;
    for (let r = 0; r < maxRows; r++) {
      if ((ends[r] as number) + gap <= start) {
        row = r;
        break;
      }
    }
    rows[i] = row;
    if (row >= 0) ends[row] = hi[i] as number;
  }
  return rows;
}

/**
 * Packing in priority order: extents go, most important first, into the first row
 * where they overlap nothing (rows keep their extents sorted, so each test is a binary
 * search); those that fit in no row of `maxRows` get -1. Used when `packRows` overflows,
 * so that the extents left over are the least important, not the last in time.
 *
 * @example
 * packRowsByPriority([0, 5, 8], [10, 15, 12], [1, 9, 5], 2, 2) // Int32Array [-1, 0, 1]
 */
export function packRowsByPriority(
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
  priority: ArrayLike<number>,
  maxRows: number,
  gap: number,
): Int32Array {
  const n = lo.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (priority[b] as number) - (priority[a] as number) || (lo[a] as number) - (lo[b] as number));
  const rows = new Int32Array(n).fill(-1);
  const starts: number[][] = Array.from({ length: Math.max(1, maxRows) }, () => []);
  const ends: number[][] = Array.from({ length: Math.max(1, maxRows) }, () => []);
  for (const i of order) {
    const a = (lo[i] as number) - gap;
    const b = (hi[i] as number) + gap;
    for (let r = 0; r < maxRows; r++) {
      const s = starts[r] as number[];
      const e = ends[r] as number[];
      // The first extent of the row ending after `a`: if it starts before `b`, they overlap.
      let x = 0;
      let y = e.length;
      while (x < y) {
        const m = (x + y) >> 1;
        if ((e[m] as number) <= a) x = m + 1;
        else y = m;
      }
      if (x < s.length && (s[x] as number) < b) continue;
      s.splice(x, 0, lo[i] as number);
      e.splice(x, 0, hi[i] as number);
      rows[i] = r;
      break;
    }
  }
  return rows;
}
