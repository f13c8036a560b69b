import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chronicleJsonSchema } from "./json-schema.js";
import { validateChronicle } from "./validate.js";

const check = new Ajv2020({ strict: false, allErrors: true }).compile(chronicleJsonSchema());
const example = parse(readFileSync(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8"));
const base = {
  briefline: 1,
  title: "t",
  actors: [{ id: "a", name: "A", type: "state", country: "RUS" }],
  sources: [{ id: "w", title: "W", url: "https://example.org/w" }],
  statements: [{ id: "s", kind: "threat", speaker: "a", date: "2025-09-05", summary: "S", coding: { cameo: "138" } }],
};
const edit = (f: (c: typeof base & Record<string, unknown>) => void) => {
  const c = structuredClone(base) as typeof base & Record<string, unknown>;
  f(c);
  return c;
};

describe("chronicleJsonSchema", () => {
  it("accepts the example chronicle and a small valid one", () => {
    expect(check(example) ? [] : check.errors).toEqual([]);
    expect(check(base)).toBe(true);
  });

  it("refuses what validation refuses: CAMEO 999, PLOVER THREATENS, bad URL, dates in words, unknown zone and country", () => {
    const bad = {
      cameo: edit((c) => {
        (c.statements[0] as Record<string, unknown>).coding = { cameo: "999" };
      }),
      plover: edit((c) => {
        (c.statements[0] as Record<string, unknown>).coding = { plover: { event: "THREATENS" } };
      }),
      url: edit((c) => {
        (c.sources[0] as Record<string, unknown>).url = "not a url";
      }),
      date: edit((c) => {
        (c.statements[0] as Record<string, unknown>).date = "yesterday";
      }),
      zone: edit((c) => {
        c.timezone = "Mars/Olympus_Mons";
      }),
      country: edit((c) => {
        (c.actors[0] as Record<string, unknown>).country = "RUX";
      }),
    };
    for (const [what, chronicle] of Object.entries(bad)) expect(check(chronicle), what).toBe(false);
  });

  it("accepts four-digit CAMEO codes under known ones, user-assigned countries, intervals and open ends", () => {
    const ok = edit((c) => {
      (c.statements[0] as Record<string, unknown>).coding = { cameo: "1312" };
      (c.statements[0] as Record<string, unknown>).date = "../2025-09-05T11:30:15+03:00";
      (c.actors[0] as Record<string, unknown>).country = "XKX";
      c.timezone = "Europe/Moscow";
    });
    expect(check(ok) ? [] : check.errors).toEqual([]);
  });
});

describe("validateChronicle countries", () => {
  it("refuses an unassigned alpha-3 code with did-you-mean", () => {
    const result = validateChronicle(
      edit((c) => {
        (c.actors[0] as Record<string, unknown>).country = "RUX";
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: "unknown-country",
        path: ["actors", 0, "country"],
        hint: expect.stringContaining("did you mean"),
      }),
    ]);
  });
});
