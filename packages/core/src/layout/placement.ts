import type { Placements } from "./lane-marks.js";
import type { PreparedEntries } from "./prepare.js";

/**
 * Places entries (by index, `list`) on the axis of the layout's time scale (given as
 * {@link linearOf} of it, `x(t) = offset + t·k`): a
 * fuzzy date spans from its earliest to its latest instant (an open end runs to the
 * domain's edge), the symbol sits at its anchor, clipped into the span, and stronger
 * intensity draws a larger symbol (within ±20 % of `markSize`).
 *
 * @example
 * const at = place(prepareEntries(entries), Int32Array.of(0, 1, 2), domain, linearOf(timeScale(domain, range)), 12);
 */
export function place(
  p: PreparedEntries,
  list: Int32Array,
  domain: [number, number],
  scale: { k: number; offset: number },
  markSize: number,
): Placements {
  const [d0, d1] = domain;
  const { k, offset } = scale;
  const m = list.length;
  // The buffers are reused from one zoom frame to the next: a 100k-entry layout then
  // allocates almost nothing, and the garbage collector stays out of the frame.
  const f = m <= p.scratch.index.length ? p.scratch.f : Array.from({ length: 6 }, () => new Float64Array(m));
  const [fx0, fx1, fx, fsize, flo, fhi] = f as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const at: Placements = {
    index: list,
    x0: fx0.subarray(0, m),
    x1: fx1.subarray(0, m),
    x: fx.subarray(0, m),
    size: fsize.subarray(0, m),
    lo: flo.subarray(0, m),
    hi: fhi.subarray(0, m),
  };
  for (let v = 0; v < m; v++) {
    const i = list[v] as number;
    const x0 = offset + Math.max(p.earliest[i] as number, d0) * k;
    const x1 = offset + Math.min(p.latest[i] as number, d1) * k;
    const x = Math.min(x1, Math.max(x0, offset + (p.anchor[i] as number) * k));
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
