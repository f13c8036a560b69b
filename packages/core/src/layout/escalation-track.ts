import { area, curveMonotoneX, line } from "d3-shape";
import { type Period, type PeriodUnit, periodOf } from "../dates/period.js";
import type { Entry } from "../model/entries.js";
import type { EscalationPoint } from "../query/escalation.js";
import { lowerBound, upperBound } from "../util/bisect.js";
import { prepareEntries } from "./prepare.js";
import type { EscalationTrack } from "./types.js";

/**
 * The escalation series of the entries whose midpoint falls in the domain, the same
 * numbers as `escalationSeries` with that range, but found by bisecting the periods so
 * that 100k entries take milliseconds (a zoom frame recomputes it).
 *
 * @example
 * seriesInDomain(entries, [Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 30)], "day", "UTC").length // 30
 */
export function seriesInDomain(
  entries: readonly Entry[],
  domain: [number, number],
  unit: PeriodUnit,
  timezone: string,
): EscalationPoint[] {
  const [from, to] = domain;
  const points: EscalationPoint[] = periods(from, to, unit, timezone).map((p) => ({
    ...p,
    total: 0,
    conflict: 0,
    cooperation: 0,
    count: 0,
  }));
  // Each period's sums are differences of running sums over the entries sorted by
  // midpoint, found by bisecting: a zoom frame costs the periods, not the entries.
  const { midSorted, cumTotal, cumConflict, cumCooperation } = prepareEntries(entries);
  const last = upperBound(midSorted, to);
  for (const point of points) {
    const a = lowerBound(midSorted, Math.max(point.start, from));
    const b = Math.min(lowerBound(midSorted, point.end), last);
    if (b <= a) continue;
    point.count = b - a;
    point.total = (cumTotal[b] as number) - (cumTotal[a] as number);
    point.conflict = (cumConflict[b] as number) - (cumConflict[a] as number);
    point.cooperation = (cumCooperation[b] as number) - (cumCooperation[a] as number);
  }
  for (const p of points) {
    p.total = round(p.total);
    p.conflict = round(p.conflict);
    p.cooperation = round(p.cooperation);
  }
  return points;
}

// Calendar periods in a time zone cost a few microseconds each to compute; a zoom frame
// walks the same ones again, so each period remembers the one after it.
const next = new Map<string, Period>();

function periods(from: number, to: number, unit: PeriodUnit, timezone: string): Period[] {
  const out: Period[] = [];
  let period = periodOf(from, unit, timezone);
  while (period.start <= to && out.length < 100_000) {
    out.push(period);
    const key = `${unit}|${timezone}|${period.start}`;
    let following = next.get(key);
    if (!following) {
      if (next.size > 50_000) next.clear();
      following = periodOf(period.end, unit, timezone);
      next.set(key, following);
    }
    period = following;
  }
  return out;
}

/**
 * The period the escalation track sums over for a visible span: days up to three
 * months, weeks up to two years, months beyond.
 *
 * @example
 * escalationUnit(30 * 86_400_000) // "day"
 */
export function escalationUnit(spanMs: number): PeriodUnit {
  const day = 86_400_000;
  return spanMs <= 92 * day ? "day" : spanMs <= 731 * day ? "week" : "month";
}

/**
 * Lays out the escalation track: each period's total at the period's centre, a
 * monotone curve through them and the area between the curve and zero (hostile below,
 * cooperative above). Beside a period with items, an empty period's zero sits at their
 * common edge, so the curve does not start to move before the first item's period. The
 * curve is drawn clipped to `clip`, the plot box (`range` wide, `box` high).
 *
 * @example
 * escalationTrack(entries, domain, timeScale(domain, [140, 940]), { y: 0, height: 60, timezone: "UTC" }).line // "M140,30C…"
 */
export function escalationTrack(
  entries: readonly Entry[],
  domain: [number, number],
  x: (t: number) => number,
  box: { y: number; height: number; timezone: string; range?: [number, number] },
): EscalationTrack {
  const unit = escalationUnit(domain[1] - domain[0]);
  const series = seriesInDomain(entries, domain, unit, box.timezone);
  let min = 0;
  let max = 0;
  for (const p of series) {
    if (p.total < min) min = p.total;
    if (p.total > max) max = p.total;
  }
  if (min === 0 && max === 0) {
    min = -1;
    max = 1;
  }
  const pad = 4;
  const top = box.y + pad;
  const bottom = box.y + box.height - pad;
  const y = (v: number) => bottom - ((v - min) / (max - min)) * (bottom - top);
  const points = series.map((p) => ({ ...p, x: round(x(p.start + (p.end - p.start) / 2)), y: round(y(p.total)) }));
  const zeroY = round(y(0));
  const drawn = points.map((p, i) => {
    if (p.count > 0) return p;
    const before = (points[i - 1]?.count ?? 0) > 0;
    const after = (points[i + 1]?.count ?? 0) > 0;
    if (after && !before) return { x: round(x(p.end)), y: p.y };
    if (before && !after) return { x: round(x(p.start)), y: p.y };
    return p;
  });
  const [r0, r1] = box.range ?? [Math.min(...points.map((p) => p.x), 0), Math.max(...points.map((p) => p.x), 0)];
  const lineOf = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveMonotoneX)
    .digits(2);
  const areaOf = area<{ x: number; y: number }>()
    .x((p) => p.x)
    .y0(zeroY)
    .y1((p) => p.y)
    .curve(curveMonotoneX)
    .digits(2);
  return {
    y: box.y,
    height: box.height,
    zeroY,
    unit,
    points,
    line: lineOf(drawn) ?? "",
    area: areaOf(drawn) ?? "",
    min,
    max,
    clip: { x: r0, y: box.y, width: r1 - r0, height: box.height },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
