import { midpoint } from "../dates/compare.js";
import { type PeriodUnit, periodOf, periodsBetween } from "../dates/period.js";
import type { Entry } from "../model/entries.js";

/** Intensity of one period. */
export interface EscalationPoint {
  key: string;
  start: number;
  end: number;
  /** Sum of all intensities: below zero, the period was hostile on balance. */
  total: number;
  /** Sum of the negative intensities, as a positive number: how much hostility. */
  conflict: number;
  /** Sum of the positive intensities: how much cooperation. */
  cooperation: number;
  count: number;
}

/**
 * The escalation series: intensity summed per day, week or month over the span of the
 * entries, with empty periods present (as zeros) so a curve drawn from it is honest.
 *
 * @example
 * escalationSeries(entriesOf(chronicle), "week").map((p) => [p.key, p.total])
 */
export function escalationSeries(
  entries: readonly Entry[],
  unit: PeriodUnit,
  timezone = "UTC",
  range?: { from: number; to: number },
): EscalationPoint[] {
  const dated = entries.filter((e) => Number.isFinite(midpoint(e.date)));
  if (dated.length === 0 && !range) return [];
  const instants = dated.map((e) => midpoint(e.date));
  // A loop, not Math.min(...instants): spreading ~120k arguments overflows the stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const at of instants) {
    if (at < first) first = at;
    if (at > last) last = at;
  }
  const from = range?.from ?? first;
  const to = range?.to ?? last;
  const points = periodsBetween(from, to, unit, timezone).map((p) => ({
    ...p,
    total: 0,
    conflict: 0,
    cooperation: 0,
    count: 0,
  }));
  const index = new Map(points.map((p, i) => [p.key, i]));
  dated.forEach((e, i) => {
    const at = instants[i] as number;
    if (at < from || at > to) return;
    const point = points[index.get(periodOf(at, unit, timezone).key) ?? -1];
    if (!point) return;
    point.total += e.intensity;
    point.count += 1;
    if (e.intensity < 0) point.conflict -= e.intensity;
    else point.cooperation += e.intensity;
  });
  for (const p of points) {
    p.total = round(p.total);
    p.conflict = round(p.conflict);
    p.cooperation = round(p.cooperation);
  }
  return points;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
