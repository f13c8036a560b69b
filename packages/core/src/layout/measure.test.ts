import { describe, expect, it } from "vitest";
import { measureDejaVu } from "./measure.js";

describe("measureDejaVu", () => {
  it("measureDejaVu(text, style) reads the font's advance widths", () => {
    // DejaVu Sans: "i" is 278/1000 em, "W" 989/1000 em.
    expect(measureDejaVu("i", { size: 10 })).toBeCloseTo(2.78, 2);
    expect(measureDejaVu("W", { size: 10 })).toBeCloseTo(9.89, 2);
  });
  it("measureDejaVu(text, style) is wider in bold and grows with the size", () => {
    expect(measureDejaVu("Putin", { size: 11, bold: true })).toBeGreaterThan(measureDejaVu("Putin", { size: 11 }));
    expect(measureDejaVu("Putin", { size: 22 })).toBeCloseTo(2 * measureDejaVu("Putin", { size: 11 }), 6);
  });
  it("measureDejaVu(text, style) measures Cyrillic and gives unknown scripts a width", () => {
    expect(measureDejaVu("Путин", { size: 10 })).toBeGreaterThan(20);
    expect(measureDejaVu("習近平", { size: 10 })).toBeCloseTo(30, 6);
  });
});
