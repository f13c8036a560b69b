import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chronicle, event, statement } from "../../test-fixtures/chronicles.js";
import type { Chronicle } from "../model/types.js";
import { assembleFastCheck, compileFastCheck } from "./_fast-check.js";
import { ChronicleSchema } from "./chronicle.js";
import { _structuralJsonSchema } from "./json-schema.js";
import { checkStructure, loadFastValidation } from "./structure.js";
import { validateChronicle } from "./validate.js";

// The fast path (Ajv on the emitted JSON Schema) must accept exactly what zod accepts,
// or a large file would load where a small one with the same mistake would not.

const ajvCheck = new Ajv2020({ allErrors: false, strict: false, validateFormats: false }).compile(
  _structuralJsonSchema(),
);
// The check checkStructure uses: item schemas compiled apart, lengths in UTF-16 units.
const fastCheck = compileFastCheck(Ajv2020);
const generatedPath = fileURLToPath(new URL("../../dist/schema/_structure-check.js", import.meta.url));

const base = chronicle({
  timezone: "Europe/Moscow",
  events: [
    event("forum", "forum", "2025-09-05", {
      participants: ["putin"],
      location: { name: "Vladivostok", country: "RUS", lat: 43.1, lon: 131.9 },
      coding: { cameo: "010" },
      intensity: 0,
      tags: ["eef"],
    }),
  ],
  statements: [
    statement("threat", "threat", "putin", "2025-09-05", {
      targets: ["allies"],
      at: "forum",
      quote: { text: "legitimate targets", verbatim: true, language: "en" },
      conditions: [{ kind: "if", text: "troops deploy" }],
      coding: { cameo: "138", plover: { event: "THREATEN", mode: "violence", context: ["military"] } },
      intensity: -7,
      status: "confirmed",
      sources: [{ source: "wire", credibility: 2, excerpt: "…", locator: "p. 1" }],
      notes: "n",
    }),
  ],
  relations: [{ type: "responds_to", from: "threat", to: "forum", note: "n" }],
  judgments: [
    { id: "kj", text: "Moscow insists.", likelihood: "likely", confidence: "low", basis: ["threat"], horizon: 2026 },
  ],
  briefing: { bluf: "b", marking: "UNCLASSIFIED", author: "a", audience: "x" },
});

// Values of every kind, right and wrong, to put anywhere in the chronicle.
const anyValue = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "x",
    "036",
    "RUS",
    "RU",
    "en",
    "English",
    "2025-09-05",
    "THREATEN",
    "threaten",
    "putin",
    "bad id",
    "😀",
    "a".repeat(121),
    "A",
    "G",
    "likely",
    "if",
    0,
    1,
    2.5,
    6,
    7,
    -11,
    2025,
    20250905,
    true,
    null,
    [],
    {},
    ["x"],
    [{}],
    Number.POSITIVE_INFINITY,
    Number.NaN,
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path to a value inside the data, with the keys one could add at each object. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [prefix];
  const out: Array<Array<string | number>> = [prefix];
  for (const [k, v] of Object.entries(value))
    out.push(...pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  return out;
}

function setAt(data: unknown, path: Array<string | number>, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (node === null || typeof node !== "object") return copy; // a key cannot be added to a scalar
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const PATHS = pathsOf(base);
const EXTRA_KEYS = ["extra", "summry", "$schema", "__proto__"];

const mutation = fc.record({
  path: fc.constantFrom(...PATHS),
  value: anyValue,
  action: fc.constantFrom("replace", "replace", "remove", "add-key"),
  key: fc.constantFrom(...EXTRA_KEYS),
});

describe("checkStructure: the fast path agrees with zod", () => {
  it("Ajv on the structural JSON Schema and zod accept the base chronicle", () => {
    expect(ChronicleSchema.safeParse(base).success).toBe(true);
    expect(ajvCheck(base)).toBe(true);
    expect(fastCheck(base)).toBe(true);
  });

  it("Ajv on the structural JSON Schema and zod agree on every mutation of a chronicle", () => {
    fc.assert(
      fc.property(mutation, ({ path, value, action, key }) => {
        const data =
          action === "add-key"
            ? setAt(base, [...path, key], value, false)
            : setAt(base, path, value, action === "remove");
        const zod = ChronicleSchema.safeParse(data).success;
        const ajv = ajvCheck(data) === true;
        expect(ajv, `${action} ${path.join(".")} = ${JSON.stringify(value)}`).toBe(zod);
        expect(fastCheck(data), `fast: ${action} ${path.join(".")} = ${JSON.stringify(value)}`).toBe(zod);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  // The check generated at build time (scripts/gen-structure-check.mjs) is the one a built
  // core (and the CLI) uses; from the sources, the run-time compile above stands in for it.
  it.skipIf(!existsSync(generatedPath))(
    "the check generated at build time and zod agree on every mutation of a chronicle",
    async () => {
      const generated = await import(/* @vite-ignore */ pathToFileURL(generatedPath).href);
      const check = assembleFastCheck(
        generated.document,
        (generated.LISTS as Array<[string, (d: unknown) => boolean]>).map(([key, item]) => ({ key, item })),
      );
      expect(check(base)).toBe(true);
      fc.assert(
        fc.property(mutation, ({ path, value, action, key }) => {
          const data =
            action === "add-key"
              ? setAt(base, [...path, key], value, false)
              : setAt(base, path, value, action === "remove");
          const zod = ChronicleSchema.safeParse(data).success;
          expect(check(data), `generated: ${action} ${path.join(".")} = ${JSON.stringify(value)}`).toBe(zod);
        }),
        { numRuns: 3000 },
      );
    },
    60_000,
  );

  it("checkStructure(large chronicle) with the fast path enabled gives the result zod gives", async () => {
    const statements = Array.from({ length: 5000 }, (_, i) =>
      statement(`s${i}`, i % 2 ? "threat" : "offer", "putin", "2025-09-05", { targets: ["zelensky"] }),
    );
    const big: Chronicle = chronicle({ statements });
    const bad: Chronicle = chronicle({
      statements: [
        ...statements.slice(1),
        { ...statements[0], kind: "threath" } as unknown as Chronicle["statements"] extends Array<infer S> | undefined
          ? S
          : never,
      ],
    });
    const slow = [checkStructure(big), checkStructure(bad)];
    const mode = { fast: await loadFastValidation() };
    expect(mode.fast).toBeDefined();
    const fast = [checkStructure(big, mode), checkStructure(bad, mode)];
    expect(fast[0]).toEqual(slow[0]);
    expect(fast[1]).toEqual(slow[1]);
    expect(fast[1]?.ok).toBe(false);
    if (fast[1] && !fast[1].ok) expect(fast[1].errors[0]?.hint).toBe('did you mean "threat"?');
    // References and dates are still checked after the fast structural pass.
    const dangling = chronicle({ statements: [...statements, statement("x", "threat", "nobody", "2025-13")] });
    const result = validateChronicle(dangling, mode);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["unknown-reference", "invalid-date"]);
  }, 60_000);

  it("checkStructure(data, { fast }) uses the check it is given, and only in that call (no process-wide mode)", () => {
    const statements = Array.from({ length: 5000 }, (_, i) => statement(`s${i}`, "threat", "putin", "2025-09-05"));
    const bad = { ...chronicle({ statements }), title: 42 };
    let calls = 0;
    const trusting = { check: () => ++calls > 0 };
    expect(checkStructure(bad, { fast: trusting }).ok).toBe(true);
    expect(calls).toBe(1);
    expect(checkStructure(bad).ok).toBe(false);
    expect(calls).toBe(1);
  });
});
