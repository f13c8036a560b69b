import type { Entry } from "../model/entries.js";
import { fitDomain } from "./geometry.js";

/**
 * The view a timeline opens on: where most of the story happens. The shortest window
 * that holds `share` of the dated items (by the instant their marks sit at), padded by
 * a tenth on the left and a third on the right, where the latest items' labels go; the whole period ({@link fitDomain}) when that window is more
 * than half of it anyway, or when there are fewer than 8 items. A chronicle whose
 * items crowd into one week of a six-month span then opens on that week instead of
 * squeezing it into a sliver; the overview and "Fit" still show the whole.
 *
 * @example
 * storyDomain(entriesOf(chronicle)) // [Date.UTC(2025, 7, 24), Date.UTC(2025, 8, 8)]
 */
export function storyDomain(entries: readonly Entry[], share = 0.8): [number, number] {
  const whole = fitDomain(entries);
  const at: number[] = [];
  for (const e of entries) {
    const { earliest, latest } = e.date;
    const t = Number.isFinite(earliest) ? earliest : latest;
    if (Number.isFinite(t)) at.push(t);
  }
  if (at.length < 8) return whole;
  at.sort((a, b) => a - b);
  const n = Math.ceil(at.length * share);
  let best = 0;
  for (let i = 1; i + n - 1 < at.length; i++)
    if ((at[i + n - 1] as number) - (at[i] as number) < (at[best + n - 1] as number) - (at[best] as number)) best = i;
  const lo = at[best] as number;
  const hi = at[best + n - 1] as number;
  const span = Math.max(hi - lo, 86_400_000);
  if (span > (whole[1] - whole[0]) / 2) return whole;
  const pad = Math.max(span * 0.1, 43_200_000);
  return [Math.max(whole[0], Math.floor(lo - pad)), Math.ceil(hi + Math.max(span / 3, 86_400_000))];
}
