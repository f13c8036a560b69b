import { describe, expect, it } from "vitest";
import { actor, statement } from "../../test-fixtures/chronicles.js";
import type { Chronicle } from "../model/types.js";
import { computeLayout } from "./compute-layout.js";

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

describe("computeLayout periods", () => {
  const chronicle: Chronicle = {
    briefline: 1,
    title: "t",
    actors: [actor("a")],
    sources: [{ id: "wire", title: "Wire" }],
    statements: [statement("s1", "threat", "a", "2025-09-01"), statement("s2", "offer", "a", "2025-09-30")],
    periods: [
      { title: "Talks", date: "2025-09-03/2025-09-06" },
      { title: "Long before", date: "2024" },
      { title: "Across the edge", date: "2025-08-20/2025-09-02" },
    ],
  };

  it("computeLayout(…).periods places each period in the domain as a band, clipped at its edges", () => {
    const domain: [number, number] = [day("2025-09-01"), day("2025-10-01")];
    const layout = computeLayout(chronicle, { width: 1000, domain });
    const x = (t: number) =>
      layout.range[0] + ((t - domain[0]) * (layout.range[1] - layout.range[0])) / (domain[1] - domain[0]);
    expect(layout.periods?.map((p) => p.title)).toEqual(["Talks", "Across the edge"]);
    const [talks] = layout.periods ?? [];
    expect(talks?.x0).toBeCloseTo(x(day("2025-09-03")), 6);
    expect(talks?.x1).toBeCloseTo(x(day("2025-09-07")), 6);
    expect(talks?.clipped).toEqual([false, false]);
    expect(layout.periods?.[1]).toMatchObject({ x0: layout.range[0], clipped: [true, false] });
  });

  it("computeLayout(…).periods is empty when the chronicle has none", () => {
    expect(computeLayout({ ...chronicle, periods: undefined }, { width: 800 }).periods).toEqual([]);
  });
});
