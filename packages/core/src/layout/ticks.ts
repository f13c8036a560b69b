import { tzOffset } from "@date-fns/tz";
import {
  type CountableTimeInterval,
  type TimeInterval,
  utcDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcYear,
} from "d3-time";
import { utcFormat } from "d3-time-format";
import { linearOf, timeScale } from "./scale.js";
import type { AxisBand, Tick } from "./types.js";

interface Step {
  interval: CountableTimeInterval;
  step: number;
  /** Approximate duration, to pick the step that fits. */
  ms: number;
  minor: string;
  /** Format of a tick that starts a new band (a day among hours, a month among days). */
  major: string;
  band: TimeInterval | null;
  bandFormat: string;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const MONTH = 30.4 * DAY;
const YEAR = 365.25 * DAY;

const time = (interval: CountableTimeInterval, step: number, ms: number): Step => ({
  interval,
  step,
  ms,
  minor: "%H:%M",
  major: "%-d %b",
  band: utcDay,
  bandFormat: "%a %-d %b %Y",
});
const day = (interval: CountableTimeInterval, step: number, ms: number): Step => ({
  interval,
  step,
  ms,
  minor: "%-d",
  major: "%-d %b",
  band: utcMonth,
  bandFormat: "%B %Y",
});
const month = (step: number): Step => ({
  interval: utcMonth,
  step,
  ms: step * MONTH,
  // The band under the ticks names the year, so January says "Jan" (drawn bold), not
  // the year a second time.
  minor: "%b",
  major: "%b",
  band: utcYear,
  bandFormat: "%Y",
});
const year = (step: number): Step => ({
  interval: utcYear,
  step,
  ms: step * YEAR,
  minor: "%Y",
  major: "%Y",
  band: null,
  bandFormat: "",
});

/** From minutes to centuries: the axis adapts to the zoom by picking the finest that fits. */
const STEPS: Step[] = [
  time(utcMinute, 1, MIN),
  time(utcMinute, 5, 5 * MIN),
  time(utcMinute, 15, 15 * MIN),
  time(utcMinute, 30, 30 * MIN),
  time(utcHour, 1, HOUR),
  time(utcHour, 3, 3 * HOUR),
  time(utcHour, 6, 6 * HOUR),
  time(utcHour, 12, 12 * HOUR),
  day(utcDay, 1, DAY),
  day(utcDay, 2, 2 * DAY),
  day(utcMonday, 1, 7 * DAY),
  month(1),
  month(3),
  month(6),
  year(1),
  year(2),
  year(5),
  year(10),
  year(25),
  year(50),
  year(100),
];

/** The ticks and bands of a time axis. */
export interface TimeAxis {
  ticks: Tick[];
  bands: AxisBand[];
  /** What one tick step is, e.g. "1 day", "3 hours". */
  step: string;
}

/**
 * Ticks for a time domain drawn over a pixel range, in a time zone: the finest step
 * whose ticks stay at least `minSpacing` apart, labels in local (wall-clock) time, and
 * bands of the next larger unit (days under hours, months under days, years under
 * months) to give each label its context.
 *
 * @example
 * timeAxis([Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 8)], [0, 700], "UTC").ticks.map((t) => t.label)
 * // ["1 Sep", "2", "3", "4", "5", "6", "7", "8"]
 */
export function timeAxis(domain: [number, number], range: [number, number], timezone = "UTC", minSpacing = 56) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = timeScale(domain, range);
  const { k } = linearOf(scale);
  const x = (t: number) => scale(t);
  const chosen = STEPS.find((s) => s.ms * k >= minSpacing) ?? (STEPS[STEPS.length - 1] as Step);
  const wall = (t: number) => t + offsetMs(timezone, t);
  const w0 = wall(d0);
  const w1 = wall(d1);
  const every = chosen.step > 1 ? (chosen.interval.every(chosen.step) ?? chosen.interval) : chosen.interval;
  const minor = utcFormat(chosen.minor);
  const major = utcFormat(chosen.major);
  const ticks: Tick[] = [];
  let previousBand: number | undefined;
  for (const local of every.range(new Date(w0), new Date(w1 + 1))) {
    const value = fromWall(local.getTime(), timezone);
    if (value < d0 || value > d1) continue;
    const band = chosen.band ? chosen.band.floor(local).getTime() : undefined;
    const isMajor =
      band !== undefined && (band === local.getTime() || (previousBand !== undefined && band !== previousBand));
    previousBand = band;
    ticks.push({ value, x: round(x(value)), label: (isMajor ? major : minor)(local), major: isMajor });
  }
  return { ticks, bands: bandsOf(chosen, w0, w1, timezone, x, r0, r1), step: describe(chosen) };
}

