import { describe, expect, it } from "vitest";
import { isShortRun } from "./tiering.js";

const sizes: Record<string, number> = { "small.yaml": 40_000, "big.json": 30_000_000, "out.pdf": 200_000 };
const size = (arg: string) => sizes[arg];

describe("isShortRun(args, size)", () => {
  it("isShortRun is true for --help and for a short command over small files", () => {
    expect(isShortRun(["--help"], size)).toBe(true);
    expect(isShortRun([], size)).toBe(true);
    expect(isShortRun(["validate", "small.yaml"], size)).toBe(true);
    expect(isShortRun(["report", "small.yaml", "-o", "out.pdf", "--issued", "2025-09-10"], size)).toBe(true);
  });

  it("isShortRun is false when any file argument is above 2 MB, or for standard input", () => {
    expect(isShortRun(["validate", "small.yaml", "big.json"], size)).toBe(false);
    expect(isShortRun(["report", "small.yaml", "--previous", "big.json"], size)).toBe(false);
    expect(isShortRun(["validate", "-"], size)).toBe(false);
  });

  it("isShortRun is false for long-running and extraction commands", () => {
    expect(isShortRun(["serve", "small.yaml"], size)).toBe(false);
    expect(isShortRun(["extract", "article.html"], size)).toBe(false);
    expect(isShortRun(["review", "small.yaml"], size)).toBe(false);
  });
});
