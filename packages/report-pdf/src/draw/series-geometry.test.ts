import { entriesOf, escalationSeries } from "@briefline/core";
import { timeScale } from "@briefline/core/layout";
import { describe, expect, it } from "vitest";
import { exampleChronicle } from "../_test/pdf.js";
import { seriesGeometry } from "./series-geometry.js";

const box = { x: 80, y: 100, width: 480, height: 100 };
const DAY = 86_400_000;
const point = (i: number, conflict: number, cooperation: number) => ({
  key: `d${i}`,
  start: Date.UTC(2025, 8, 1) + i * DAY,
  end: Date.UTC(2025, 8, 1) + (i + 1) * DAY - 1,
  total: cooperation - conflict,
  conflict,
  cooperation,
  count: 1,
});

function inside(x: number, y: number): boolean {
  const e = 1e-6;
  return x >= box.x - e && x <= box.x + box.width + e && y >= box.y - e && y <= box.y + box.height + e;
}

describe("seriesGeometry", () => {
  it("seriesGeometry(series, box) keeps every bar and every point of the line inside the box", () => {
    for (const series of [
      escalationSeries(entriesOf(exampleChronicle()), "week"),
      [point(0, 40, 0), point(1, 0, 3), point(2, 7, 7)],
      [point(0, 0, 0)],
      Array.from({ length: 400 }, (_, i) => point(i, (i * 7) % 23, (i * 5) % 11)),
    ]) {
      const g = seriesGeometry(series, box);
      for (const b of g.bars) {
        expect(inside(b.x, b.y)).toBe(true);
        expect(inside(b.x + b.width, b.y + b.height)).toBe(true);
      }
      for (const [x, y] of g.line) expect(inside(x, y)).toBe(true);
    }
  });

  it("seriesGeometry places each period at its centre on core's time scale", () => {
    const series = [point(0, 1, 0), point(1, 0, 2), point(2, 3, 0), point(3, 0, 0)];
    const g = seriesGeometry(series, box);
    const x = timeScale([series[0]?.start as number, series[3]?.end as number], [box.x, box.x + box.width]);
    series.forEach((p, i) => expect(g.centres[i]).toBeCloseTo(x((p.start + p.end) / 2), 6));
    expect(g.step).toBeCloseTo(box.width / 4, 3);
  });

  it("seriesGeometry gives round gridlines over the data's nice extent, zero among them", () => {
    const g = seriesGeometry([point(0, 18, 0), point(1, 0, 9)], box);
    expect(g.ticks.map((t) => t.value)).toEqual([-20, -15, -10, -5, 0, 5, 10]);
    expect(g.ticks[0]?.y).toBeCloseTo(box.y + box.height, 6);
    expect(g.ticks.at(-1)?.y).toBeCloseTo(box.y, 6);
    expect(g.ticks.find((t) => t.value === 0)?.y).toBeCloseTo(g.zero, 6);
  });

  it("seriesGeometry of a calm series still has a zero line and a −1…+1 axis", () => {
    const g = seriesGeometry([point(0, 0, 0), point(1, 0, 0)], box);
    expect(g.ticks.map((t) => t.value)).toContain(0);
    expect(g.bars).toEqual([]);
  });
});
