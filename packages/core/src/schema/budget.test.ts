import { describe, expect, it } from "vitest";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { MAX_BAD_ITEMS, MAX_LIST_IN_ITEM } from "./_budget.js";
import { validateChronicle } from "./validate.js";

// Issue 11: small inputs that blew up inside the schema library. Each must end quickly
// with placed issues; none may throw.
const timed = <T>(f: () => T): [T, number] => {
  const started = performance.now();
  const value = f();
  return [value, performance.now() - started];
};

describe("validation work is bounded before the schema (issue 11)", () => {
  it(`parseChronicle(130,000 numeric tags) reports the list as too long (at most ${MAX_LIST_IN_ITEM}) instead of overflowing the stack`, () => {
    const text = JSON.stringify({
      briefline: 1,
      title: "t",
      actors: [{ id: "a", name: "A", type: "person" }],
      statements: [
        {
          id: "s",
          kind: "threat",
          speaker: "a",
          date: "2025",
          summary: "x",
          tags: Array.from({ length: 130_000 }, (_, i) => i),
        },
      ],
    });
    const [result, ms] = timed(() => parseChronicle(text, { filename: "c.json" }));
    expect(ms).toBeLessThan(5_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: ["statements", 0, "tags"], line: 1 });
    expect(result.errors[0]?.message).toMatch(/a list of 130,000 entries \(at most 10,000 in one item\)/);
  });

  it("validateChronicle(1,400,000 empty actors) stops after 100 bad items, in bounded time", () => {
    const data = { briefline: 1, title: "t", actors: Array.from({ length: 1_400_000 }, () => ({})) };
    const [result, ms] = timed(() => validateChronicle(data));
    expect(ms).toBeLessThan(5_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const stop = result.errors.find((e) => e.code === "too-many-problems");
    expect(stop?.message).toBe(
      `stopped checking actors after ${MAX_BAD_ITEMS} items with problems (1,400,000 items in all)`,
    );
    expect(stop?.path).toEqual(["actors", MAX_BAD_ITEMS]);
    expect(result.errors.length).toBeLessThan(1_000);
  });

  for (const mb of [1, 32]) {
    it(`parseChronicle(${mb} MB of \`- {}\` YAML actors) is refused before the YAML parser runs`, () => {
      const text = `briefline: 1\ntitle: t\nactors:\n${"- {}\n".repeat(mb * 200_000)}`;
      const [result, ms] = timed(() => parseChronicle(text, { filename: "c.yaml" }));
      expect(ms).toBeLessThan(2_000);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]).toMatchObject({ code: "too-large", line: 1, column: 1 });
      expect(result.errors[0]?.message).toMatch(
        /flow collections, above the 131,072 that the 64 MiB limit for YAML allows/,
      );
    });
  }

  it("validateChronicle(a few bad items) still reports every one of them", () => {
    const data = { briefline: 1, title: "t", actors: [{}, { id: "b", name: "B", type: "person" }, 5] };
    const result = validateChronicle(data);
    expect(result.ok ? [] : result.errors.map((e) => e.path.slice(0, 2))).toEqual(
      expect.arrayContaining([
        ["actors", 0],
        ["actors", 2],
      ]),
    );
  });
});
