import { describe, expect, it } from "vitest";
import { detectFormat, outputFormatOf } from "./detect-format.js";

describe("detectFormat", () => {
  it("detectFormat({ name: .csv }) is acled; .yaml and other names are chronicles", () => {
    expect(detectFormat({ name: "events.CSV" })).toBe("acled");
    expect(detectFormat({ name: "c.yaml" })).toBe("chronicle");
    expect(detectFormat({ name: "chronicle" })).toBe("chronicle");
  });

  it("detectFormat({ name: .json }) waits for the data, which tells TimelineJS from a chronicle", () => {
    expect(detectFormat({ name: "t.json" })).toBeUndefined();
    expect(detectFormat({ name: "t.json", data: { events: [{}] } })).toBe("timelinejs");
    expect(detectFormat({ name: "t.json", data: { briefline: 1, events: [] } })).toBe("chronicle");
  });

  it("detectFormat(standard input) reads text that is not a JSON object as a chronicle", () => {
    expect(detectFormat({ text: "briefline: 1\n" })).toBe("chronicle");
    expect(detectFormat({ text: ' { "events": [] }' })).toBeUndefined();
    expect(detectFormat({})).toBeUndefined();
  });
});

describe("outputFormatOf", () => {
  it("outputFormatOf(name) reads the format from the extension, double ones first", () => {
    expect(outputFormatOf("a.timelinejs.json")).toBe("timelinejs");
    expect(outputFormatOf("a.tjs.json")).toBe("timelinejs");
    expect(outputFormatOf("a.plover.json")).toBe("plover");
    expect(outputFormatOf("a.JSON")).toBe("json");
    expect(outputFormatOf("a.yml")).toBe("yaml");
    expect(outputFormatOf("a.txt")).toBeUndefined();
  });
});
