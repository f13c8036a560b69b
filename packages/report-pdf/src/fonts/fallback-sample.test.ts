import { describe, expect, it } from "vitest";
import { fallbackSample } from "./fallback-sample.js";

describe("fallbackSample", () => {
  it("fallbackSample(text DejaVu has) is empty", () => {
    expect(fallbackSample(["Putin, Путин, Πούτιν, مرحبا, 5 Sep"])).toEqual({
      codePoints: [],
      runs: [],
      complete: true,
    });
  });

  it("fallbackSample(a chronicle) finds the characters no DejaVu face has in every string, with their runs and words", () => {
    const chronicle = { title: "Talks 中文 会谈 end", actors: [{ id: "a", name: "李 Lee" }], n: 5 };
    expect(fallbackSample(chronicle)).toEqual({
      codePoints: [0x4e2d, 0x6587, 0x4f1a, 0x8c08, 0x674e],
      runs: ["中文 会谈", "中文", "会谈", "李"],
      complete: true,
    });
  });

  it("fallbackSample(text) keeps a combining mark with the run before it, as the typesetter does", () => {
    expect(fallbackSample("x \u4e2d\u0301y").runs).toEqual(["\u4e2d\u0301"]);
  });

  it("fallbackSample(values, limit) stops at the limit and says so", () => {
    const many = Array.from({ length: 50 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const sample = fallbackSample(many, 10);
    expect(sample.codePoints).toHaveLength(10);
    expect(sample.runs.length).toBeLessThanOrEqual(10);
    expect(sample.complete).toBe(false);
  });
});
