import { type ScaleTime, scaleUtc } from "d3-scale";

/**
 * THE time scale of a timeline: instants (ms) to horizontal positions. Every renderer
 * (the web timeline, its zoom and overview, the PDF chart) maps time through this one
 * scale, so a mark, a tick and a label agree to the pixel wherever they are drawn.
 *
 * @example
 * const x = timeScale([Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 8)], [140, 840]);
 * x(Date.UTC(2025, 8, 2)) // 240
 * x.invert(240).getTime() // Date.UTC(2025, 8, 2)
 */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): ScaleTime<number, number> {
  return scaleUtc().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}

/**
 * The scale as `x = offset + t·k`, for loops over 100k entries where calling the d3
 * scale per entry costs more than the rest of the frame. The numbers come from the
 * scale itself (two evaluations), so they can never drift from it.
 *
 * @example
 * const { k, offset } = linearOf(timeScale(domain, range)); const x = offset + t * k;
 */
export function linearOf(scale: ScaleTime<number, number>): { k: number; offset: number } {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const x0 = scale(d0);
  const k = (scale(d1) - x0) / (d1 - d0);
  return { k, offset: x0 - d0 * k };
}

/**
 * The time scale a layout was drawn with.
 *
 * @example
 * scaleOf(layout)(entry.date.earliest) // the mark's x
 */
export function scaleOf(layout: {
  domain: readonly [number, number];
  range: readonly [number, number];
}): ScaleTime<number, number> {
  return timeScale(layout.domain, layout.range);
}
