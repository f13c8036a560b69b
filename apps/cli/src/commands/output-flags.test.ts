import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePath, run, tempDir } from "../test-support/run.js";

// Issue 12, item 3: one output flag everywhere, enumerations in any case, the output
// format checked against the name, one way to print sizes and counts.
describe("one output flag: -o, --output, with --out accepted", () => {
  const cases: Array<[string, string[], string]> = [
    ["timeline", ["timeline", examplePath], "t.html"],
    ["report", ["report", examplePath, "--issued", "2025-09-10"], "r.pdf"],
    ["schema", ["schema"], "s.json"],
    ["brief", ["brief", examplePath], "folder"],
  ];
  for (const [name, args, out] of cases) {
    for (const flag of ["-o", "--output", "--out"]) {
      it(`${name} ${flag} ${out} writes there`, { timeout: 30_000 }, async () => {
        const dir = tempDir();
        const r = await run([...args, flag, out], { cwd: dir });
        expect(r.stderr).not.toMatch(/error/);
        expect(r.code).toBe(0);
        expect(existsSync(join(dir, out))).toBe(true);
      });
    }
  }

  it("every command that writes a file lists -o, --output <…> in its help", async () => {
    for (const command of ["timeline", "report", "schema", "extract", "review", "brief"]) {
      const r = await run([command, "--help"]);
      expect(r.stdout, command).toMatch(/-o, --output <\w+>/);
    }
  });
});

describe("enumerations in any case", () => {
  it("report --paper A4 is read as a4", { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const r = await run(["report", examplePath, "-o", "b.pdf", "--paper", "A4"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("timeline --lanes Kind --theme DARK and query --view Threats --sort Date are read in lower case", async () => {
    const dir = tempDir();
    expect(
      (await run(["timeline", examplePath, "-o", "t.html", "--lanes", "Kind", "--theme", "DARK"], { cwd: dir })).code,
    ).toBe(0);
    const q = await run(["query", examplePath, "--view", "Threats", "--sort", "Date", "--json"]);
    expect(q.stderr).toBe("");
    expect(q.code).toBe(0);
  });

  it("query --kind Threat,OFFER filters as threat,offer", async () => {
    const lower = await run(["query", examplePath, "--kind", "threat,offer", "--json"]);
    const mixed = await run(["query", examplePath, "--kind", "Threat,OFFER", "--json"]);
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toBe(lower.stdout);
  });

  it("report --paper a3 is a usage error that lists the choices and suggests none at random", async () => {
    const r = await run(["report", examplePath, "-o", "b.pdf", "--paper", "a3"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a4.*letter/);
  });
});

describe("the output format follows the name", () => {
  it("report -o x.html is a usage error, not a PDF named .html", async () => {
    const dir = tempDir();
    const r = await run(["report", examplePath, "-o", "x.html"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PDF/);
    expect(r.stderr).toMatch(/\.pdf/);
    expect(existsSync(join(dir, "x.html"))).toBe(false);
  });

  it("schema -o s.yaml is a usage error; schema --markdown -o s.md is not", async () => {
    const dir = tempDir();
    expect((await run(["schema", "-o", "s.yaml"], { cwd: dir })).code).toBe(2);
    expect((await run(["schema", "--markdown", "-o", "s.md"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "s.md"), "utf8")).toMatch(/^#/);
  });
});

describe("sizes and counts read the same in every command", () => {
  it("timeline, report and brief print sizes in KiB", { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const outputs = [
      (await run(["timeline", examplePath, "-o", "t.html"], { cwd: dir })).stdout,
      (await run(["report", examplePath, "-o", "r.pdf"], { cwd: dir })).stdout,
      (await run(["brief", examplePath, "-o", "out"], { cwd: dir })).stdout,
    ];
    for (const text of outputs) {
      expect(text).toMatch(/\d+ KiB/);
      expect(text).not.toMatch(/\d+ (kB|KB)\b/);
    }
  });

  it("validate and stats say '1 source', '1 relation', '1 judgment', not '1 sources'", async () => {
    const dir = tempDir();
    const r = await run(["init", "c.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    const v = await run(["validate", "c.yaml"], { cwd: dir });
    const s = await run(["stats", "c.yaml"], { cwd: dir });
    for (const text of [v.stdout, s.stdout]) {
      expect(text).toMatch(/\b1 source\b/);
      expect(text).not.toMatch(/\b1 (sources|events|statements|judgments)\b/);
    }
    expect(s.stdout).toMatch(/\b1 judgment\b/);
  });
});
