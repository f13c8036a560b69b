import { describe, expect, it } from "vitest";
import { locateInJson } from "./json-positions.js";
import { createLocator } from "./positions.js";

const TEXT = `{
  "briefline": 1,
  "title": "T \\"quoted\\" ]}",
  "statements": [
    { "id": "a", "speaker": "x" },
    {
      "id": "b",
      "speaker": "puttin",
      "targets": ["p", "q"]
    }
  ]
}`;

describe("locateInJson", () => {
  it("locateInJson(value path) points at the value, like the YAML locator", () => {
    const paths = [
      ["statements", 1, "speaker"],
      ["statements", 1, "targets", 1],
      ["title"],
      ["statements", 0],
    ] as const;
    const found = locateInJson(
      TEXT,
      paths.map((path) => ({ path: [...path], atKey: false })),
    );
    const yaml = createLocator(TEXT);
    expect(found).toEqual(paths.map((p) => yaml.locate([...p])));
    expect(found?.[0]).toEqual({ line: 8, column: 18 });
  });

  it("locateInJson(atKey) points at the key of an unknown field", () => {
    expect(locateInJson(TEXT, [{ path: ["statements", 1, "targets"], atKey: true }])).toEqual([{ line: 9, column: 7 }]);
  });

  it("locateInJson(missing path) points at the deepest part that exists", () => {
    expect(locateInJson(TEXT, [{ path: ["statements", 1, "summary"], atKey: false }])).toEqual([
      { line: 6, column: 5 },
    ]);
  });

  it("locateInJson(non-JSON) returns undefined so the caller can fall back", () => {
    expect(locateInJson("briefline: 1", [{ path: ["x"], atKey: false }])).toBeUndefined();
  });

  it("locateInJson(valid: true) finds what the checking scan finds, stepping over what no path enters", () => {
    const requests = [
      { path: ["statements", 1, "speaker"], atKey: false },
      { path: ["statements", 1, "targets"], atKey: true },
      { path: ["statements", 1, "targets", 1], atKey: false },
      { path: ["statements", 0], atKey: false },
      { path: ["statements", 1, "summary"], atKey: false },
      { path: ["title"], atKey: false },
      { path: [], atKey: false },
    ];
    for (const text of [TEXT, `\ufeff  ${TEXT}`, TEXT.replace('"id": "b"', '"i\\u0064": "b", "x": {"y": "]}"}')]) {
      expect(locateInJson(text, requests, { valid: true })).toEqual(locateInJson(text, requests));
    }
  });

  it("locateInJson(flow-style YAML) without valid: true still returns undefined inside containers no path enters", () => {
    const yaml = '{"statements": [{"id": "a"}], "actors": [{id: x, name: "]"}]}';
    expect(locateInJson(yaml, [{ path: ["statements", 0, "id"], atKey: false }])).toBeUndefined();
  });

  it("locateInJson(a large file) answers in one linear pass", () => {
    const items = Array.from({ length: 200_000 }, (_, i) => `{"id":"s${i}","speaker":"x"}`).join(",\n");
    const text = `{"statements":[\n${items}\n]}`;
    const found = locateInJson(text, [{ path: ["statements", 199_999, "speaker"], atKey: false }]);
    expect(found).toEqual([{ line: 200_001, column: 27 }]);
  });
});
