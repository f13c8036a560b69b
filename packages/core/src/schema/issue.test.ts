import { describe, expect, it } from "vitest";
import { describeValue, error, formatPath, warning } from "./issue.js";

describe("formatPath", () => {
  it('formatPath(["statements", 3, "speaker"]) is "statements[3].speaker"', () => {
    expect(formatPath(["statements", 3, "speaker"])).toBe("statements[3].speaker");
  });

  it("formatPath(nested lists) reads as written", () => {
    expect(formatPath(["statements", 0, "sources", 1, "source"])).toBe("statements[0].sources[1].source");
  });

  it("formatPath([]) is (document)", () => {
    expect(formatPath([])).toBe("(document)");
  });

  it("formatPath does not mutate the path", () => {
    const path = ["a", 1] as const;
    formatPath(path);
    expect(path).toEqual(["a", 1]);
  });
});

describe("describeValue", () => {
  it("describeValue quotes strings, names numbers and booleans, counts lists", () => {
    expect(describeValue("threath")).toBe('"threath"');
    expect(describeValue(36)).toBe("36 (a number)");
    expect(describeValue(true)).toBe("true (a boolean)");
    expect(describeValue([1, 2, 3])).toBe("a list of 3");
    expect(describeValue({ a: 1 })).toBe("a mapping");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue(new Date(0))).toBe("a timestamp");
  });

  it("describeValue cuts long strings to 60 characters", () => {
    const shown = describeValue("x".repeat(100));
    expect(shown).toBe(JSON.stringify(`${"x".repeat(57)}...`));
  });
});

describe("error and warning", () => {
  it("error(code, path, message, hint) is an error issue", () => {
    expect(error("c", ["a"], "m", "h")).toEqual({ severity: "error", code: "c", path: ["a"], message: "m", hint: "h" });
  });

  it("warning without a hint has no hint key", () => {
    expect(warning("c", [], "m")).toEqual({ severity: "warning", code: "c", path: [], message: "m" });
    expect("hint" in warning("c", [], "m")).toBe(false);
  });
});