/**
 * The edges of the time bins that clusters and density strips count in: calendar units
 * in the chronicle's time zone (days, weeks, months, quarters, years…), the finest whose
 * width on screen is at least `minWidth` px, so a strip's cells line up with the axis
 * and a cell left of "Jan" holds December, not the first days of January. Edges run from
 * the start of the unit holding `domain[0]` to the first start after `domain[1]`.
 *
 * @example
 * binEdges([Date.UTC(2025, 0, 10), Date.UTC(2025, 3, 2)], 1 / 86_400_000, "UTC", 27)
 * // [Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1), Date.UTC(2025, 4, 1)]
 */
export function binEdges(
  domain: readonly [number, number],
  k: number,
  timezone: string,
  minWidth: number,
): Float64Array {
  const [d0, d1] = domain;
  const chosen = STEPS.find((s) => s.ms * k >= minWidth) ?? (STEPS[STEPS.length - 1] as Step);
  const every = chosen.step > 1 ? (chosen.interval.every(chosen.step) ?? chosen.interval) : chosen.interval;
  const w0 = d0 + offsetMs(timezone, d0);
  const w1 = d1 + offsetMs(timezone, d1);
  const edges: number[] = [];
  let local = every.floor(new Date(w0));
  // Bounded like the axis's bands: a pathological domain never loops for long.
  while (edges.length < 100_000) {
    const edge = fromWall(local.getTime(), timezone);
    if (edges.length === 0 || edge > (edges[edges.length - 1] as number)) edges.push(edge);
    if (local.getTime() > w1) break;
    local = every.offset(local, 1);
  }
  if (edges.length < 2) edges.push(Math.max(d1, (edges[0] as number) + 1) + 1);
  return Float64Array.from(edges);
}

function bandsOf(
  chosen: Step,
  w0: number,
  w1: number,
  timezone: string,
  x: (t: number) => number,
  r0: number,
  r1: number,
): AxisBand[] {
  if (!chosen.band) return [];
  const format = utcFormat(chosen.bandFormat);
  const bands: AxisBand[] = [];
  let start = chosen.band.floor(new Date(w0));
  while (start.getTime() <= w1 && bands.length < 1000) {
    const end = chosen.band.offset(start, 1);
    const from = fromWall(start.getTime(), timezone);
    const to = fromWall(end.getTime(), timezone);
    bands.push({
      start: from,
      end: to,
      x0: round(Math.max(r0, x(from))),
      x1: round(Math.min(r1, x(to))),
      label: format(start),
      labelWidth: 0,
    });
    start = end;
  }
  return bands;
}

function describe(s: Step): string {
  const unit =
    s.interval === utcMinute
      ? "minute"
      : s.interval === utcHour
        ? "hour"
        : s.interval === utcDay
          ? "day"
          : s.interval === utcMonday
            ? "week"
            : s.interval === utcMonth
              ? "month"
              : "year";
  return `${s.step} ${unit}${s.step === 1 ? "" : "s"}`;
}

/** Offset of a time zone from UTC at an instant, in ms (positive east of Greenwich). */
function offsetMs(timezone: string, instant: number): number {
  return timezone === "UTC" ? 0 : tzOffset(timezone, new Date(instant)) * 60_000;
}

/** The instant at which the wall clock of `timezone` shows `wall` (read as UTC). */
function fromWall(wall: number, timezone: string): number {
  if (timezone === "UTC") return wall;
  // A second look corrects the hour around a DST change, as in dates/parse-date.
  const first = offsetMs(timezone, wall);
  return wall - offsetMs(timezone, wall - first);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
