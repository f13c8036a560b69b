import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { examplePath, run, tempDir } from "../test-support/run.js";

useExtractor(extractor);

// Issue 11: messages that named the wrong cause or none.
describe("messages say what is wrong, and where (issue 11)", () => {
  it("validate(a file with carriage returns alone) names the old Mac line endings", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), "briefline: 1\rtitle: t\ractors: []\r");
    const r = await run(["validate", "c.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/c\.yaml:1:13: error: the lines end with a carriage return alone/);
    expect(r.stderr).toMatch(/hint: save the file with LF or CRLF line endings/);
  });

  it("validate(a deeply nested flow mapping) says it is nested too deeply, and where", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), `briefline: 1\ntitle: t\nx: ${"{a: ".repeat(20_000)}1${"}".repeat(20_000)}\n`);
    const r = await run(["validate", "c.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/c\.yaml:3:\d+: error: the document is nested too deeply to read/);
    expect(r.stderr).not.toMatch(/regular expression|call stack/);
  });

  it("report --previous '' is a usage error, not silently ignored", async () => {
    const r = await run(["report", examplePath, "--previous", "", "-o", join(tempDir(), "b.pdf")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: --previous names no file/);
  });

  it("extract(/dev/zero) stops at the article limit and says the device does not end", async () => {
    const started = performance.now();
    const r = await run(["extract", "/dev/zero", "--published", "2025-09-05"], { cwd: tempDir() });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/zero: gave more than 20 MB without ending \(the limit for an article is 20 MB\)/);
    expect(r.stderr).toMatch(/hint: give the article as a file; an endless device such as \/dev\/zero cannot be read/);
    expect(r.stderr).not.toMatch(/split the chronicle/);
  });

  it("report --font /dev/zero says the same of a font", async () => {
    const r = await run(["report", examplePath, "--font", "/dev/zero", "-o", join(tempDir(), "b.pdf")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/zero: gave more than 64 MB without ending \(the limit for a font is 64 MB\)/);
  });
});
