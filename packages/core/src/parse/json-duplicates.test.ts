import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstDuplicateKey } from "./json-duplicates.js";

describe("firstDuplicateKey", () => {
  it("firstDuplicateKey(an object repeating a key) gives the key and where both uses start", () => {
    const text = '{"a": 1, "b": {"a": 2}, "a": 3}';
    expect(firstDuplicateKey(text)).toEqual({ key: "a", first: 1, offset: text.lastIndexOf('"a"') });
  });

  it("firstDuplicateKey finds a repeat deep inside a list of objects", () => {
    const text = '{"statements": [{"id": "s1", "date": "2025"}, {"id": "s2", "date": "2025", "date": "2024"}]}';
    expect(firstDuplicateKey(text)).toMatchObject({ key: "date", first: text.indexOf('"date"', 50) });
  });

  it("firstDuplicateKey(keys shared by sibling, nested or listed objects) finds nothing", () => {
    expect(firstDuplicateKey('{"a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 2}], "c": [[{"a": 1, "b": 2}]]}')).toBe(
      undefined,
    );
  });

  it("firstDuplicateKey reads keys as JSON.parse does: escapes decoded, quotes and braces in text ignored", () => {
    expect(firstDuplicateKey('{"a": 1, "\\u0061": 2}')).toMatchObject({ key: "a" });
    expect(firstDuplicateKey('{"a\\"b": 1, "a\\"b": 2}')).toMatchObject({ key: 'a"b' });
    expect(firstDuplicateKey('{"a": "x\\", \\"a\\": {", "b": "}, \\"a\\": 1"}')).toBe(undefined);
    expect(firstDuplicateKey('{"a": ["a", "a"], "b": "a"}')).toBe(undefined);
  });

  it("firstDuplicateKey agrees with a count of JSON.parse's keys on generated objects", () => {
    const key = fc.constantFrom("a", "b", "id", "date", "\u00e9", 'q"', "x,y", "{", "}");
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constantFrom(1, "s", null, true, "}", '"a":', "[,]"),
        fc.array(tie("value"), { maxLength: 3 }),
        tie("object"),
      ),
      object: fc.array(fc.tuple(key, tie("value")), { maxLength: 4 }),
    })).value;
    // Objects are written by hand from key/value pairs, so keys may repeat.
    const write = (v: unknown): string => {
      if (Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string"))
        return `{${(v as Array<[string, unknown]>).map(([k, x]) => `${JSON.stringify(k)}: ${write(x)}`).join(", ")}}`;
      if (Array.isArray(v)) return `[${v.map(write).join(", ")}]`;
      return JSON.stringify(v);
    };
    const repeats = (v: unknown): boolean => {
      if (!Array.isArray(v)) return false;
      const pairs = v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string");
      if (pairs) {
        const keys = (v as Array<[string, unknown]>).map(([k]) => k);
        if (new Set(keys).size !== keys.length) return true;
        return (v as Array<[string, unknown]>).some(([, x]) => repeats(x));
      }
      return v.some(repeats);
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 5 }), (doc) => {
        const text = write(doc);
        JSON.parse(text);
        expect(firstDuplicateKey(text) !== undefined, text).toBe(repeats(doc));
      }),
      { numRuns: 2000 },
    );
  });
});
