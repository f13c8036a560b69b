import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { writeMerged } from "../io/_extract-merge.js";
import { lockFile } from "../io/file-lock.js";
import { ARTICLE, runWith, tempDir } from "./_extract-test-support.js";

useExtractor(extractor);

const CHRONICLE = "briefline: 1\ntitle: Northern standoff\n";
const OTHER =
  "Albanian Prime Minister Edi Rama promised on Thursday that Tirana would send medical aid to the region.\n" +
  "Greek Foreign Minister Giorgos Gerapetritis demanded that the border crossings stay open.\n";

const merge = (dir: string, article: string) =>
  runWith(["extract", article, "--published", "2025-09-05", "--merge", "chronicle.yaml"], { cwd: dir });

const sourcesIn = (dir: string) => {
  const r = parseChronicle(readFileSync(join(dir, "chronicle.yaml"), "utf8"));
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return (r.chronicle.sources ?? []).map((s) => s.title);
};

describe("extract --merge runs on one chronicle at once (issue 11)", () => {
  it("two concurrent --merge runs both land: every run that says merged has its candidates in the file", async () => {
    for (let race = 0; race < 5; race++) {
      const dir = tempDir();
      writeFileSync(join(dir, "chronicle.yaml"), CHRONICLE);
      writeFileSync(join(dir, "a.txt"), ARTICLE);
      writeFileSync(join(dir, "b.txt"), OTHER);
      const [a, b] = await Promise.all([merge(dir, "a.txt"), merge(dir, "b.txt")]);
      const titles = sourcesIn(dir);
      for (const [r, name] of [
        [a, "a.txt"],
        [b, "b.txt"],
      ] as const) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toContain("merged into chronicle.yaml");
        expect(titles.join("|"), `race ${race}: ${name}`).toContain(name);
      }
      // The lock is gone afterwards.
      expect(readdirSync(dir).filter((f) => f.endsWith(".lock"))).toEqual([]);
    }
  });

  it("lockFile(a file held by a live run) waits, then refuses with exit 1 and says who holds it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "chronicle.yaml"), CHRONICLE);
    const held = await lockFile("chronicle.yaml", dir);
    await expect(lockFile("chronicle.yaml", dir, 100)).rejects.toMatchObject({
      code: 1,
      message: expect.stringMatching(/being changed by another briefline run \(process \d+\)/),
    });
    held.release();
    expect(existsSync(held.path)).toBe(false);
    (await lockFile("chronicle.yaml", dir, 100)).release();
  });

  it("lockFile(a lock left by a killed run) takes it over", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "chronicle.yaml"), CHRONICLE);
    writeFileSync(join(dir, ".chronicle.yaml.lock"), "2147483646 dead\n");
    const lock = await lockFile("chronicle.yaml", dir, 100);
    expect(readFileSync(lock.path, "utf8")).toMatch(new RegExp(`^${process.pid} `));
    lock.release();
  });

  it("writeMerged(over a chronicle another program changed meanwhile) refuses and writes nothing", async () => {
    const dir = tempDir();
    const edited = `${CHRONICLE}# saved by an editor during the merge\n`;
    writeFileSync(join(dir, "chronicle.yaml"), edited);
    const base = { briefline: 1 as const, title: "Northern standoff" };
    const merged = { ...base, sources: [{ id: "s", title: "new" }] };
    const env = { cwd: dir, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} };
    await expect(writeMerged("chronicle.yaml", CHRONICLE, base, merged, env as never, [])).rejects.toMatchObject({
      code: 1,
      message: expect.stringContaining("chronicle.yaml changed while the merge ran"),
    });
    expect(readFileSync(join(dir, "chronicle.yaml"), "utf8")).toBe(edited);
  });
});
