import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/core/src/extract/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { ARTICLE, runWith, tempDir } from "./_extract-test-support.js";

// Tests run the extractor's sources; the built CLI loads @briefline/core/extract.
useExtractor(extractor);

async function candidatesIn(dir: string): Promise<string> {
  writeFileSync(join(dir, "article.txt"), ARTICLE);
  const r = await runWith(["extract", "article.txt", "--published", "2025-09-05", "-o", "candidates.yaml"], {
    cwd: dir,
  });
  if (r.code !== 0) throw new Error(r.stderr);
  return readFileSync(join(dir, "candidates.yaml"), "utf8");
}

const load = (dir: string, file = "candidates.yaml") => {
  const r = parseChronicle(readFileSync(join(dir, file), "utf8"));
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.chronicle;
};

describe("briefline review", () => {
  it("review --yes accepts every candidate and the file still validates", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    const r = await runWith(["review", "candidates.yaml", "--yes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("4 accepted, 0 rejected, 0 left as candidates");
    expect(load(dir).statements?.map((s) => s.status)).toEqual(["confirmed", "confirmed", "confirmed", "confirmed"]);
  });

  it("review reads answers line by line: accept, reject, change kind, change speaker", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    const before = load(dir);
    const r = await runWith(["review", "candidates.yaml", "-o", "reviewed.yaml"], {
      cwd: dir,
      stdin: "k\nultimatum\na\nr\ns\nEuropean Union\na\nn\n",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[1/4]");
    const after = load(dir, "reviewed.yaml");
    expect(after.statements?.map((s) => [s.id, s.kind, s.status])).toEqual([
      [before.statements?.[0]?.id, "ultimatum", "confirmed"],
      [before.statements?.[2]?.id, "offer", "confirmed"],
      [before.statements?.[3]?.id, "appeal", "candidate"],
    ]);
    expect(after.statements?.[0]?.coding?.cameo).toBe("139");
    expect(after.statements?.[1]?.speaker).toBe(before.actors?.find((a) => a.name === "European Union")?.id);
    const rejected = before.statements?.[1]?.id;
    expect(after.relations?.some((x) => x.from === rejected || x.to === rejected) ?? false).toBe(false);
    expect(load(dir).statements?.every((s) => s.status === "candidate")).toBe(true); // the input stays as it was
  });

  it("review stops at the end of input and keeps what was decided", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    const r = await runWith(["review", "candidates.yaml"], { cwd: dir, stdin: "a\n" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("1 accepted, 0 rejected, 3 left as candidates");
  });

  it("review of a file without candidates says so", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    await runWith(["review", "candidates.yaml", "--yes"], { cwd: dir });
    const r = await runWith(["review", "candidates.yaml", "--yes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no candidate statements to review");
  });
});
