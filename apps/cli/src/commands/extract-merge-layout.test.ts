import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { ARTICLE, runWith, tempDir } from "./_extract-test-support.js";

useExtractor(extractor);

// Issue 12, item 5: merging adds lines; it must not rewrite the ones already there
// (flow sequences such as `[Trump]` became `[ Trump ]`).
const CHRONICLE = `briefline: 1
title: Northern standoff
actors:
  - { id: vucic, name: Aleksandar Vučić, aliases: [Aleksandar Vucic, Vucic], type: person, country: SRB }
  - id: eu
    name: European Union
    aliases: [EU, Brussels]
    type: igo
sources:
  - { id: wire-0901, title: Earlier report, published: 2025-09-01 }
statements:
  - id: vucic-invaders
    kind: warning
    speaker: vucic
    targets: [eu]
    date: 2025-09-01
    summary: Troops sent into the north would be treated as invaders.
    sources: [{ source: wire-0901 }]
`;

describe("briefline extract --merge keeps the file's layout", () => {
  it("--merge leaves every existing line as written, flow sequences and mappings included", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "chronicle.yaml"), CHRONICLE);
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    const r = await runWith(["extract", "article.txt", "--published", "2025-09-05", "--merge", "chronicle.yaml"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, "chronicle.yaml"), "utf8").split("\n");
    const changed = CHRONICLE.split("\n").filter((line) => !after.includes(line));
    expect(changed).toEqual([]);
  });
});
