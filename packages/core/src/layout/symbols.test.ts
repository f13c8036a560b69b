import { describe, expect, test } from "vitest";
import { type PathContext, symbolPath, traceSymbol } from "./symbols.js";
import type { MarkShape } from "./types.js";

/** A path context that writes what it is asked to draw, rounded as symbolPath rounds. */
function recorder(): PathContext & { calls: string[] } {
  const r = (n: number) => Math.round(n * 100) / 100;
  const calls: string[] = [];
  return {
    calls,
    moveTo: (x, y) => calls.push(`M${r(x)},${r(y)}`),
    lineTo: (x, y) => calls.push(`L${r(x)},${r(y)}`),
    arc: (x, y, radius) => calls.push(`A${r(x)},${r(y)},${r(radius)}`),
    closePath: () => calls.push("Z"),
  };
}

const SHAPES: MarkShape[] = ["triangle-down", "circle", "square", "cross", "diamond"];

describe("traceSymbol", () => {
  test("draws the symbol moved to (x, y): every point shifted, nothing else changed", () => {
    for (const shape of SHAPES) {
      const at0 = recorder();
      const moved = recorder();
      traceSymbol(at0, shape, 12, 0, 0);
      traceSymbol(moved, shape, 12, 100, 20);
      expect(moved.calls.length).toBe(at0.calls.length);
      const shift = (c: string) =>
        c.replace(
          /^([MLA])(-?[\d.]+),(-?[\d.]+)/,
          (_, op, x, y) => `${op}${Math.round((+x + 100) * 100) / 100},${Math.round((+y + 20) * 100) / 100}`,
        );
      expect(moved.calls).toEqual(at0.calls.map(shift));
    }
  });

  test("draws the same polygon as symbolPath's path data", () => {
    const rec = recorder();
    traceSymbol(rec, "square", 12, 0, 0);
    expect(rec.calls.join("")).toBe(symbolPath("square", 12));
  });

  test("calls in a row do not leak into each other's context", () => {
    const a = recorder();
    const b = recorder();
    traceSymbol(a, "diamond", 12, 5, 5);
    traceSymbol(b, "circle", 12, 7, 7);
    expect(a.calls.every((c) => !c.startsWith("A"))).toBe(true);
    expect(b.calls.some((c) => c.startsWith("A"))).toBe(true);
  });
});
