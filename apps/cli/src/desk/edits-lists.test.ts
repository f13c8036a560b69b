import { readFileSync } from "node:fs";
import { parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { examplePath } from "../test-support/run.js";
import { listOps } from "./_splice-list.js";
import { lineDiff } from "./diff.js";
import { applyEdits, type Edit, editData } from "./edits.js";

// The item form's conditions, source references (grade, excerpt, locator), the cited
// source's reliability, and tags: each is written back through the same splice as every
// other edit, item by item, so the lines around it (comments too) stay as they were.

const example = readFileSync(examplePath, "utf8");
type Item = Record<string, unknown> & { id: string };

/** Writes the edits; checks the result validates and holds the original data with the edits made, exactly. */
function write(text: string, edits: Edit[]) {
  const after = applyEdits(text, edits);
  const result = parseChronicle(after, { filename: "chronicle.yaml" });
  expect(result.ok ? [] : result.errors).toEqual([]);
  expect(parse(after)).toEqual(editData(parse(text), edits));
  const lines = lineDiff(text, after, 0)
    .filter((l) => l.kind !== "same")
    .map((l) => `${l.kind === "added" ? "+" : "-"}${l.text}`);
  return { after, lines };
}

const statementOf = (text: string, id: string): Item => parse(text).statements.find((s: Item) => s.id === id) as Item;
const setStatement = (text: string, id: string, change: (s: Item) => Item): Edit => ({
  op: "set",
  collection: "statements",
  id,
  item: change(structuredClone(statementOf(text, id))),
});

describe("applyEdits(text, edits): conditions, source references and tags", () => {
  it("applyEdits(a condition's kind and text changed) rewrites that condition's line only", () => {
    const { lines } = write(example, [
      setStatement(example, "beijing-moscow-invitation", (s) => ({
        ...s,
        conditions: [
          { kind: "only_if", text: "the meeting is held in Moscow" },
          { kind: "unless", text: "Kyiv sets preconditions" },
        ],
      })),
    ]);
    expect(lines).toEqual([
      "-      - { kind: if, text: Zelensky is ready to come }",
      "+      - { kind: unless, text: Kyiv sets preconditions }",
    ]);
  });

  it("applyEdits(a condition added, another removed) adds and removes one line each, the rest kept", () => {
    const { lines } = write(example, [
      setStatement(example, "beijing-moscow-invitation", (s) => ({
        ...s,
        conditions: [
          { kind: "if", text: "Zelensky is ready to come" },
          { kind: "after", text: "a ceasefire is agreed" },
        ],
      })),
    ]);
    expect(lines).toEqual([
      "-      - { kind: only_if, text: the meeting is held in Moscow }",
      "+      - { kind: after, text: a ceasefire is agreed }",
    ]);
  });

  it("applyEdits(every condition removed) removes the field's lines; added back, they read as before", () => {
    const { after, lines } = write(example, [
      setStatement(example, "beijing-moscow-invitation", ({ conditions: _gone, ...s }) => s as Item),
    ]);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.startsWith("-"))).toBe(true);
    // The form adds a field after the item's others, as the splice writes it.
    const back = write(after, [
      setStatement(after, "beijing-moscow-invitation", (s) => ({
        ...s,
        conditions: statementOf(example, "beijing-moscow-invitation").conditions,
      })),
    ]);
    expect(back.lines).toEqual([
      "+    conditions:",
      "+      - { kind: only_if, text: the meeting is held in Moscow }",
      "+      - { kind: if, text: Zelensky is ready to come }",
    ]);
    expect(back.after.indexOf("conditions:", back.after.indexOf("beijing-moscow-invitation"))).toBeGreaterThan(
      back.after.indexOf("tags: [venue]"),
    );
  });

  it("applyEdits(a tag added, a tag removed) rewrites the one tags line, still inline", () => {
    const { lines } = write(example, [
      setStatement(example, "aims-militarily", (s) => ({ ...s, tags: ["force", "talks"] })),
    ]);
    expect(lines).toEqual(["-    tags: [war-aims]", "+    tags: [force, talks]"]);
    const none = write(example, [setStatement(example, "aims-militarily", ({ tags: _t, ...s }) => s as Item)]);
    expect(none.lines).toEqual(["-    tags: [war-aims]"]);
  });

  it("applyEdits(a reference's credibility and excerpt changed) rewrites that reference only; a comment between the references stays", () => {
    const commented = example.replace(
      "      - { source: seed-article, credibility: 2, locator: paragraph 3 }\n",
      "      - { source: seed-article, credibility: 2, locator: paragraph 3 } # the seed\n      # the Kremlin's transcript:\n",
    );
    expect(commented).not.toBe(example);
    const { after, lines } = write(commented, [
      setStatement(commented, "aims-militarily", (s) => ({
        ...s,
        sources: [
          { source: "seed-article", credibility: 2, locator: "paragraph 3" },
          { source: "kremlin-beijing-presser", credibility: 3, excerpt: "all our goals: by force" },
        ],
      })),
    ]);
    expect(lines).toEqual([
      "-      - { source: kremlin-beijing-presser, credibility: 1 }",
      '+      - { source: kremlin-beijing-presser, credibility: 3, excerpt: "all our goals: by force" }',
    ]);
    expect(after).toContain("paragraph 3 } # the seed\n      # the Kremlin's transcript:\n      - { source: kremlin");
  });

  it("applyEdits(a reference added and one removed) writes the new one in the list's style, the other lines kept", () => {
    const { lines } = write(example, [
      setStatement(example, "aims-militarily", (s) => ({
        ...s,
        sources: [
          { source: "kremlin-beijing-presser", credibility: 1 },
          { source: "tass-beijing-0903", credibility: 2, locator: "paragraph 7" },
        ],
      })),
    ]);
    expect(lines).toEqual([
      "-      - { source: seed-article, credibility: 2, locator: paragraph 3 }",
      "+      - { source: tass-beijing-0903, credibility: 2, locator: paragraph 7 }",
    ]);
  });

  it("applyEdits(a long excerpt in an inline list of references) writes that list as a block, every other line kept", () => {
    const excerpt =
      "Putin said that unless a settlement acceptable to Moscow could be reached, Russia would achieve all of its goals by force.";
    const { after, lines } = write(example, [
      setStatement(example, "jeddah-ceasefire-proposal", (s) => ({
        ...s,
        sources: [{ source: "us-ukraine-jeddah-statement", credibility: 1, excerpt }],
      })),
    ]);
    expect(lines[0]).toBe("-    sources: [{ source: us-ukraine-jeddah-statement, credibility: 1 }]");
    expect(lines.slice(1).every((l) => l.startsWith("+"))).toBe(true);
    expect(after).toContain("    sources:\n      - source: us-ukraine-jeddah-statement\n        credibility: 1\n");
  });

  it("applyEdits(a source's reliability) rewrites that source's one line", () => {
    const seed = parse(example).sources[0];
    const { lines } = write(example, [
      { op: "set", collection: "sources", id: "seed-article", item: { ...seed, reliability: "B" } },
    ]);
    expect(lines).toEqual(["-    reliability: C", "+    reliability: B"]);
  });

  it("applyEdits(references written as block mappings) changes a grade field by field, a comment inside kept", () => {
    const block = example.replace(
      "      - { source: kremlin-beijing-presser, credibility: 1 }\n      - { source: tass-beijing-0903, credibility: 1 }\n    tags: [venue]",
      "      - source: kremlin-beijing-presser\n        # graded from the transcript\n        credibility: 1\n        excerpt: >-\n          If Zelensky is ready, let him come\n          to Moscow.\n      - { source: tass-beijing-0903, credibility: 1 }\n    tags: [venue]",
    );
    expect(block).not.toBe(example);
    const { lines } = write(block, [
      setStatement(block, "beijing-moscow-invitation", (s) => {
        const refs = structuredClone(s.sources) as Item[];
        (refs[0] as Item).credibility = 2;
        return { ...s, sources: refs };
      }),
    ]);
    expect(lines).toEqual(["-        credibility: 1", "+        credibility: 2"]);
  });
});

describe("listOps(old, next)", () => {
  it("listOps keeps the common items, pairs changed ones as replacements, and names where new ones go", () => {
    expect(listOps(["a", "b", "c"], ["a", "B", "c"])).toEqual([{ op: "replace", at: 1, value: "B" }]);
    expect(listOps(["a", "b", "c"], ["x", "a", "c"])).toEqual([
      { op: "insert", after: -1, values: ["x"] },
      { op: "remove", at: 1 },
    ]);
    expect(listOps(["a"], ["a", "b", "c"])).toEqual([{ op: "insert", after: 0, values: ["b", "c"] }]);
    expect(listOps([{ k: 1 }], [{ k: 1 }])).toEqual([]);
  });
});
