import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { examplePath } from "../test-support/run.js";
import { lineDiff } from "./diff.js";
import { applyEdits, EditError, editData } from "./edits.js";

const text = readFileSync(examplePath, "utf8");
const doc = parse(text);
const statement = (id: string) => doc.statements.find((s: { id: string }) => s.id === id);
const changed = (after: string) => lineDiff(text, after, 0).filter((l) => l.kind !== "same");

describe("applyEdits(text, edits)", () => {
  it("applyEdits(set a date) changes the date line and nothing else", () => {
    const after = applyEdits(text, [
      {
        op: "set",
        collection: "statements",
        id: "legit-targets",
        item: { ...statement("legit-targets"), date: "2025-09-04" },
      },
    ]);
    expect(changed(after).map((l) => `${l.kind} ${l.text.trim()}`)).toEqual([
      "removed date: 2025-09-05",
      "added date: 2025-09-04",
    ]);
  });

  it("applyEdits(set a folded summary, drop the quote, add notes) rewrites those fields' lines only", () => {
    const { quote: _quote, ...rest } = statement("legit-targets");
    const after = applyEdits(text, [
      {
        op: "set",
        collection: "statements",
        id: "legit-targets",
        item: {
          ...rest,
          summary: "Foreign troops in Ukraine would be targets.",
          notes: "checked against the transcript",
        },
      },
    ]);
    const lines = changed(after).map((l) => `${l.kind} ${l.text.trim()}`);
    expect(lines.filter((l) => l.startsWith("added"))).toEqual([
      "added summary: Foreign troops in Ukraine would be targets.",
      "added notes: checked against the transcript",
    ]);
    expect(lines.filter((l) => l.startsWith("removed"))).toHaveLength(4); // summary: >- and its two lines, the quote
    expect(parse(after).statements[14]).toEqual({
      ...rest,
      summary: "Foreign troops in Ukraine would be targets.",
      notes: "checked against the transcript",
    });
  });

  it("applyEdits(add, addRef) appends the items and the reference, every other line kept", () => {
    const after = applyEdits(text, [
      { op: "add", collection: "sources", item: { id: "wire-x", title: "X", publisher: "Wire" } },
      { op: "addRef", collection: "statements", id: "legit-targets", ref: { source: "wire-x", locator: "chars 0-10" } },
      {
        op: "add",
        collection: "relations",
        item: { type: "responds_to", from: "legit-targets", to: "allies-reassurance-pledge" },
      },
    ]);
    expect(changed(after).every((l) => l.kind === "added")).toBe(true);
    expect(parse(after).sources.at(-1)).toEqual({ id: "wire-x", title: "X", publisher: "Wire" });
  });

  it("applyEdits(add an existing actor unchanged) keeps the file as it was; a different one is refused", () => {
    const putin = doc.actors[0];
    expect(applyEdits(text, [{ op: "add", collection: "actors", item: putin }])).toBe(text);
    expect(() => applyEdits(text, [{ op: "add", collection: "actors", item: { ...putin, name: "P" } }])).toThrow(
      EditError,
    );
  });

  it("applyEdits(remove a relation) removes its lines only", () => {
    const r = doc.relations[0];
    const after = applyEdits(text, [
      { op: "remove", collection: "relations", match: { type: r.type, from: r.from, to: r.to } },
    ]);
    expect(changed(after).every((l) => l.kind === "removed")).toBe(true);
    expect(parse(after).relations).toHaveLength(doc.relations.length - 1);
  });
});

