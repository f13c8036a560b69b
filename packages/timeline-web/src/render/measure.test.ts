import { describe, expect, it } from "vitest";
import { measureByWords } from "./measure.js";

/** A context whose text is 6 px a character (7 bold), with "AV" kerned by −1.5 px, and that counts its calls. */
function fakeContext() {
  const calls: string[] = [];
  const context = {
    font: "",
    measureText(text: string) {
      calls.push(`${context.font}|${text}`);
      const per = context.font.startsWith("600 ") ? 7 : 6;
      const kerned = text.split("AV").length - 1;
      return { width: text.length * per - 1.5 * kerned } as TextMetrics;
    },
  };
  return { context, calls };
}

describe("measureByWords", () => {
  it("gives the width of the whole text, kerning inside words included", () => {
    const { context } = fakeContext();
    const measure = measureByWords(context, () => "Test Sans");
    for (const text of ["Putin", "AVAV offers  to meet", " leading space", "trailing ", "", "cut…", "…", "AV…"]) {
      const whole = fakeContext().context;
      whole.font = "11px Test Sans";
      expect(measure(text, { size: 11 })).toBe(whole.measureText(text).width);
    }
  });

  it("measures each word once, so the cuts of a label cost nothing more", () => {
    const { context, calls } = fakeContext();
    const measure = measureByWords(context, () => "Test Sans");
    measure("Putin offers to meet Zelensky", { size: 11 });
    const first = calls.length;
    measure("Putin offers to…", { size: 11 });
    measure("Putin offers…", { size: 11 });
    expect(first).toBe(6); // five words and the space
    expect(calls.length).toBe(first + 1); // only "…" is new: "to…" is "to" and "…"
    expect(measure("Putin offers…", { size: 11 })).toBe(measure("Putin offers", { size: 11 }) + 6);
  });

  it("keeps the widths of each size and weight apart", () => {
    const { context } = fakeContext();
    const measure = measureByWords(context, () => "Test Sans");
    expect(measure("Kim", { size: 11 })).toBe(18);
    expect(measure("Kim", { size: 11, bold: true })).toBe(21);
    expect(measure("Kim", { size: 11 })).toBe(18);
  });

  it("reads the font family once, when it first measures", () => {
    const { context, calls } = fakeContext();
    let reads = 0;
    const measure = measureByWords(context, () => {
      reads++;
      return "Test Sans";
    });
    expect(reads).toBe(0);
    measure("a b", { size: 9 });
    measure("c", { size: 10 });
    expect(reads).toBe(1);
    expect(calls[0]).toBe("9px Test Sans|a");
  });
});
