import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { ARTICLE, runWith, tempDir } from "./_extract-test-support.js";

// Tests run the extractor's sources; the built CLI loads @briefline/extract.
useExtractor(extractor);

const CHRONICLE = `# Our running chronicle of the northern standoff
briefline: 1
title: Northern standoff
actors:
  - id: vucic # Serbia's president
    name: Aleksandar Vučić
    aliases: [Aleksandar Vucic, Vucic, Serbian President]
    type: person
    country: SRB
  - id: eu
    name: European Union
    aliases: [EU, Brussels]
    type: igo
sources:
  - id: wire-0901
    title: Earlier report
    published: 2025-09-01
statements:
  - id: vucic-invaders
    kind: warning
    speaker: vucic
    date: 2025-09-01
    summary: Troops sent into the north would be treated as invaders.
    sources: [{ source: wire-0901 }]
`;

const load = (text: string) => {
  const r = parseChronicle(text);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.chronicle;
};

describe("briefline extract --merge", () => {
  it("--merge adds candidates in place, keeps every item and comment, reuses actors, links repeats", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "chronicle.yaml"), CHRONICLE);
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    const r = await runWith(["extract", "article.txt", "--published", "2025-09-05", "--merge", "chronicle.yaml"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, "chronicle.yaml"), "utf8");
    expect(text.startsWith("# Our running chronicle of the northern standoff")).toBe(true);
    expect(text).toContain("- id: vucic # Serbia's president");
    const before = load(CHRONICLE);
    const after = load(text);
    for (const s of before.statements ?? []) expect(after.statements).toContainEqual(s);
    for (const a of before.actors ?? []) expect(after.actors).toContainEqual(a);
    expect(after.actors?.filter((a) => a.name.includes("Vu"))).toHaveLength(1);
    const warning = after.statements?.find((s) => s.id !== "vucic-invaders" && s.speaker === "vucic");
    expect(after.relations).toContainEqual(
      expect.objectContaining({ type: "reiterates", from: warning?.id, to: "vucic-invaders" }),
    );
    expect(after.statements?.find((s) => s.kind === "appeal")?.speaker).toBe("eu");
    expect((await runWith(["validate", "chronicle.yaml"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "article.txt"), "utf8")).toBe(ARTICLE);
  });

  it("--merge twice with the same article adds nothing the second time", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "chronicle.yaml"), CHRONICLE);
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    await runWith(["extract", "article.txt", "--published", "2025-09-05", "--merge", "chronicle.yaml"], { cwd: dir });
    const once = readFileSync(join(dir, "chronicle.yaml"), "utf8");
    const r = await runWith(["extract", "article.txt", "--published", "2025-09-05", "--merge", "chronicle.yaml"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "chronicle.yaml"), "utf8")).toBe(once);
    expect(r.stderr).toContain("0 statements, 0 events");
  });

  it("--merge into an invalid chronicle reports it and changes nothing", async () => {
    const dir = tempDir();
    const broken = CHRONICLE.replace("speaker: vucic", "speaker: vucc");
    writeFileSync(join(dir, "chronicle.yaml"), broken);
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    const r = await runWith(["extract", "article.txt", "--merge", "chronicle.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, "chronicle.yaml"), "utf8")).toBe(broken);
  });
});
