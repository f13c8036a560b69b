import type { Placements } from "./lane-marks.js";
import type { LaneIndex, PreparedEntries } from "./prepare.js";

/**
 * Places the entries that overlap the domain on the axis `x(t) = r0 + (t − d0)·k`: a
 * fuzzy date spans from its earliest to its latest instant (an open end runs to the
 * domain's edge), the symbol sits at its anchor, clipped into the span, and stronger
 * intensity draws a larger symbol (within ±20 % of `markSize`).
 *
 * @example
 * const at = place(prepareEntries(entries), domain, 140, 844 / (domain[1] - domain[0]), 12);
 */
export function place(
  p: PreparedEntries,
  domain: [number, number],
  r0: number,
  k: number,
  markSize: number,
): Placements {
  const [d0, d1] = domain;
  const n = p.earliest.length;
  // The buffers are reused from one zoom frame to the next: a 100k-entry layout then
  // allocates almost nothing, and the garbage collector stays out of the frame.
  const { index, f } = p.scratch;
  let m = 0;
  for (let i = 0; i < n; i++) if (!((p.latest[i] as number) < d0 || (p.earliest[i] as number) > d1)) index[m++] = i;
  const [fx0, fx1, fx, fsize, flo, fhi] = f as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const at: Placements = {
    index: index.subarray(0, m),
    x0: fx0.subarray(0, m),
    x1: fx1.subarray(0, m),
    x: fx.subarray(0, m),
    size: fsize.subarray(0, m),
    lo: flo.subarray(0, m),
    hi: fhi.subarray(0, m),
  };
  for (let v = 0; v < m; v++) {
    const i = index[v] as number;
    const x0 = r0 + (Math.max(p.earliest[i] as number, d0) - d0) * k;
    const x1 = r0 + (Math.min(p.latest[i] as number, d1) - d0) * k;
    const x = Math.min(x1, Math.max(x0, r0 + ((p.anchor[i] as number) - d0) * k));
    const size = Math.round(markSize * (0.8 + 0.04 * Math.min(10, Math.abs(p.intensity[i] as number))) * 2) / 2;
    at.x0[v] = x0;
    at.x1[v] = x1;
    at.x[v] = x;
    at.size[v] = size;
    at.lo[v] = Math.min(x0, x - size / 2);
    at.hi[v] = Math.max(x1, x + size / 2);
  }
  return at;
}

/**
 * The visible positions of each lane's items, by a counting sort into one buffer: lane r
 * gets a view of its items in time order (an entry in several lanes appears in each).
 *
 * @example
 * const buckets = bucketByLane(prepared, at, prepared.lanes("speaker"), rank, order.length);
 */
export function bucketByLane(
  p: PreparedEntries,
  at: Placements,
  lanes: LaneIndex,
  rank: Int32Array,
  count: number,
): Int32Array[] {
  const sizes = new Int32Array(count + 1);
  const m = at.index.length;
  for (let v = 0; v < m; v++) {
    const i = at.index[v] as number;
    const r = (rank[lanes.first[i] as number] as number) + 1;
    sizes[r] = (sizes[r] as number) + 1;
    const more = lanes.more.size ? lanes.more.get(i) : undefined;
    if (more) for (const l of more) sizes[(rank[l] as number) + 1] = (sizes[(rank[l] as number) + 1] as number) + 1;
  }
  for (let r = 0; r < count; r++) sizes[r + 1] = (sizes[r + 1] as number) + (sizes[r] as number);
  const total = sizes[count] as number;
  const out = total <= p.scratch.order.length ? p.scratch.order : new Int32Array(total);
  const fill = sizes.slice(0, count);
  for (let v = 0; v < m; v++) {
    const i = at.index[v] as number;
    const r = rank[lanes.first[i] as number] as number;
    out[fill[r] as number] = v;
    fill[r] = (fill[r] as number) + 1;
    const more = lanes.more.size ? lanes.more.get(i) : undefined;
    if (more) {
      for (const l of more) {
        const q = rank[l] as number;
        out[fill[q] as number] = v;
        fill[q] = (fill[q] as number) + 1;
      }
    }
  }
  return Array.from({ length: count }, (_, r) => out.subarray(sizes[r] as number, sizes[r + 1] as number));
}
