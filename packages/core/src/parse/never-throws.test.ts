import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE_YAML } from "../../test-fixtures/chronicles.js";
import type { Issue } from "../schema/issue.js";
import { parseChronicle } from "./parse-chronicle.js";

const EXAMPLE = readFileSync(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8");

/** Parses without letting anything escape, and checks every issue is placed and worded. */
function parsesCleanly(text: string, filename: string): void {
  let result: ReturnType<typeof parseChronicle>;
  try {
    result = parseChronicle(text, { filename });
  } catch (error) {
    throw new Error(`parseChronicle threw on ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`);
  }
  const issues: Issue[] = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.file).toBe(filename);
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.message).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(typeof issue.hint === "string" && issue.hint.length > 0, `${issue.code}: ${issue.message}`).toBe(true);
  }
}

// Characters that mean something to YAML or JSON, mixed with a little text.
const yamlish = fc.string({
  unit: fc.constantFrom(
    ..."-:?,[]{}#&*!|>'\"%@` \n\t\r".split(""),
    "\ufeff",
    "\u0000",
    "a",
    "1",
    "é",
    "Ж",
    "- ",
    ": ",
    "\n  ",
    "briefline: 1\n",
    "title: T\n",
    "actors:\n  - id: a\n",
    "<<: *a\n",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    '{"a": ',
  ),
  maxLength: 120,
});

/** A mutation of a text: cut, insert, duplicate, swap or retype a piece. */
function mutated(base: string) {
  const edit = fc.tuple(
    fc.constantFrom("delete", "insert", "duplicate-line", "swap-lines", "replace-token"),
    fc.nat(),
    fc.nat(),
    fc.oneof(yamlish, fc.string({ unit: "binary", maxLength: 8 })),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let text = base;
    for (const [kind, a, b, insert] of edits) {
      const i = a % (text.length + 1);
      const j = Math.min(text.length, i + (b % 40));
      const lines = text.split("\n");
      const x = a % lines.length;
      const y = b % lines.length;
      switch (kind) {
        case "delete":
          text = text.slice(0, i) + text.slice(j);
          break;
        case "insert":
          text = text.slice(0, i) + insert + text.slice(i);
          break;
        case "duplicate-line":
          lines.splice(x, 0, lines[x] ?? "");
          text = lines.join("\n");
          break;
        case "swap-lines":
          [lines[x], lines[y]] = [lines[y] ?? "", lines[x] ?? ""];
          text = lines.join("\n");
          break;
        default:
          text = text.slice(0, i) + insert + text.slice(Math.min(text.length, i + (b % 12)));
      }
    }
    return text;
  });
}

describe("parseChronicle never throws", () => {
  it("parseChronicle(any string) returns a result, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => parsesCleanly(text, "c.yaml")),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("parseChronicle(YAML-ish noise) returns a result with placed, hinted issues", () => {
    fc.assert(
      fc.property(yamlish, (text) => parsesCleanly(text, "c.yaml")),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("parseChronicle(mutations of a valid chronicle) returns a result with placed, hinted issues", () => {
    fc.assert(
      fc.property(mutated(BASE_YAML), (text) => parsesCleanly(text, "c.yaml")),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("parseChronicle(mutations of the example, YAML) returns a result with placed, hinted issues", () => {
    fc.assert(
      fc.property(mutated(EXAMPLE), (text) => parsesCleanly(text, "chronicle.yaml")),
      { numRuns: 80 },
    );
  }, 60_000);

  it("parseChronicle(mutations of the example, JSON) returns a result with placed, hinted issues", () => {
    const result = parseChronicle(EXAMPLE);
    const json = JSON.stringify(result.ok ? result.chronicle : null, null, 2);
    fc.assert(
      fc.property(mutated(json), (text) => parsesCleanly(text, "chronicle.json")),
      { numRuns: 300 },
    );
  }, 60_000);

  it("parseChronicle(JSON values of any shape) returns a result", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        parsesCleanly(JSON.stringify(value), "c.json");
        parsesCleanly(JSON.stringify({ briefline: 1, title: "T", statements: [value], actors: value }), "c.json");
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
