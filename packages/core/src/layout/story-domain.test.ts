import { describe, expect, test } from "vitest";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { fitDomain } from "./geometry.js";
import { storyDomain } from "./story-domain.js";

const DAY = 86_400_000;
const chronicle = (dates: string[]): Chronicle => ({
  briefline: 1,
  title: "t",
  actors: [{ id: "a", name: "A", type: "state" }],
  statements: dates.map((date, i) => ({ id: `s${i}`, kind: "comment", speaker: "a", date, summary: "x" })),
});

describe("storyDomain", () => {
  test("storyDomain(entries) opens on the week where most items are, not the whole half-year", () => {
    const week = ["01", "02", "02", "03", "04", "05", "05", "06", "07"].map((d) => `2025-09-${d}`);
    const entries = entriesOf(chronicle(["2025-03-11", "2025-05-02", ...week]));
    const [a, b] = storyDomain(entries);
    expect(a).toBeGreaterThan(Date.UTC(2025, 7, 25));
    expect(a).toBeLessThanOrEqual(Date.UTC(2025, 8, 1));
    expect(b).toBeGreaterThanOrEqual(Date.UTC(2025, 8, 7) + DAY);
    expect(b - a).toBeLessThan(20 * DAY);
  });
  test("storyDomain(entries) is the whole period when items are spread out, or few", () => {
    const spread = entriesOf(
      chronicle(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}-10`)),
    );
    expect(storyDomain(spread)).toEqual(fitDomain(spread));
    const few = entriesOf(chronicle(["2025-01-01", "2025-09-01", "2025-09-02"]));
    expect(storyDomain(few)).toEqual(fitDomain(few));
  });
});
