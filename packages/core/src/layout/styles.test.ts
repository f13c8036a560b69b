import { describe, expect, test } from "vitest";
import { EVENT_KINDS, STATEMENT_KINDS } from "../model/vocabulary.js";
import { FAMILY_STYLE, familyOf, KIND_FAMILY, KIND_ORDER } from "./styles.js";
import { symbolPath } from "./symbols.js";

describe("styles and symbols", () => {
  test("KIND_FAMILY covers every statement and event kind", () => {
    for (const kind of [...STATEMENT_KINDS, ...EVENT_KINDS]) expect(KIND_FAMILY[kind]).toBeDefined();
    expect(KIND_ORDER).toHaveLength(STATEMENT_KINDS.length + EVENT_KINDS.length);
    expect(familyOf("no-such-kind")).toBe("other");
  });

  test("FAMILY_STYLE gives each family a distinct shape and colour", () => {
    const styles = Object.values(FAMILY_STYLE);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
  });

  test("FAMILY_STYLE colours reach 3:1 contrast against white", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const { color } of Object.values(FAMILY_STYLE))
      expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(3);
  });

  test("symbolPath(shape, size) is a closed path that fits in the size", () => {
    for (const shape of ["triangle-down", "circle", "square", "cross", "diamond"] as const) {
      const path = symbolPath(shape, 12);
      expect(path).toMatch(/^M/);
      expect(path).toMatch(/Z$/i);
      const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(Math.max(...numbers.map(Math.abs))).toBeLessThanOrEqual(0.55 * 12 + 0.01);
    }
  });
});
