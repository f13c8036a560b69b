import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { actor, event, statement } from "../../test-fixtures/chronicles.js";
import { isPloverMode } from "../coding/plover.js";
import type { Chronicle } from "../model/types.js";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { chronicleToPlover, formatPloverJsonl, ploverExport } from "./plover.js";
import { PLOVER_RECORD_SCHEMA } from "./plover-schema.js";

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLOVER_RECORD_SCHEMA);

function example(): Chronicle {
  const text = readFileSync(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8");
  const result = parseChronicle(text, { filename: "chronicle.yaml" });
  if (!result.ok) throw new Error("the example does not parse");
  return result.chronicle;
}

const small = (): Chronicle => ({
  briefline: 1,
  title: "t",
  actors: [
    actor("trump", "person", { country: "USA", sector: "GOV" }),
    actor("kim", "person", { country: "PRK" }),
    actor("un", "igo"),
  ],
  sources: [{ id: "wire", title: "Wire", publisher: "Example Wire", url: "https://example.org/a" }],
  statements: [
    statement("trump-threats", "threat", "trump", "2025-09-05", { targets: ["kim"], coding: { cameo: "1312" } }),
    statement("un-appeal", "appeal", "un", "2025-09-06", { targets: ["kim"] }),
  ],
  events: [event("talks", "meeting", "2025-09-07T10:30", { participants: ["trump", "kim"] })],
});

describe("ploverExport", () => {
  it("writes the manual's record fields: source and recipient lists of actor objects, event as a list", () => {
    const [threat] = chronicleToPlover(small());
    expect(threat).toMatchObject({
      id: "trump-threats",
      date: "2025-09-05",
      source: [{ code: "USA", sector: "GOV", actor_text: "trump", briefline_id: "trump" }],
      recipient: [{ code: "PRK", actor_text: "kim" }],
      event: ["THREATEN"],
      quad_code: 3,
      cameo: "1312",
      cite_info: [{ title: "Wire", url: "https://example.org/a", publication: "Example Wire" }],
    });
    expect(threat).not.toHaveProperty("source_actor");
  });

  it("takes the event type and mode from the CAMEO code: 1312 is THREATEN/restrict, not violence", () => {
    const [threat] = chronicleToPlover(small());
    expect(threat?.mode).toEqual(["restrict"]);
    expect(threat?.context).toEqual(["diplomatic"]);
  });

  it("codes a meeting's participants all as sources, with its time", () => {
    const talks = chronicleToPlover(small()).find((r) => r.id === "talks");
    expect(talks?.source.map((a) => a.briefline_id)).toEqual(["trump", "kim"]);
    expect(talks?.recipient).toBeUndefined();
    expect(talks?.time).toBe("10:30:00Z");
    expect(talks?.event).toEqual(["CONSULT"]);
  });

  it("uses an event's sides as source and recipient", () => {
    const c = small();
    c.events = [
      event("clash", "military", "2025-09", {
        participants: ["trump", "kim"],
        sides: { a: ["kim"], b: ["trump"] },
        coding: { cameo: "190" },
      }),
    ];
    const [clash] = chronicleToPlover(c).filter((r) => r.id === "clash");
    expect(clash?.source.map((a) => a.briefline_id)).toEqual(["kim"]);
    expect(clash?.recipient?.map((a) => a.briefline_id)).toEqual(["trump"]);
    expect(clash).toMatchObject({ date: "2025-09-01", enddate: "2025-09-30", date_precision: "month" });
  });

  it("skips what PLOVER does not code (appeals) and says why", () => {
    const { skipped } = ploverExport(small());
    expect(skipped).toEqual([{ id: "un-appeal", reason: expect.stringContaining("appeal") }]);
  });

  it("every record of the example validates against the schema written from the manual", () => {
    const { records } = ploverExport(example());
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) {
      expect(validate(record) ? [] : validate.errors, record.id).toEqual([]);
      for (const mode of record.mode ?? [])
        expect(isPloverMode(record.event[0] ?? "", mode), `${record.id} ${mode}`).toBe(true);
    }
  });

  it("the schema refuses what the manual does not allow", () => {
    const base = { id: "x", date: "2025-09-05", source: [{ actor_text: "A" }], event: ["THREATEN"] };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, event: ["THREATENS"] })).toBe(false);
    expect(validate({ ...base, mode: ["verbal"] })).toBe(false);
    expect(validate({ ...base, context: ["made-up"] })).toBe(false);
    expect(validate({ ...base, date: "5 Sept 2025" })).toBe(false);
  });

  it("formatPloverJsonl writes one record per line", () => {
    const records = chronicleToPlover(small());
    const lines = formatPloverJsonl(records).trimEnd().split("\n");
    expect(lines).toHaveLength(records.length);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(records.map((r) => r.id));
  });
});
