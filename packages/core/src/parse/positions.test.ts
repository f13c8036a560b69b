import { describe, expect, it } from "vitest";
import { BASE_YAML, edit } from "../../test-fixtures/chronicles.js";
import { errorsOf, isWellFormed } from "../../test-fixtures/issues.js";
import { createLocator, placeIssues } from "./positions.js";

describe("createLocator", () => {
  it('createLocator("a:\\n  b: 1\\n").locate(["a", "b"]) is line 2, column 6', () => {
    expect(createLocator("a:\n  b: 1\n").locate(["a", "b"])).toEqual({ line: 2, column: 6 });
  });

  it("locate(path, atKey) points at the key instead of the value", () => {
    expect(createLocator("a:\n  b: 1\n").locate(["a", "b"], true)).toEqual({ line: 2, column: 3 });
  });

  it("locate(a list index) points at the item", () => {
    expect(createLocator("xs:\n  - 1\n  - 2\n").locate(["xs", 1])).toEqual({ line: 3, column: 5 });
  });

  it("locate(a path that stops early) points at the deepest part found", () => {
    expect(createLocator("a:\n  b: 1\n").locate(["a", "missing", "deeper"])).toEqual({ line: 2, column: 3 });
  });

  it("locate(a JSON text) gives JSON positions", () => {
    expect(createLocator('{\n  "a": [1, 2]\n}').locate(["a", 1])).toEqual({ line: 2, column: 12 });
  });

  it("locate in text the YAML parser cannot hold (too deep) falls back to 1:1 instead of throwing", () => {
    const deep = `{"a": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(createLocator(deep).locate(["a"])).toEqual({ line: 1, column: 1 });
  }, 30_000);
});

describe("placeIssues", () => {
  it("placeIssues fills in file, line and column, keeping positions already known", () => {
    const issues = placeIssues(
      [
        { severity: "error", code: "x", path: ["a", "b"], message: "m" },
        { severity: "error", code: "y", path: [], message: "m", line: 9, column: 9 },
      ],
      "a:\n  b: 1\n",
      "f.yaml",
    );
    expect(issues).toEqual([
      { severity: "error", code: "x", path: ["a", "b"], message: "m", file: "f.yaml", line: 2, column: 6 },
      { severity: "error", code: "y", path: [], message: "m", file: "f.yaml", line: 9, column: 9 },
    ]);
  });

  it("placeIssues does not mutate the issues it is given", () => {
    const issue = { severity: "error" as const, code: "x", path: ["a"], message: "m" };
    placeIssues([issue], "a: 1\n", "f.yaml");
    expect(issue).toEqual({ severity: "error", code: "x", path: ["a"], message: "m" });
  });
});

describe("every issue says where, what and how to fix it", () => {
  // One text with many different mistakes at once.
  const text = edit(
    "    kind: offer",
    "    kind: ofer",
    edit(
      "speaker: zelensky",
      "speaker: zelenski",
      edit(
        "reliability: B",
        "reliability: G",
        edit("    at: plenary", "    att: plenary", edit("basis: [offer]", "basis: [ofer]")),
      ),
    ),
  );

  it("parseChronicle(several mistakes, of structure and of reference) reports each in one run, well formed", () => {
    const errors = errorsOf(text);
    expect(errors.map((e) => e.code).sort()).toEqual([
      "invalid-value",
      "invalid-value",
      "unknown-field",
      "unknown-reference",
      "unknown-reference",
    ]);
    expect(errors.filter((e) => e.code === "unknown-reference").map((e) => e.token)).toEqual(["zelenski", "ofer"]);
    for (const e of errors) expect(isWellFormed(e), e.message).toBe(true);
  });

  it("parseChronicle(reference mistakes after the schema passes) reports each, well formed, pointing at its token", () => {
    const refs = edit("speaker: zelensky", "speaker: zelenski", edit("basis: [offer]", "basis: [ofer]", BASE_YAML));
    const errors = errorsOf(refs);
    expect(errors.map((e) => [e.code, e.token])).toEqual([
      ["unknown-reference", "zelenski"],
      ["unknown-reference", "ofer"],
    ]);
    for (const e of errors) expect(isWellFormed(e), e.message).toBe(true);
  });
});
