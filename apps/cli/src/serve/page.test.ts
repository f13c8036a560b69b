import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { examplePath, tempDir } from "../test-support/run.js";
import { livePage } from "./page.js";

// Issue 11: `serve` stopped updating forever after the watched file was briefly a named
// pipe: the read blocked, and every later rebuild waited behind it.
describe("livePage(a chronicle replaced by a named pipe, an invalid file, then nothing)", () => {
  it("livePage.build() answers at once for each, and picks the file up again", async () => {
    const dir = tempDir();
    const file = join(dir, "c.yaml");
    execFileSync("cp", [examplePath, file]);
    const stderr = new PassThrough();
    let said = "";
    stderr.on("data", (c) => {
      said += String(c);
    });
    const env = { cwd: dir, stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} };
    const page = await livePage("c.yaml", {} as never, env as never);
    await page.build(false);
    rmSync(file);
    execFileSync("mkfifo", [file]);
    const started = performance.now();
    await page.build(true);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(page.html()).toContain("is a named pipe, not a file");
    expect(said).toContain("c.yaml is a named pipe, not a file");
    rmSync(file);
    writeFileSync(file, "briefline: 2\n");
    await page.build(true);
    rmSync(file);
    await page.build(true);
    execFileSync("cp", [examplePath, file]);
    expect(await page.build(true)).toBe(true);
    expect(said).toMatch(/c\.yaml: valid, page reloaded/);
  }, 30_000);
});
