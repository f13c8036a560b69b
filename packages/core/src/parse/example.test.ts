import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseChronicle } from "./parse-chronicle.js";

const path = new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url);
const text = readFileSync(path, "utf8");

describe("the example chronicle (examples/eef-2025/chronicle.yaml)", () => {
  const result = parseChronicle(text, { filename: "chronicle.yaml" });

  it("parseChronicle(example) has no errors and no warnings", () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("the example has at least 25 items, every one with a source", () => {
    if (!result.ok) throw new Error("the example must load");
    const items = [...(result.chronicle.events ?? []), ...(result.chronicle.statements ?? [])];
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.filter((i) => !i.sources?.length).map((i) => i.id)).toEqual([]);
  });

  it("the example has several relations and at least two judgments", () => {
    if (!result.ok) throw new Error("the example must load");
    expect(result.chronicle.relations?.length).toBeGreaterThanOrEqual(3);
    expect(result.chronicle.judgments?.length).toBeGreaterThanOrEqual(2);
  });

  it("the example as JSON validates the same way", () => {
    if (!result.ok) throw new Error("the example must load");
    const json = parseChronicle(JSON.stringify(result.chronicle), { filename: "chronicle.json" });
    expect(json).toMatchObject({ ok: true, warnings: [] });
  });
});
