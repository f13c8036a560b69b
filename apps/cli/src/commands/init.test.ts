import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "../test-support/run.js";

// Issue 12, item 1: the starter is written in the format its name says, and the
// next step it suggests works.
describe("briefline init", () => {
  it("init new.json writes JSON that validates, as the note after it says", async () => {
    const dir = tempDir();
    const r = await run(["init", "new.json"], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, "new.json"), "utf8");
    expect(JSON.parse(text)).toMatchObject({ briefline: 1, title: "My crisis chronicle" });
    expect(r.stdout).toContain("next: briefline validate new.json");
    expect((await run(["validate", "new.json"], { cwd: dir })).code).toBe(0);
  });

  it("init crisis.yml names the file it wrote in the comment that says how to check it", async () => {
    const dir = tempDir();
    expect((await run(["init", "crisis.yml"], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, "crisis.yml"), "utf8");
    expect(text).toContain("# Check it with: briefline validate crisis.yml\n");
    expect(text).not.toContain("chronicle.yaml");
    expect((await run(["validate", "crisis.yml"], { cwd: dir })).code).toBe(0);
  });

  it("init notes.txt is a usage error that names the formats, and writes nothing", async () => {
    const dir = tempDir();
    const r = await run(["init", "notes.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.yaml.*\.json/);
    expect(() => readFileSync(join(dir, "notes.txt"))).toThrow();
  });
});
