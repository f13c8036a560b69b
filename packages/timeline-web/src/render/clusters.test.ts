import type { Cluster, Lane, Layout, Measure } from "@briefline/core/layout";
import { describe, expect, it } from "vitest";
import { clusterShapes } from "./clusters.js";
import { hitTest } from "./hit.js";

/** A measure of 5 px a character (6 in bold), so widths are easy to read. */
const measure: Measure = (text, style) => text.length * (style.bold ? 6 : 5);

function cluster(id: string, lane: string, x0: number, x1: number, count: number): Cluster {
  return { id, lane, x: (x0 + x1) / 2, x0, x1, y: 100, count, ids: [], families: {} };
}

function layoutOf(clusters: Cluster[], denseLanes: string[]): Layout {
  const lanes = ["a", "b"].map((key) => ({ key, dense: denseLanes.includes(key) }) as Lane);
  return { clusters, lanes, marks: [] } as unknown as Layout;
}

describe("clusterShapes", () => {
  it("sizes a badge to its measured '+N' with 4 px either side, centred on the bin", () => {
    const [one, many] = clusterShapes(
      layoutOf([cluster("a:1", "a", 0, 60, 3), cluster("a:2", "a", 60, 120, 1234)], []),
      measure,
    );
    expect(one).toMatchObject({ label: "+3", width: 2 * 6 + 8, x0: -(2 * 6 + 8) / 2, dense: false });
    expect(many).toMatchObject({ label: "+1234", width: 5 * 6 + 8 });
  });

  it("writes a heat cell's count only where the measured count fits", () => {
    const shapes = clusterShapes(
      layoutOf([cluster("b:1", "b", 0, 20, 12), cluster("b:2", "b", 20, 35, 123)], ["b"]),
      measure,
    );
    expect(shapes.map((s) => [s.dense, s.width, s.label])).toEqual([
      [true, 18, "12"], // 12 px of text + 4 fits in 18
      [true, 13, ""], // 18 + 4 does not fit in 13
    ]);
  });

  it("hit testing finds a badge across the width it was drawn with, not beyond", () => {
    const layout = layoutOf([cluster("a:1", "a", 0, 200, 12345)], []);
    const width = (clusterShapes(layout, measure)[0] as { width: number }).width; // 6·6 + 8 = 44
    expect(hitTest(layout, 100 + width / 2, 100)).toMatchObject({ cluster: { id: "a:1" } });
    expect(hitTest(layout, 100 + width / 2 + 3, 100)).toBeNull();
  });
});
