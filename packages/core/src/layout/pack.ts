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
