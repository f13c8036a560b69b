import { parseDate } from "../dates/parse-date.js";
import type { ChroniclePeriod } from "../model/types.js";
import type { PeriodBand } from "./types.js";

/**
 * The chronicle's periods (TimelineJS eras) as background bands: each period that
 * overlaps the visible domain, its ends clipped to it, in pixels. Renderers draw them
 * behind the lanes (a filled rectangle from x0 to x1, the title at the top left).
 *
 * @example
 * periodBands([{ title: "Talks", date: "2025-09-03/2025-09-06" }], domain, x, "UTC")
 * // [{ title: "Talks", x0: 212.5, x1: 340, start: …, end: …, clipped: [false, false] }]
 */
export function periodBands(
  periods: readonly ChroniclePeriod[],
  domain: readonly [number, number],
  x: (t: number) => number,
  timezone: string,
): PeriodBand[] {
  const bands: PeriodBand[] = [];
  for (const p of periods) {
    const parsed = parseDate(p.date, timezone);
    if (!parsed.ok) continue;
    const { earliest, latest } = parsed.date;
    if (latest < domain[0] || earliest > domain[1]) continue;
    const start = Math.max(earliest, domain[0]);
    const end = Math.min(latest + 1, domain[1]);
    bands.push({
      title: p.title,
      x0: x(start),
      x1: x(end),
      start: earliest,
      end: latest + 1,
      clipped: [earliest < domain[0], latest + 1 > domain[1]],
    });
  }
  return bands;
}