describe("applyEdits(text, edits): the desk's coding, place, relation and actor edits", () => {
  const event = (id: string) => doc.events.find((e: { id: string }) => e.id === id);
  const lines = (after: string) => changed(after).map((l) => `${l.kind} ${l.text}`);

  it("applyEdits(set a CAMEO code inside an inline coding) rewrites that one line, still inline", () => {
    const s = statement("legit-targets");
    const after = applyEdits(text, [
      {
        op: "set",
        collection: "statements",
        id: "legit-targets",
        item: { ...s, coding: { ...s.coding, cameo: "1383" } },
      },
    ]);
    expect(lines(after)).toEqual([
      'removed     coding: { cameo: "138", plover: { event: THREATEN, mode: military, context: [military] } }',
      'added     coding: { cameo: "1383", plover: { event: THREATEN, mode: military, context: [military] } }',
    ]);
  });

  it("applyEdits(add a coding and an intensity) appends two lines to the item, a CAMEO code stays a string", () => {
    const s = statement("eef-no-point-troops");
    expect(s.coding).toBeUndefined();
    const after = applyEdits(text, [
      {
        op: "set",
        collection: "statements",
        id: "eef-no-point-troops",
        item: { ...s, coding: { cameo: "036", plover: { event: "CONSULT", context: ["diplomatic"] } }, intensity: 4 },
      },
    ]);
    expect(lines(after)).toEqual([
      'added     coding: { cameo: "036", plover: { event: CONSULT, context: [diplomatic] } }',
      "added     intensity: 4",
    ]);
    expect(parse(after).statements.find((x: { id: string }) => x.id === "eef-no-point-troops").coding.cameo).toBe(
      "036",
    );
  });

  it("applyEdits(set a place's latitude) rewrites the inline location line only", () => {
    const e = event("jeddah-talks");
    const after = applyEdits(text, [
      { op: "set", collection: "events", id: "jeddah-talks", item: { ...e, location: { ...e.location, lat: 21.5 } } },
    ]);
    expect(lines(after)).toEqual([
      "removed     location: { name: Jeddah, country: SAU, lat: 21.54, lon: 39.17 }",
      "added     location: { name: Jeddah, country: SAU, lat: 21.5, lon: 39.17 }",
    ]);
  });

  it("applyEdits(clear a place) removes its line; every other line is kept", () => {
    const { location: _gone, ...e } = event("jeddah-talks");
    const after = applyEdits(text, [{ op: "set", collection: "events", id: "jeddah-talks", item: e }]);
    expect(lines(after)).toEqual(["removed     location: { name: Jeddah, country: SAU, lat: 21.54, lon: 39.17 }"]);
  });

  it("applyEdits(add an actor with kind, country, aliases and office) appends its lines only", () => {
    const actor = {
      id: "anna-example",
      name: "Anna Example",
      type: "person",
      country: "FIN",
      aliases: ["Example", "the Finnish envoy"],
      title: "Special envoy",
    };
    const after = applyEdits(text, [{ op: "add", collection: "actors", item: actor }]);
    expect(changed(after).every((l) => l.kind === "added")).toBe(true);
    expect(parse(after).actors.at(-1)).toEqual(actor);
    expect(after).toContain(
      "  - id: anna-example\n    name: Anna Example\n    type: person\n    country: FIN\n    aliases: [Example, the Finnish envoy]\n",
    );
  });

  it("applyEdits(add a relation, then remove it) gives back the file byte for byte", () => {
    const relation = { type: "contradicts", from: "moscow-offer", to: "praises-trump" };
    const added = applyEdits(text, [{ op: "add", collection: "relations", item: relation }]);
    expect(lines(added)).toEqual(["added   - { type: contradicts, from: moscow-offer, to: praises-trump }"]);
    expect(applyEdits(added, [{ op: "remove", collection: "relations", match: relation }])).toBe(text);
  });

  it("applyEdits(remove a relation that is not there) is refused", () => {
    expect(() =>
      applyEdits(text, [{ op: "remove", collection: "relations", match: { type: "rejects", from: "a", to: "b" } }]),
    ).toThrow(/no rejects relation from "a" to "b"/);
  });
});

describe("editData(data, edits)", () => {
  it("editData(a JSON chronicle's data) makes the edits on a copy", () => {
    const data = structuredClone(doc);
    const out = editData(data, [
      {
        op: "set",
        collection: "statements",
        id: "legit-targets",
        item: { ...statement("legit-targets"), date: "2025-09-04" },
      },
    ]);
    expect((out.statements as Array<{ id: string; date: string }>).find((s) => s.id === "legit-targets")?.date).toBe(
      "2025-09-04",
    );
    expect(data).toEqual(doc);
  });
});
