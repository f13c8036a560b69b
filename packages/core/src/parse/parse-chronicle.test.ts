import { describe, expect, it } from "vitest";
import { parseChronicle } from "./parse-chronicle.js";

const base = `briefline: 1
title: Test
actors:
  - id: putin
    name: Vladimir Putin
    type: person
  - id: zelensky
    name: Volodymyr Zelensky
    type: person
sources:
  - id: wire
    title: A wire report
    reliability: B
statements:
  - id: offer
    kind: offer
    speaker: putin
    targets: [zelensky]
    date: 2025-09-03
    summary: Offers to meet in Moscow.
    sources: [{ source: wire, credibility: 2 }]
`;

describe("parseChronicle", () => {
  it("parseChronicle(valid YAML) returns the chronicle with no warnings", () => {
    const result = parseChronicle(base, { filename: "c.yaml" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toEqual([]);
      expect(result.chronicle.statements?.[0]?.id).toBe("offer");
    }
  });

  it("parseChronicle(unknown speaker) reports the reference with line, column and a did-you-mean", () => {
    const result = parseChronicle(base.replace("speaker: putin", "speaker: puttin"), { filename: "c.yaml" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({
        code: "unknown-reference",
        file: "c.yaml",
        line: 17,
        column: 14,
        path: ["statements", 0, "speaker"],
        hint: 'did you mean "putin"?',
      });
    }
  });

  it("parseChronicle(unknown field) points at the key and suggests the field", () => {
    const result = parseChronicle(base.replace("    summary:", "    sumary:"), { filename: "c.yaml" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const unknown = result.errors.find((e) => e.code === "unknown-field");
      expect(unknown).toMatchObject({ line: 20, column: 5, hint: 'did you mean "summary"?' });
    }
  });
});
