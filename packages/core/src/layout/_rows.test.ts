import { describe, expect, it } from "vitest";
import { RowSpace } from "./_rows.js";

describe("RowSpace", () => {
  const row = () => {
    const r = new RowSpace();
    r.add(100, 110, "a");
    r.add(200, 260, "label:b");
    r.addMerged(300, 310, "c");
    return r;
  };
  it("freeRight(start, limit, own) runs to the next extent", () => {
    expect(row().freeRight(120, 1000, "x")).toBe(80);
    expect(row().freeRight(270, 1000, "x")).toBe(30);
    expect(row().freeRight(320, 1000, "x")).toBe(680);
  });
  it("freeLeft(end, limit, own) runs back to the previous extent", () => {
    expect(row().freeLeft(190, 0, "x")).toBe(80);
    expect(row().freeLeft(290, 0, "x")).toBe(30);
    expect(row().freeLeft(90, 0, "x")).toBe(90);
  });
  it("freeRight and freeLeft are 0 inside an extent and skip the caller's own", () => {
    expect(row().freeRight(105, 1000, "x")).toBe(0);
    expect(row().freeLeft(105, 0, "x")).toBe(0);
    expect(row().freeRight(105, 1000, "a")).toBe(95);
    expect(row().freeLeft(105, 0, "a")).toBe(105);
  });
  it("freeLeft(end) sees a label placed after an earlier query", () => {
    const r = new RowSpace();
    r.add(590, 600, "m1");
    r.add(960, 970, "m2");
    r.add(604, 790, "label:m1");
    expect(r.freeLeft(955, 140, "m2")).toBe(955 - 790);
  });
});
