import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePath, run, tempDir } from "../test-support/run.js";

const example = readFileSync(examplePath, "utf8");

async function validateText(text: string | Buffer, name = "c.yaml") {
  const dir = tempDir();
  writeFileSync(join(dir, name), text);
  return run(["validate", name], { cwd: dir });
}

describe("bad input gets a clear error with a position, never a stack trace", () => {
  it("malformed YAML: exits 1 at the line of the fault", async () => {
    const r = await validateText("briefline: 1\ntitle: [unclosed\nactors: []\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^c\.yaml:\d+:\d+: error: /m);
    expect(r.stderr).toContain("hint:");
  });

  it("malformed JSON: exits 1 at line and column of the fault", async () => {
    const r = await validateText('{\n  "briefline": 1,\n  "title": "T",,\n}\n', "c.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^c\.json:3:\d+: error: invalid JSON/m);
  });

  it("a BOM and CRLF line endings are read as usual", async () => {
    const r = await validateText(`\uFEFF${example.replace(/\n/g, "\r\n")}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("valid");
  });

  it("an empty file: exits 1 and suggests briefline init", async () => {
    const r = await validateText("");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("c.yaml:1:1: error: the file is empty");
    expect(r.stderr).toContain("briefline init");
  });

  it("wrong types: exits 1 naming expected and found", async () => {
    const r = await validateText(example.replace("briefline: 1", "briefline: one"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/c\.yaml:\d+:12: error: expected/);
  });

  it("an unknown enum value: exits 1 with the allowed values", async () => {
    const r = await validateText(example.replace("reliability: B", "reliability: G"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expected one of A \| B \| C \| D \| E \| F, found "G"/);
  });

  it("a cycle in relations: exits 1 and names the cycle", async () => {
    const cyclic = `${example.trimEnd()}\n`.replace(
      /^relations:\n/m,
      "relations:\n  - { type: reiterates, from: moscow-offer, to: moscow-offer-rejected }\n  - { type: reiterates, from: moscow-offer-rejected, to: moscow-offer }\n",
    );
    const r = await validateText(cyclic);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/relations form a cycle: moscow-offer(-rejected)? → /);
  });

  it("invalid UTF-8 and NUL bytes: exits 1 with the position", async () => {
    const bad = Buffer.concat([
      Buffer.from("briefline: 1\ntitle: "),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from("\n"),
    ]);
    const r = await validateText(bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid UTF-8 at byte \d+/);
    const nul = await validateText("briefline: 1\ntitle: a\u0000b\n");
    expect(nul.code).toBe(1);
    expect(nul.stderr).toContain("c.yaml:2:9: error: the file contains a NUL byte");
  });

  it("a 200 MB file: exits 1 quickly with a hint, nothing crashes", async () => {
    const dir = tempDir();
    const file = join(dir, "huge.yaml");
    const line = "# padding line for a very large chronicle file.........................................\n";
    const chunk = line.repeat(Math.ceil((1024 * 1024) / line.length));
    writeFileSync(file, "briefline: 1\ntitle: Huge\n");
    const { appendFileSync } = await import("node:fs");
    for (let i = 0; i < 200; i++) appendFileSync(file, chunk);
    const r = await run(["validate", "huge.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the YAML text is 2\d\d(\.\d)? Mi?B, above the 64 Mi?B limit for YAML/);
    expect(r.stderr).toContain("hint:");
    expect(r.stderr).toContain("BRIEFLINE_MAX_YAML_MB=200 briefline convert");
  }, 60_000);

  it("BRIEFLINE_MAX_YAML_MB moves the YAML size limit, so the hint's conversion can run", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), readFileSync(examplePath));
    const low = await run(["convert", "c.yaml", "c.json"], { cwd: dir, env: { BRIEFLINE_MAX_YAML_MB: "0.01" } });
    expect(low.code).toBe(1);
    expect(low.stderr).toMatch(/above the 10(\.\d)? KiB limit for YAML/);
    expect(existsSync(join(dir, "c.json"))).toBe(false);
    const raised = await run(["convert", "c.yaml", "c.json"], { cwd: dir, env: { BRIEFLINE_MAX_YAML_MB: "200" } });
    expect(raised.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "c.json"), "utf8")).briefline).toBe(1);
    const bad = await run(["validate", "c.yaml"], { cwd: dir, env: { BRIEFLINE_MAX_YAML_MB: "lots" } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('BRIEFLINE_MAX_YAML_MB must be a number of MiB, found "lots"');
  });

  it("a missing file or a directory is a usage error (exit 2)", async () => {
    const dir = tempDir();
    const missing = await run(["validate", "nope.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml: no such file");
    const folder = await run(["validate", "."], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("is a directory");
  });

  it("an unknown flag is a usage error with a hint", async () => {
    const r = await run(["validate", examplePath, "--strcit"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--strcit'");
    expect(r.stderr).toContain("--strict");
    expect(r.stderr).toContain("hint:");
  });

  it("a failed conversion writes nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.yaml"), "briefline: 2\ntitle: x\n");
    const r = await run(["convert", "bad.yaml", "out.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });
});

describe("text from the chronicle printed on a terminal", () => {
  it("escape sequences in a bad value are shown as \\u escapes, never sent to the terminal", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "c.yaml"),
      'briefline: 1\ntitle: T\nsources:\n  - { id: s, title: S, url: "javascript:\\e]0;pwned\\a\\e[2J" }\n',
    );
    const r = await run(["validate", "c.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.includes("\u001b") || r.stderr.includes("\u0007")).toBe(false);
    expect(r.stderr).toContain("\\u001b]0;pwned\\u0007");
  });
});
