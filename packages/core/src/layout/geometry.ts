import type { Entry } from "../model/entries.js";

/** Where one entry falls on the axis, before it is given a lane and a row. */
export interface Placement {
  /** Start and end of the span, clipped to the range. */
  x0: number;
  x1: number;
  /** Centre of the symbol. */
  x: number;
  size: number;
  /** The extent the symbol and bar occupy, for packing. */
  lo: number;
  hi: number;
  openStart: boolean;
  openEnd: boolean;
}

/**
 * Places an entry on a linear time axis `x(t) = r0 + (t - d0) · k`. A fuzzy date spans
 * from its earliest to its latest instant (an open end runs to the domain's edge). The
 * symbol sits at the start of an interval (when it began) and at the middle of an
 * imprecise single date (a month is equally likely anywhere in it). Stronger intensity
 * draws a larger symbol, within ±20 % of `markSize`.
 *
 * @example
 * placeEntry(entry, [d0, d1], 140, 0.001, 12).x0
 */
export function placeEntry(entry: Entry, domain: [number, number], r0: number, k: number, markSize: number): Placement {
  const [d0, d1] = domain;
  const { earliest, latest } = entry.date;
  const openStart = !Number.isFinite(earliest);
  const openEnd = !Number.isFinite(latest);
  const t0 = Math.max(earliest, d0);
  const t1 = Math.min(latest, d1);
  const x0 = r0 + (t0 - d0) * k;
  const x1 = r0 + (t1 - d0) * k;
  let anchor: number;
  if (entry.date.interval) anchor = openStart ? latest : earliest;
  else anchor = earliest + (latest - earliest) / 2;
  const x = Math.min(x1, Math.max(x0, r0 + (anchor - d0) * k));
  const size = Math.round(markSize * (0.8 + 0.04 * Math.min(10, Math.abs(entry.intensity))) * 2) / 2;
  return {
    x0,
    x1,
    x,
    size,
    lo: Math.min(x0, x - size / 2),
    hi: Math.max(x1, x + size / 2),
    openStart,
    openEnd,
  };
}

/**
 * The domain that shows every entry, with 3 % padding on each side (at least half a
 * day), so marks at the ends are not cut. Open ends are ignored; with no dated entries
 * it is the first day of 2000, so that the result stays deterministic.
 *
 * @example
 * fitDomain(entriesOf(chronicle)) // [1741…, 1757…]
 */
export function fitDomain(entries: readonly Entry[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    const { earliest, latest } = e.date;
    if (Number.isFinite(earliest)) {
      if (earliest < lo) lo = earliest;
      if (earliest > hi) hi = earliest;
    }
    if (Number.isFinite(latest)) {
      if (latest < lo) lo = latest;
      if (latest > hi) hi = latest;
    }
  }
  if (lo > hi) return [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)];
  const pad = Math.max(43_200_000, (hi - lo) * 0.03);
  return [Math.floor(lo - pad), Math.ceil(hi + pad)];
}
