import { describe, expect, it } from "vitest";
import { actor, chronicle, edit, event, statement } from "../../test-fixtures/chronicles.js";
import { errorsOf, isWellFormed, warningsOf } from "../../test-fixtures/issues.js";
import { validateChronicle } from "./validate.js";

const warningCodes = (data: unknown) => {
  const r = validateChronicle(data);
  return r.warnings.map((w) => `${w.code} ${w.path.join(".")}`);
};

describe("validateChronicle: warnings", () => {
  it("validateChronicle(a statement without sources) warns, and the chronicle still loads", () => {
    const text = edit("    sources: [{ source: wire, credibility: 2 }]\nrelations", "relations");
    expect(errorsOf(text)).toEqual([]);
    expect(warningsOf(text)).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "no-source",
        path: ["statements", 1],
        message: 'statement "rejection" has no source',
        line: 31,
        column: 5,
      }),
    ]);
  });

  it("validateChronicle(an event without sources, or with an empty list) warns", () => {
    const { sources: _none, ...bare } = event("a", "meeting", "2025-09-01");
    const data = chronicle({ events: [bare, event("b", "meeting", "2025-09-02", { sources: [] })] });
    expect(warningCodes(data)).toEqual(expect.arrayContaining(["no-source events.0", "no-source events.1"]));
  });

  it("validateChronicle(a threat without targets) warns that the register cannot say whom it threatens", () => {
    expect(warningCodes(chronicle({ statements: [statement("t", "threat", "putin", "2025-09-05")] }))).toContain(
      "no-target statements.0",
    );
  });

  it("validateChronicle(an actor nobody refers to) warns at the actor", () => {
    const text = edit(
      "    type: person\nsources",
      "    type: person\n  - id: xi\n    name: Xi\n    type: person\nsources",
    );
    expect(warningsOf(text)).toEqual([
      expect.objectContaining({
        code: "unused-actor",
        path: ["actors", 2],
        message: 'actor "xi" is never referred to',
        line: 11,
      }),
    ]);
  });

  it("validateChronicle(an actor named only as a member of a group) is not unused", () => {
    const data = chronicle({
      actors: [actor("putin"), actor("macron"), actor("allies", "collective", { members: ["macron"] })],
      statements: [statement("t", "threat", "putin", "2025-09-05", { targets: ["allies"] })],
    });
    expect(warningCodes(data)).toEqual([]);
  });

  it("validateChronicle(a source nobody cites) warns at the source", () => {
    const text = edit("    reliability: B\n", "    reliability: B\n  - id: other\n    title: Other\n");
    expect(warningsOf(text)).toEqual([
      expect.objectContaining({
        code: "unused-source",
        path: ["sources", 1],
        message: 'source "other" is never cited',
        line: 15,
      }),
    ]);
  });

  it('validateChronicle(judgment text with "likely") warns: likelihood belongs in `likelihood:`', () => {
    const [w] = warningsOf(edit("text: Moscow will", "text: It is likely that Moscow will"));
    expect(w).toMatchObject({
      code: "likelihood-in-text",
      path: ["judgments", 0, "text"],
      message: 'the judgment\'s text uses the estimative term "likely"',
      line: 42,
      column: 11,
    });
  });

  it('validateChronicle(judgment text with "very likely") names the whole term', () => {
    expect(warningsOf(edit("text: Moscow will", "text: It is very likely that Moscow will"))[0]?.message).toContain(
      '"very likely"',
    );
  });

  it('validateChronicle(judgment text with "probably" or "almost certainly") warns too', () => {
    expect(warningsOf(edit("text: Moscow will", "text: Moscow will probably"))[0]?.message).toContain('"probably"');
    expect(warningsOf(edit("text: Moscow will", "text: Moscow almost certainly will"))[0]?.message).toContain(
      '"almost certainly"',
    );
  });

  it('validateChronicle(judgment text with "likelihood" or "unlikelyhood") is not an estimative term', () => {
    expect(warningsOf(edit("text: Moscow will", "text: The likelihood is that Moscow will"))).toEqual([]);
  });

  it("every warning is well formed: file, line, column, path, message, hint", () => {
    const text = edit(
      "    sources: [{ source: wire, credibility: 2 }]\nrelations",
      "relations",
      edit("text: Moscow will", "text: It is likely that Moscow will"),
    );
    const warnings = warningsOf(text);
    expect(warnings.length).toBeGreaterThan(1);
    for (const w of warnings) expect(isWellFormed(w), w.message).toBe(true);
  });
});

describe("validateChronicle: kinds too broad to code", () => {
  it("validateChronicle(an uncoded military event) warns and lists codes to choose from", async () => {
    const { validateChronicle } = await import("./validate.js");
    const { chronicle, event } = await import("../../test-fixtures/chronicles.js");
    const result = validateChronicle(chronicle({ events: [event("test", "military", "2017-08-29")] }));
    expect(result.warnings.find((w) => w.code === "uncoded-kind")).toMatchObject({
      path: ["events", 0, "kind"],
      hint: expect.stringContaining('"150"'),
    });
    const coded = chronicle({ events: [event("test", "military", "2017-08-29", { coding: { cameo: "150" } })] });
    expect(validateChronicle(coded).warnings.some((w) => w.code === "uncoded-kind")).toBe(false);
  });
});
