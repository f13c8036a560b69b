import type { Entry } from "../model/entries.js";

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
  // An indexed loop: it runs over every entry before the code has warmed up, where a
  // for…of allocates an iterator result per entry.
  for (let i = 0; i < entries.length; i++) {
    const { earliest, latest } = (entries[i] as Entry).date;
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
