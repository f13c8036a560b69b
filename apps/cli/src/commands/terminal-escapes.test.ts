import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { guardTerminal, terminalText } from "../io/terminal-text.js";
import { run, tempDir } from "../test-support/run.js";

useExtractor(extractor);

// Issue 11: chronicle text reached the terminal raw (ESC, BEL, U+202E). What the
// attacker writes: retitle the terminal, ring the bell, reverse the line, clear the screen.
const ESC = "\u001b";
const HOSTILE = `${ESC}]0;pwned\u0007${ESC}[2J\u202eevil\u009b31m`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const yamlString = (s: string) => JSON.stringify(s);
const CHRONICLE = `briefline: 1
title: ${yamlString(`Standoff ${HOSTILE}`)}
actors:
  - { id: a, name: ${yamlString(`Speaker ${HOSTILE}`)}, type: person }
  - { id: b, name: B, type: state }
sources:
  - { id: s1, title: ${yamlString(`Wire ${HOSTILE}`)}, published: 2025-09-01 }
statements:
  - id: t1
    kind: threat
    speaker: a
    targets: [b]
    date: 2025-09-01
    summary: ${yamlString(`Threat ${HOSTILE}`)}
    sources: [{ source: s1 }]
`;

const setUp = () => {
  const dir = tempDir();
  writeFileSync(join(dir, "c.yaml"), CHRONICLE);
  return dir;
};

// The CLI's own colours are the only escape sequences allowed through.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the CLI's own colour codes
const OWN_COLOURS = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g;
const ownColours = (text: string) => text.replace(OWN_COLOURS, "");
const expectInert = (r: { stdout: string; stderr: string }) => {
  expect(RAW.exec(ownColours(r.stdout))?.[0], r.stdout).toBeUndefined();
  expect(RAW.exec(ownColours(r.stderr))?.[0], r.stderr).toBeUndefined();
};

describe("no raw control character from input reaches the terminal (issue 11)", () => {
  for (const tty of [false, true]) {
    const on = tty ? "on a terminal, in colour" : "piped";
    it(`stats, query --table and brief print hostile titles, names and summaries as escapes (${on})`, async () => {
      const dir = setUp();
      for (const args of [
        ["stats", "c.yaml"],
        ["query", "c.yaml", "--table"],
        ["query", "c.yaml", "--view", "threats", "--table"],
        ["brief", "c.yaml", "--out", "out"],
      ]) {
        const r = await run(args, { cwd: dir, tty });
        expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
        expectInert(r);
        expect(r.stdout, args.join(" ")).toContain("\\u001b]0;pwned\\u0007");
      }
    }, 60_000);
  }

  it("validate escapes the field path as well as the message", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), `${CHRONICLE}${yamlString(`odd${HOSTILE}`)}: 1\n`);
    const r = await run(["validate", "c.yaml"], { cwd: dir, tty: true });
    expect(r.code).toBe(1);
    expectInert(r);
    expect(r.stderr).toContain("odd\\u001b]0;pwned");
  });

  it("extract drops control characters written as entities in an HTML article; review prints no raw ones", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "a.html"),
      "<html><head><title>T&#27;]0;pwned&#7;</title></head><body><p>Serbian President Aleksandar Vucic warned on Wednesday &#27;]0;pwned&#7;&#x202e; that any troops sent into the north would be treated as invaders.</p></body></html>",
    );
    const x = await run(["extract", "a.html", "--published", "2025-09-05", "-o", "cand.yaml"], { cwd: dir });
    expect(x.code, x.stderr).toBe(0);
    const written = readFileSync(join(dir, "cand.yaml"), "utf8");
    expect(written).toContain("pwned");
    expect(written).not.toMatch(/\\e|\\x1b|\\u001b|\\a|\\u202e/i);
    const r = await run(["review", "cand.yaml", "-o", "done.yaml"], { cwd: dir, tty: true, stdin: "q\n" });
    expectInert(r);
    expect(r.stdout).toContain("pwned");
  });

  it("every error line is inert, whatever command wrote it", async () => {
    const r = await run(["stats", `missing${HOSTILE}.yaml`], { cwd: tempDir(), tty: true });
    expect(r.code).not.toBe(0);
    expectInert(r);
  });
});

describe("terminalText and guardTerminal", () => {
  it('terminalText("a\\u001b]0;x\\u0007\\u202e b\\n\\tc") escapes the controls, keeps line feed and tab', () => {
    expect(terminalText("a\u001b]0;x\u0007\u202e b\n\tc")).toBe("a\\u001b]0;x\\u0007\\u202e b\n\tc");
  });

  it("guardTerminal(stream) keeps the CLI's own colours only when they are on, and bytes as they are", () => {
    const seen: unknown[] = [];
    const sink = { write: (c: unknown) => seen.push(c), isTTY: true } as unknown as Writable;
    guardTerminal(sink, { ownCodes: true, tty: true }).write(`\u001b[31merror\u001b[39m ${HOSTILE}`);
    guardTerminal(sink, { ownCodes: false, tty: false }).write("\u001b[31merror\u001b[39m\r");
    guardTerminal(sink, { ownCodes: false, tty: true }).write("\r[###] 1/3\u001b[2K");
    const bytes = Buffer.from([27, 7]);
    guardTerminal(sink, { ownCodes: false, tty: false }).write(bytes);
    expect(seen[0]).toBe(`\u001b[31merror\u001b[39m ${terminalText(HOSTILE)}`);
    expect(seen[1]).toBe("\\u001b[31merror\\u001b[39m\\u000d");
    expect(seen[2]).toBe("\r[###] 1/3\u001b[2K");
    expect(seen[3]).toBe(bytes);
  });
});
