import type { EscalationPoint } from "@briefline/core";
import { timeScale } from "@briefline/core/layout";
import { nice, ticks } from "d3-array";

/** A plot box in points. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the series chart's pieces go, in points: what {@link seriesGeometry} returns. */
export interface SeriesGeometry {
  /** y of the zero line. */
  zero: number;
  /** Gridlines at round values (zero among them), with their y. */
  ticks: Array<{ value: number; y: number }>;
  /** One bar up (cooperation) and one down (hostility) per period that has any. */
  bars: Array<{ x: number; y: number; width: number; height: number; kind: "cooperation" | "conflict" }>;
  /** The net intensity per period, at the period's centre. */
  line: Array<[number, number]>;
  /** Centre of each period on the x axis. */
  centres: number[];
  /** Width of one period on the axis. */
  step: number;
}

/**
 * The series chart's geometry inside `box`: x is core's time scale (`timeScale`) from
 * the first period's start to the last period's end, each period drawn at its centre;
 * the value axis runs over d3-array's `nice` extent of the data (at least −1…+1) with
 * `ticks` for the gridlines. Every bar and every point of the line lies inside the box.
 *
 * @example
 * seriesGeometry(trend.series, { x: 80, y: 100, width: 480, height: 100 }).bars.length
 */
export function seriesGeometry(series: readonly EscalationPoint[], box: Box): SeriesGeometry {
  const first = series[0];
  const last = series.at(-1);
  const [lo, hi] = nice(
    Math.min(-1, ...series.map((p) => -p.conflict)),
    Math.max(1, ...series.map((p) => p.cooperation)),
    5,
  );
  const k = box.height / (hi - lo);
  const zero = box.y + hi * k;
  const yOf = (v: number) => zero - v * k;
  if (!first || !last) return { zero, ticks: [], bars: [], line: [], centres: [], step: 0 };
  const x = timeScale([first.start, Math.max(last.end, first.start + 1)], [box.x, box.x + box.width]);
  const centres = series.map((p) => x((p.start + p.end) / 2));
  const step = Math.min(...series.map((p) => x(p.end) - x(p.start)));
  const width = Math.max(0.8, Math.min(18, step * 0.7));
  const bars: SeriesGeometry["bars"] = [];
  series.forEach((p, i) => {
    const left = (centres[i] as number) - width / 2;
    if (p.cooperation > 0)
      bars.push({ x: left, y: yOf(p.cooperation), width, height: p.cooperation * k, kind: "cooperation" });
    if (p.conflict > 0) bars.push({ x: left, y: zero, width, height: p.conflict * k, kind: "conflict" });
  });
  return {
    zero,
    ticks: ticks(lo, hi, 5).map((value) => ({ value, y: yOf(value) })),
    bars,
    line: series.map((p, i) => [centres[i] as number, yOf(p.total)]),
    centres,
    step,
  };
}
