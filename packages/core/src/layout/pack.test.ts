import { describe, expect, test } from "vitest";
import { packRows, packRowsByPriority } from "./pack.js";

describe("packRows", () => {
  test("packRows(lo, hi) puts overlapping extents in different rows and reuses freed rows", () => {
    expect([...packRows([0, 5, 20], [10, 15, 30], 3, 2)]).toEqual([0, 1, 0]);
  });

  test("packRows(gap) keeps extents at least gap apart in a row", () => {
    expect([...packRows([0, 11], [10, 20], 2, 2)]).toEqual([0, 1]);
    expect([...packRows([0, 12], [10, 20], 2, 2)]).toEqual([0, 0]);
  });

  test("packRows(maxRows) marks what does not fit with -1", () => {
    expect([...packRows([0, 0, 0, 0], [5, 5, 5, 5], 2, 0)]).toEqual([0, 1, -1, -1]);
  });
});

describe("packRowsByPriority", () => {
  test("packRowsByPriority(lo, hi, priority, maxRows, gap) leaves the least important extents over", () => {
    expect(Array.from(packRowsByPriority([0, 5, 8], [10, 15, 12], [1, 9, 5], 2, 2))).toEqual([-1, 0, 1]);
  });
  test("packRowsByPriority keeps extents of a row apart by the gap", () => {
    const rows = packRowsByPriority([0, 11, 12], [10, 20, 20], [3, 2, 1], 1, 2);
    expect(Array.from(rows)).toEqual([0, -1, 0]);
  });
});
