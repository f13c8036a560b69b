import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sortOrder } from "./sort-order.js";

/** What sortOrder promises: a stable sort of the indexes by value, NaN last. */
const reference = (values: number[]) =>
  values
    .map((_, i) => i)
    .sort((a, b) => {
      const x = values[a] as number;
      const y = values[b] as number;
      return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : Number.isNaN(y) ? -1 : x - y;
    });

describe("sortOrder", () => {
  test("sortOrder(values) lists indexes by ascending value, equal values in index order", () => {
    expect([...sortOrder(Float64Array.of(30, 10, 20, 10))]).toEqual([1, 3, 2, 0]);
  });

  test("sortOrder(values) puts NaN last, in index order, and open ends at the extremes", () => {
    expect([...sortOrder(Float64Array.of(Number.NaN, 5, Number.POSITIVE_INFINITY, Number.NaN, -Infinity))]).toEqual([
      4, 1, 2, 0, 3,
    ]);
  });

  test("sortOrder(values) treats -0 and 0 as equal", () => {
    expect([...sortOrder(Float64Array.of(0, -0, 0))]).toEqual([0, 1, 2]);
  });

  test("sortOrder(values) agrees with a stable comparator sort", () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), (values) => {
        expect([...sortOrder(Float64Array.from(values))]).toEqual(reference(values));
      }),
    );
  });

  test("sortOrder(values) agrees with it on nearly sorted values (entries in date order, a few out of place)", () => {
    const nearly = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -40, max: 40 })), { maxLength: 300 })
      .map((steps) => {
        let t = 0;
        return steps.map(([step, jump]) => {
          t += step;
          return Math.abs(jump) > 35 ? t + jump : t;
        });
      });
    fc.assert(
      fc.property(nearly, (values) => {
        expect([...sortOrder(Float64Array.from(values))]).toEqual(reference(values));
      }),
    );
  });
});
