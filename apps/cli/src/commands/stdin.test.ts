import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePath, run, tempDir } from "../test-support/run.js";

const example = readFileSync(examplePath, "utf8");

describe("a chronicle from standard input (-)", () => {
  it("validate - checks what is piped in and names it <stdin>, in the summary and at each error", async () => {
    const ok = await run(["validate", "-"], { stdin: example });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^✓ <stdin>: valid \(21 actors/);
    const bad = await run(["validate", "-"], {
      stdin: "briefline: 1\ntitle: x\nstatements:\n  - {id: a, kind: threatt}\n",
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("<stdin>:4:19: error: expected one of threat");
    expect(bad.stderr).toContain("✗ <stdin>: 4 errors");
  });

  it("stats, query, convert, timeline and report read it as they read a file, YAML or JSON", async () => {
    const dir = tempDir();
    const stats = await run(["stats", "-"], { stdin: example });
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain("21 actors, 21 sources, 15 events, 22 statements");
    const query = await run(["query", "-", "--kind", "threat", "--json"], { stdin: example });
    expect(JSON.parse(query.stdout).length).toBeGreaterThan(0);
    expect((await run(["convert", "-", "c.json"], { cwd: dir, stdin: example })).code).toBe(0);
    const json = readFileSync(join(dir, "c.json"), "utf8");
    expect((await run(["validate", "-"], { stdin: json })).stdout).toMatch(/^✓ <stdin>: valid/);
    expect((await run(["timeline", "-", "-o", "t.html"], { cwd: dir, stdin: json })).code).toBe(0);
    expect(readFileSync(join(dir, "t.html"), "utf8")).toContain("<!doctype html>");
    const report = await run(["report", "-", "-o", "b.pdf", "--issued", "2025-09-06"], { cwd: dir, stdin: example });
    expect(report.code).toBe(0);
    expect(readFileSync(join(dir, "b.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("brief says <stdin>, and convert - tells a TimelineJS document from a chronicle by its content", async () => {
    const dir = tempDir();
    const brief = await run(["brief", "-", "--out", "out"], { cwd: dir, stdin: example });
    expect(brief.stdout.split("\n")[0]).toBe("✓ <stdin>: valid");
    await run(["convert", examplePath, "t.timelinejs.json"], { cwd: dir });
    const back = await run(["convert", "-", "back.yaml"], {
      cwd: dir,
      stdin: readFileSync(join(dir, "t.timelinejs.json")),
    });
    expect(back.code).toBe(0);
    expect((await run(["validate", join(dir, "back.yaml")])).code).toBe(0);
  });

  it("convert - reads piped YAML once, as a chronicle: its errors are YAML errors, not 'not valid JSON'", async () => {
    const bad = await run(["convert", "-", "o.json"], { cwd: tempDir(), stdin: "briefline: 1\ntitle: [x\n" });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error: <stdin>: 1 error");
    expect(bad.stderr).not.toContain("JSON");
  });

  it("extract takes a chronicle from it (--merge -, --chronicle -) only once, and --merge - only with -o", async () => {
    const dir = tempDir();
    const noOutput = await run(["extract", "a.txt", "--merge", "-"], { cwd: dir, stdin: example });
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain("cannot be written back in place");
    for (const flag of ["--merge", "--chronicle"]) {
      const twice = await run(["extract", "--published", "2025-09-05", flag, "-", "-o", "m.yaml"], {
        cwd: dir,
        stdin: example,
      });
      expect(twice.code, flag).toBe(2);
      expect(twice.stderr).toContain("standard input (-) can be read only once");
    }
  });

  it("is refused where it cannot work: twice in one command, a terminal, serve (watches a file), review (reads answers)", async () => {
    const twice = await run(["validate", "-", "-"], { stdin: example });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("standard input (-) can be read only once");
    const previous = await run(["report", "-", "--previous", "-", "-o", "b.pdf"], { cwd: tempDir(), stdin: example });
    expect(previous.code).toBe(2);
    const terminal = await run(["validate", "-"], { stdinTTY: true });
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toContain("standard input (-) is a terminal: nothing was piped in");
    expect(terminal.stderr).toContain("hint: pipe a file in, e.g. cat chronicle.yaml | briefline validate -");
    const serve = await run(["serve", "-"], { stdin: example });
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain("standard input (-) cannot be watched");
    const review = await run(["review", "-"], { stdin: example });
    expect(review.code).toBe(2);
    expect(review.stderr).toContain("review reads your answers from standard input");
  });
});
