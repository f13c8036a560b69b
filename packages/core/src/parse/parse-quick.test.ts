import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { GENERATORS } from "../fuzz/generators.js";
import { mutate, seeded } from "../fuzz/mutate.js";
import { compileFastCheck } from "../schema/_fast-check.js";
import { keyOrder } from "../schema/_key-order.js";
import { _structuralJsonSchema } from "../schema/json-schema.js";
import { parseChronicle } from "./parse-chronicle.js";
import { parseChronicleQuick } from "./parse-quick.js";

// The generated check is only in the build (dist/schema/_structure-check.js): from the
// sources, the same schema compiled by Ajv at run time, and its key order, as the build makes them.
const check = { check: compileFastCheck(Ajv2020), order: keyOrder(_structuralJsonSchema()) };
const EXAMPLE = readFileSync(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8");
const KOREA = readFileSync(new URL("../../../../examples/korea-2017/chronicle.yaml", import.meta.url), "utf8");

/** The quick path either hands over (undefined) or gives parseChronicle's result. */
function agrees(text: string, filename: string): "quick" | "handed over" {
  const quick = parseChronicleQuick(text, { filename }, check);
  if (quick === undefined) return "handed over";
  const full = parseChronicle(text, { filename });
  expect(quick).toEqual(full);
  // The same bytes when written out: each object's keys in the order zod's copy has them.
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
  return "quick";
}

describe("parseChronicleQuick(text, options, check)", () => {
  it("parseChronicleQuick(the examples) gives parseChronicle's result without zod", () => {
    expect(agrees(EXAMPLE, "chronicle.yaml")).toBe("quick");
    expect(agrees(KOREA, "korea.yaml")).toBe("quick");
    const data = parseChronicle(EXAMPLE);
    if (!data.ok) throw new Error("the example must load");
    expect(agrees(JSON.stringify(data.chronicle, null, 2), "chronicle.json")).toBe("quick");
    // Keys written in another order than the schema's: the copy puts them back.
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    expect(agrees(JSON.stringify(reversed(data.chronicle)), "reversed.json")).toBe("quick");
  });

  it("parseChronicleQuick(references, dates and codes that are wrong) reports them as parseChronicle does", () => {
    const broken = EXAMPLE.replace("speaker: putin", "speaker: puttin")
      .replace("date: 2025-09-05", "date: 2025-13-05")
      .replace('cameo: "138"', 'cameo: "999"');
    expect(broken).not.toBe(EXAMPLE);
    expect(agrees(broken, "chronicle.yaml")).toBe("quick");
    expect(parseChronicleQuick(broken, {}, check)).toMatchObject({ ok: false });
  });

  it("parseChronicleQuick(structure zod must report, or values JSON Schema cannot tell) hands over", () => {
    const cases = [
      EXAMPLE.replace("speaker: putin", "speaker: putin\n    speeker: putin"),
      EXAMPLE.replace("intensity: 5", "intensity: .nan"),
      EXAMPLE.replace("lat: 21.54", "lat: .inf"),
      `%YAML 1.1\n---\n${EXAMPLE}`,
      '{"briefline": 1, "title": "t", "statements": [], "__proto__": {"polluted": 1}}',
      "- not a mapping\n",
    ];
    for (const text of cases) expect(agrees(text, "c.yaml"), text.slice(0, 80)).toBe("handed over");
  });

  it("parseChronicleQuick(400 mutations of the example, YAML and JSON) agrees with parseChronicle", () => {
    const data = parseChronicle(EXAMPLE);
    if (!data.ok) throw new Error("the example must load");
    const corpus: Array<[string, string]> = [
      [EXAMPLE.slice(0, 4000), "head.yaml"],
      [JSON.stringify({ ...data.chronicle, statements: data.chronicle.statements?.slice(0, 5) }, null, 1), "c.json"],
    ];
    const rand = seeded(20261208);
    const seen = { quick: 0, "handed over": 0 };
    for (let i = 0; i < 400; i++) {
      const [source, name] = corpus[i % corpus.length] as [string, string];
      let text = source;
      for (let r = 1 + Math.floor(rand() * 3); r > 0; r--) text = mutate(text, rand);
      seen[agrees(text, name)]++;
    }
    // Both ways are exercised, not only the hand-over.
    expect(seen.quick).toBeGreaterThan(20);
    expect(seen["handed over"]).toBeGreaterThan(5);
  }, 120_000);

  it("parseChronicleQuick(the fuzz generators' chronicles) agrees with parseChronicle", () => {
    const rand = seeded(7);
    for (let i = 0; i < 300; i++) {
      for (const [, generate] of GENERATORS) {
        const c = generate(rand);
        if (c.kind === "chronicle" && c.text.length < 200_000) agrees(c.text, c.filename);
      }
    }
  });
});
