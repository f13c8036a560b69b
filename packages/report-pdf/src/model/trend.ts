import { type Entry, type EscalationPoint, escalationSeries, midpoint, type PeriodUnit } from "@briefline/core";
import type { Scope } from "./scope.js";

/** Intensity of the items in one window of time. */
export interface TrendWindow {
  from: number;
  to: number;
  count: number;
  /** Sum of the hostile intensities, as a positive number. */
  conflict: number;
  /** Sum of the cooperative intensities. */
  cooperation: number;
  /** cooperation − conflict: below zero, the window was hostile on balance. */
  net: number;
  threats: number;
  offers: number;
}

/** The period compared with the one before it, CrisisWatch style. */
export interface Trend {
  /** `period`: the whole period against the same length before it; `week`: its last 7 days against the 7 before. */
  basis: "period" | "week" | "none";
  current: TrendWindow;
  previous: TrendWindow;
  verdict: "deteriorated" | "improved" | "unchanged" | "no-basis";
  /** Whether the verdict was refused because a window holds fewer than {@link MIN_TREND_ITEMS} items. */
  tooFew: boolean;
  /** Escalation series over the period. */
  unit: PeriodUnit;
  series: EscalationPoint[];
}

const DAY = 86_400_000;
/** Items the two compared windows must hold together before a trend is called: a handful is an anecdote. */
export const MIN_TREND_ITEMS = 6;
const THREAT = new Set(["threat", "warning", "ultimatum"]);
const OFFER = new Set(["offer", "proposal"]);

/**
 * Compares the period's escalation with the previous period of the same length; when
 * the chronicle has nothing before the period, compares its last seven days with the
 * seven before them. The verdict needs at least {@link MIN_TREND_ITEMS} items in the two
 * windows together and one in each (else `no-basis`, with `tooFew`), and a change of net intensity larger than
 * noise (4 points, or 15% of the activity in the two windows).
 *
 * @example
 * computeTrend(scope, "UTC").verdict // "deteriorated"
 */
export function computeTrend(scope: Scope, tz: string): Trend {
  const length = scope.to - scope.from;
  const unit: PeriodUnit = length <= 31 * DAY ? "day" : length <= 280 * DAY ? "week" : "month";
  const series = scope.dated ? escalationSeries(scope.entries, unit, tz, { from: scope.from, to: scope.to }) : [];
  let basis: Trend["basis"] = "none";
  let current = windowOf(scope.entries, scope.from, scope.to);
  let previous = windowOf(scope.before.entries, scope.before.from, scope.before.to);
  if (scope.before.entries.length > 0) basis = "period";
  else if (length >= 14 * DAY) {
    basis = "week";
    current = windowOf(scope.entries, scope.to - 7 * DAY + 1, scope.to);
    previous = windowOf(scope.entries, scope.to - 14 * DAY + 1, scope.to - 7 * DAY);
  }
  const delta = current.net - previous.net;
  const noise = Math.max(
    4,
    0.15 * ((current.conflict + current.cooperation + previous.conflict + previous.cooperation) / 2),
  );
  const tooFew =
    basis !== "none" &&
    (current.count + previous.count < MIN_TREND_ITEMS || current.count === 0 || previous.count === 0);
  const verdict =
    basis === "none" || tooFew
      ? "no-basis"
      : delta < -noise
        ? "deteriorated"
        : delta > noise
          ? "improved"
          : "unchanged";
  return { basis, current, previous, verdict, tooFew, unit, series };
}

/**
 * What a trend compares, in words, for the verdict's sentence.
 *
 * @example
 * comparison(trend, range) // "its last seven days (1 Sep – 7 Sep 2025) with the seven before (25 Aug – 31 Aug 2025)"
 */
export function comparison(trend: Trend, range: (w: TrendWindow) => string): string {
  if (trend.basis === "week")
    return `its last seven days (${range(trend.current)}) with the seven before (${range(trend.previous)}), as nothing precedes the period`;
  if (trend.basis === "period")
    return `the period (${range(trend.current)}) with the same length of time before it (${range(trend.previous)})`;
  return "nothing: the period is shorter than two weeks and nothing precedes it";
}

function windowOf(entries: readonly Entry[], from: number, to: number): TrendWindow {
  const w: TrendWindow = { from, to, count: 0, conflict: 0, cooperation: 0, net: 0, threats: 0, offers: 0 };
  for (const e of entries) {
    const at = midpoint(e.date);
    if (!(at >= from && at <= to)) continue;
    w.count++;
    if (e.intensity < 0) w.conflict -= e.intensity;
    else w.cooperation += e.intensity;
    if (e.type === "statement" && THREAT.has(e.kind)) w.threats++;
    if (e.type === "statement" && OFFER.has(e.kind)) w.offers++;
  }
  w.conflict = round(w.conflict);
  w.cooperation = round(w.cooperation);
  w.net = round(w.cooperation - w.conflict);
  return w;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
