import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePath, run, tempDir } from "../test-support/run.js";

const example = readFileSync(examplePath, "utf8");

describe("briefline validate", () => {
  it("validate(example) exits 0 and says it is valid with no warnings", async () => {
    const r = await run(["validate", examplePath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ .*chronicle\.yaml: valid \(21 actors/);
    expect(r.stderr).toBe("");
  });

  it("validate(unknown speaker) exits 1 with file:line:column, the line, a caret and a did-you-mean", async () => {
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, example.replace("speaker: putin", "speaker: puttin"));
    const r = await run(["validate", "bad.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.yaml:\d+:\d+: error: unknown actor "puttin".* \(statements\[\d+\]\.speaker\)$/m);
    expect(r.stderr).toMatch(/^\s+\d+ \|\s+speaker: puttin$/m);
    expect(r.stderr).toMatch(/^\s+\|\s+\^$/m);
    expect(r.stderr).toContain('hint: did you mean "putin"?');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("validate --json reports errors as data with paths and positions", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.yaml"), example.replace("kind: threat", "kind: threath"));
    const r = await run(["validate", "bad.yaml", "--json"], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toMatchObject({ code: "invalid-value", file: "bad.yaml", hint: 'did you mean "threat"?' });
    expect(report.errors[0].line).toBeGreaterThan(1);
  });

  it("validate --strict fails on warnings", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "w.yaml"), "briefline: 1\ntitle: T\nactors:\n  - { id: a, name: A, type: person }\n");
    expect((await run(["validate", "w.yaml"], { cwd: dir })).code).toBe(0);
    const strict = await run(["validate", "w.yaml", "--strict"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('actor "a" is never referred to');
  });

  it("validate(JSON with a repeated key) exits 1 at the repeat, even in a file above 2 MB", async () => {
    const dir = tempDir();
    const pad = "x".repeat(2_100_000);
    const text = `{\n  "briefline": 1,\n  "title": "T",\n  "description": "${pad}",\n  "title": "U"\n}\n`;
    writeFileSync(join(dir, "dup.json"), text);
    const r = await run(["validate", "dup.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^dup\.json:5:3: error: duplicate key "title": this object already has it at line 3, column 3$/m,
    );
    expect(r.stderr).toContain("hint: a field may appear only once");
  });
});
