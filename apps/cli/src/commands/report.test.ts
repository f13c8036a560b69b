import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePath, run, tempDir } from "../test-support/run.js";

describe("briefline report", () => {
  it("report -o writes a PDF of the example and says how many pages", async () => {
    const dir = tempDir();
    const r = await run(["report", examplePath, "-o", "briefing.pdf", "--issued", "2025-09-06"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("error");
    const pdf = readFileSync(join(dir, "briefing.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(r.stdout).toMatch(/wrote briefing\.pdf \(\d+ pages, \d+ KiB\)/);
  });

  it("report refuses to write over its input and leaves it untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "chronicle.yaml");
    const text = readFileSync(examplePath, "utf8");
    writeFileSync(input, text);
    const r = await run(["report", "chronicle.yaml", "-o", "chronicle.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it is an input of this command");
    expect(readFileSync(input, "utf8")).toBe(text);
  });

  it("report refuses an output that is one of its inputs before reading any of them", async () => {
    const dir = tempDir();
    // The previous chronicle is not even YAML: were it read first, its error would come first.
    writeFileSync(join(dir, "last-week.yaml"), "a: [unclosed\n");
    const r = await run(["report", examplePath, "--previous", "last-week.yaml", "-o", "last-week.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to write last-week.yaml: it is an input of this command");
    expect(readFileSync(join(dir, "last-week.yaml"), "utf8")).toBe("a: [unclosed\n");
  });

  it("report with an unknown actor or a bad date is a usage error and writes nothing", async () => {
    const dir = tempDir();
    const actor = await run(["report", examplePath, "-o", "a.pdf", "--actor", "puttin"], { cwd: dir });
    expect(actor.code).toBe(2);
    expect(actor.stderr).toContain('unknown actor "puttin"');
    expect(actor.stderr).toContain('did you mean "putin"?');
    const date = await run(["report", examplePath, "-o", "b.pdf", "--from", "2025-13"], { cwd: dir });
    expect(date.code).toBe(2);
    expect(existsSync(join(dir, "a.pdf")) || existsSync(join(dir, "b.pdf"))).toBe(false);
  });

  it("report with a font file that is not a font refuses it as a bad input (exit 1), naming it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.ttf"), "not a font");
    const r = await run(["report", examplePath, "-o", "c.pdf", "--font", "bad.ttf"], { cwd: dir });
    // The file's content is the problem, as with /dev/zero, not the command line (issue 11).
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("fallback font 1 (bad.ttf): not a TrueType or OpenType font");
    expect(existsSync(join(dir, "c.pdf"))).toBe(false);
  });

  it("report on an empty period warns and still writes a briefing", async () => {
    const dir = tempDir();
    const r = await run(["report", examplePath, "-o", "empty.pdf", "--from", "2030-01", "--to", "2030-02"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no statements or events");
    expect(existsSync(join(dir, "empty.pdf"))).toBe(true);
  });

  it("report --issued twice gives byte-identical files", async () => {
    const dir = tempDir();
    await run(["report", examplePath, "-o", "one.pdf", "--issued", "2025-09-06", "--paper", "letter"], { cwd: dir });
    await run(["report", examplePath, "-o", "two.pdf", "--issued", "2025-09-06", "--paper", "letter"], { cwd: dir });
    expect(readFileSync(join(dir, "one.pdf")).equals(readFileSync(join(dir, "two.pdf")))).toBe(true);
  });

  it("report shows a progress bar on a terminal for a large chronicle, and none when stderr is not a terminal", async () => {
    const dir = tempDir();
    const statements = Array.from({ length: 320 }, (_, i) => ({
      id: `s${i}`,
      kind: i % 3 ? "comment" : "threat",
      speaker: "a",
      date: `2025-09-${String(1 + (i % 28)).padStart(2, "0")}`,
      summary: `Statement ${i}.`,
    }));
    const chronicle = { briefline: 1, title: "Large", actors: [{ id: "a", name: "Alpha", type: "state" }], statements };
    writeFileSync(join(dir, "large.json"), JSON.stringify(chronicle));
    const tty = await run(["report", "large.json", "-o", "large.pdf"], { cwd: dir, tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("drawing briefing [");
    expect(tty.stderr).toContain("100%");
    const piped = await run(["report", "large.json", "-o", "large2.pdf"], { cwd: dir });
    expect(piped.stderr).not.toContain("drawing briefing");
  });
});

describe("briefline report on hostile input", () => {
  const hostile = (url: string) => ({
    briefline: 1,
    title: `<script>alert(1)</script> \u001b[2J\u001b]0;pwned\u0007 \u202Eexe.fdp`,
    actors: [
      { id: "a", name: "\u001b[31mRed\u001b[0m <img src=x onerror=alert(1)> 🦄", type: "state" },
      { id: "b", name: "\u202Egnp.exe مرحبا", type: "state" },
    ],
    sources: [{ id: "src", title: ") /S /JavaScript /JS (app.alert(1))", url }],
    statements: [
      {
        id: "s",
        kind: "threat",
        speaker: "a",
        targets: ["b"],
        date: "2025-09-05",
        summary: "javascript:alert(1) \u0000\u0008 習近平",
        sources: [{ source: "src" }],
      },
    ],
  });

  it("report on hostile text writes a PDF whose only web link is http(s), and prints no control character", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostile('https://example.org/"/JavaScript(x)>>')));
    const r = await run(["report", "hostile.json", "-o", "h.pdf"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('actor "a": no font has 🦄 (U+1F984)');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(r.stderr + r.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    const pdf = readFileSync(join(dir, "h.pdf")).toString("latin1");
    // The strings as written, escapes included: an unescaped ")" would end one early.
    const uris = [...pdf.matchAll(/\/S \/URI \/URI \(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]);
    expect(uris).toEqual(["https://example.org/%22/JavaScript\\(x\\)%3E%3E"]);
    expect(pdf).not.toMatch(/\/(JavaScript|JS|Launch|OpenAction|AA|SubmitForm|GoToR) /);
  });

  it("report refuses a chronicle whose source address is javascript:, and writes nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "js.json"), JSON.stringify(hostile("javascript:alert(1)")));
    const r = await run(["report", "js.json", "-o", "js.pdf"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("expected an http(s) address");
    expect(existsSync(join(dir, "js.pdf"))).toBe(false);
  });
});
