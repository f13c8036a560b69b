import type { ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { ARTICLE } from "../commands/_extract-test-support.js";
import { useExtractor } from "../io/_extract-core.js";
import { examplePath, tempDir } from "../test-support/run.js";
import { fingerprint, listing, requireBuild, runIn, STACK_FRAME, spawnCli, TWO_LINES } from "./_support.js";

// In-process runs use the extractor's sources; the spawned binary loads the built one.
useExtractor(extractor);

const CANDIDATES = `briefline: 1
title: Candidates
actors:
  - { id: a, name: Alpha, type: state }
statements:
  - id: c1
    kind: threat
    speaker: a
    date: 2025-09-05
    summary: Alpha threatens.
    status: candidate
`;

/** A folder with a chronicle, a folder, an article, candidates and a link to the chronicle. */
function fixture(): string {
  const dir = tempDir();
  copyFileSync(examplePath, join(dir, "c.yaml"));
  mkdirSync(join(dir, "d"));
  writeFileSync(join(dir, "article.txt"), ARTICLE);
  writeFileSync(join(dir, "cand.yaml"), CANDIDATES);
  symlinkSync("c.yaml", join(dir, "link.yaml"));
  return dir;
}

type Case = [command: string, what: string, args: string[], reason: RegExp];

const missing = (command: string, name = "nope.yaml"): Case => [
  command,
  "a missing file",
  [command, name],
  new RegExp(`${name.replace(".", "\\.")}: no such file`),
];
const directory = (command: string): Case => [
  command,
  "a directory instead of a file",
  [command, "d"],
  /d: is a directory/,
];
const unknownFlag = (command: string, ...args: string[]): Case => [
  command,
  "an unknown flag",
  [command, ...args, "--bogus"],
  /unknown option '--bogus'/,
];
const noArgument = (command: string, name: string): Case => [
  command,
  "a missing required argument",
  [command],
  new RegExp(`missing required argument '${name}'`),
];
const badDates = (command: string, ...args: string[]): Case[] => [
  [command, "--from 2025-13", [command, "c.yaml", ...args, "--from", "2025-13"], /--from: invalid date "2025-13"/],
  [
    command,
    "--to yesterdayish",
    [command, "c.yaml", ...args, "--to", "yesterdayish"],
    /--to: invalid date "yesterdayish"/,
  ],
  [
    command,
    "--from after --to",
    [command, "c.yaml", ...args, "--from", "2025-10", "--to", "2025-09-05"],
    /--from 2025-10 is after --to 2025-09-05/,
  ],
];

/** Every command but serve, which is run as a process below (it must not start listening). */
const CASES: Case[] = [
  missing("validate"),
  directory("validate"),
  unknownFlag("validate", "c.yaml"),
  noArgument("validate", "files"),

  missing("stats"),
  directory("stats"),
  unknownFlag("stats", "c.yaml"),
  noArgument("stats", "file"),

  missing("query"),
  directory("query"),
  unknownFlag("query", "c.yaml"),
  noArgument("query", "file"),
  ...badDates("query"),
  ["query", "--json with --table", ["query", "c.yaml", "--json", "--table"], /--json and --table contradict/],
  [
    "query",
    "--speaker with --target",
    ["query", "c.yaml", "--speaker", "putin", "--target", "trump"],
    /cannot be combined/,
  ],
  [
    "query",
    "--actor with --speaker",
    ["query", "c.yaml", "--actor", "putin", "--speaker", "trump"],
    /cannot be combined/,
  ],
  ["query", "--limit x", ["query", "c.yaml", "--limit", "x"], /--limit must be a whole number/],
  ["query", "an unknown --view", ["query", "c.yaml", "--view", "x"], /argument 'x' is invalid/],
  ["query", "an unknown kind", ["query", "c.yaml", "--kind", "threatt"], /unknown kind "threatt"/],
  ["query", "an unknown status", ["query", "c.yaml", "--status", "bogus"], /unknown status "bogus"/],
  ["query", "an unknown --actor", ["query", "c.yaml", "--actor", "nobody"], /unknown actor "nobody" in --actor/],
  ["query", "a misspelt --speaker", ["query", "c.yaml", "--speaker", "puttin"], /unknown actor "puttin" in --speaker/],
  ["query", "an unknown --target", ["query", "c.yaml", "--target", "nobody"], /unknown actor "nobody" in --target/],
  [
    "query",
    "an unknown actor in the threat register",
    ["query", "c.yaml", "--view", "threats", "--actor", "putn"],
    /unknown actor "putn"/,
  ],

  ["convert", "a missing file", ["convert", "nope.yaml", "out.json"], /nope\.yaml: no such file/],
  ["convert", "a directory instead of a file", ["convert", "d", "out.json"], /d: is a directory/],
  unknownFlag("convert", "c.yaml", "out.json"),
  noArgument("convert", "input"),
  ["convert", "no output", ["convert", "c.yaml"], /missing required argument 'output'/],
  ["convert", "output equal to input", ["convert", "c.yaml", "c.yaml"], /refusing to write c\.yaml: it is an input/],
  ["convert", "output equal to input, spelled ./", ["convert", "c.yaml", "./c.yaml"], /it is an input/],
  ["convert", "output a link to the input", ["convert", "c.yaml", "link.yaml"], /it is an input/],
  ["convert", "stdout without --to", ["convert", "c.yaml", "-"], /writing to stdout needs --to/],
  ["convert", "an unknown output format", ["convert", "c.yaml", "out.txt"], /cannot tell the output format/],
  ["convert", "a missing output folder", ["convert", "c.yaml", "nodir/out.json"], /the folder .* does not exist/],
  [
    "convert",
    "an output that is a folder",
    ["convert", "c.yaml", "d", "--to", "json"],
    /cannot write d: it is a directory/,
  ],

  unknownFlag("schema"),
  ["schema", "-o without its value", ["schema", "--output"], /argument missing/],
  ["schema", "an extra argument", ["schema", "extra"], /too many arguments/],
  ["schema", "-o a folder", ["schema", "-o", "d"], /cannot write d: it is a directory/],
  ["schema", "-o into a missing folder", ["schema", "-o", "nodir/s.json"], /does not exist/],

  unknownFlag("init"),
  ["init", "an existing file", ["init", "c.yaml"], /c\.yaml already exists/],
  ["init", "a directory instead of a file", ["init", "d", "--force"], /cannot write d: it is a directory/],
  ["init", "an extra argument", ["init", "a.yaml", "b.yaml"], /too many arguments/],
  ["init", "a missing folder", ["init", "nodir/c.yaml"], /does not exist/],

  missing("timeline"),
  directory("timeline"),
  unknownFlag("timeline", "c.yaml"),
  noArgument("timeline", "file"),
  ...badDates("timeline", "-o", "t.html"),
  [
    "timeline",
    "-o equal to the input",
    ["timeline", "c.yaml", "-o", "c.yaml"],
    /writes an HTML page, so the name should end in \.html/,
  ],
  ["timeline", "an unknown --lanes", ["timeline", "c.yaml", "--lanes", "sideways"], /argument 'sideways' is invalid/],

  missing("report"),
  directory("report"),
  unknownFlag("report", "c.yaml"),
  noArgument("report", "file"),
  ...badDates("report", "-o", "r.pdf"),
  [
    "report",
    "-o equal to the input",
    ["report", "c.yaml", "-o", "c.yaml"],
    /refusing to write c\.yaml: it is an input/,
  ],
  ["report", "--issued yesterdayish", ["report", "c.yaml", "--issued", "yesterdayish"], /--issued must be a date/],
  ["report", "an unknown --paper", ["report", "c.yaml", "--paper", "b5"], /argument 'b5' is invalid/],
  ["report", "a missing --previous", ["report", "c.yaml", "--previous", "old.yaml"], /old\.yaml: no such file/],
  ["report", "a missing --font", ["report", "c.yaml", "--font", "cjk.ttf"], /cjk\.ttf: no such file/],

  missing("extract", "nope.txt"),
  directory("extract"),
  unknownFlag("extract", "article.txt"),
  ["extract", "--published 2025-13", ["extract", "article.txt", "--published", "2025-13"], /--published must be a day/],
  ["extract", "--published yesterdayish", ["extract", "article.txt", "--published", "yesterdayish"], /--published/],
  ["extract", "--merge and -o the same", ["extract", "article.txt", "--merge", "c.yaml", "-o", "c.yaml"], /same file/],
  ["extract", "-o equal to the article", ["extract", "article.txt", "-o", "article.txt"], /it is an input/],
  ["extract", "standard input twice", ["extract", "-", "-"], /read only once/],
  ["extract", "a --url that is not http(s)", ["extract", "article.txt", "--url", "not a url"], /--url must be an http/],
  [
    "extract",
    "a javascript: --url",
    ["extract", "article.txt", "--url", "javascript:alert(1)"],
    /--url must be an http/,
  ],
  [
    "extract",
    "an unknown --format",
    ["extract", "article.txt", "--format", "xml"],
    /--format.*expected one of yaml, json, found "xml"/,
  ],
  ["extract", "--min-confidence 2", ["extract", "article.txt", "--min-confidence", "2"], /--min-confidence/],
  ["extract", "an unknown --encoding", ["extract", "article.txt", "--encoding", "klingon"], /unknown encoding/],
  ["extract", "a missing --merge chronicle", ["extract", "article.txt", "--merge", "nope.yaml"], /nope\.yaml: no such/],

  missing("review"),
  directory("review"),
  unknownFlag("review", "cand.yaml"),
  noArgument("review", "file"),
  ["review", "-o a folder", ["review", "cand.yaml", "--yes", "-o", "d"], /cannot write d: it is a directory/],

  missing("brief"),
  directory("brief"),
  unknownFlag("brief", "c.yaml"),
  noArgument("brief", "file"),
  [
    "brief",
    "an unknown --paper",
    ["brief", "c.yaml", "--paper", "b5"],
    /--paper.*expected one of a4, letter, found "b5"/,
  ],
  ["brief", "--out naming a file", ["brief", "c.yaml", "--out", "c.yaml"], /cannot create the output folder/],

  ["briefline", "an unknown command", ["valdate", "c.yaml"], /unknown command 'valdate' \(did you mean validate\?\)/],
];

const COMMANDS = [
  "validate",
  "stats",
  "query",
  "convert",
  "schema",
  "init",
  "timeline",
  "report",
  "extract",
  "review",
  "brief",
];

describe("bad arguments: exit 2, one `error:` line and one `hint:` line, nothing written", () => {
  it("the table covers every command (serve is below) with each kind of mistake that applies", () => {
    for (const command of COMMANDS) expect(CASES.filter((c) => c[0] === command).length).toBeGreaterThanOrEqual(4);
    expect(CASES.filter((c) => c[1] === "an unknown flag").map((c) => c[0])).toEqual(COMMANDS);
  });

  it.each(CASES)("%s with %s", async (_command, _what, args, reason) => {
    const dir = fixture();
    const before = listing(dir);
    const chronicle = fingerprint(join(dir, "c.yaml"));
    for (const debug of [false, true]) {
      const r = await runIn(debug ? [...args, "--debug"] : args, { cwd: dir });
      expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 2, stderr: expect.stringMatching(TWO_LINES) });
      expect(r.stderr.split("\n")[0]).toMatch(reason);
      // --debug shows stacks of unexpected failures only: a usage error stays two lines.
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stdout).toBe("");
    }
    expect(listing(dir)).toEqual(before);
    expect(fingerprint(join(dir, "c.yaml"))).toEqual(chronicle);
  });

  it("extract with nothing to read on a terminal asks for an article (exit 2)", async () => {
    const r = await runIn(["extract"], { cwd: fixture(), stdinTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(TWO_LINES);
    expect(r.stderr).toContain("no article given");
  });

  it("a missing article or font gets a hint about paths, not about chronicles", async () => {
    const dir = fixture();
    const article = await runIn(["extract", "nope.txt"], { cwd: dir });
    expect(article.stderr).toContain("hint: check the path\n");
    const font = await runIn(["report", "c.yaml", "--font", "cjk.ttf"], { cwd: dir });
    expect(font.stderr).not.toContain("briefline init");
    const chronicle = await runIn(["stats", "nope.yaml"], { cwd: dir });
    expect(chronicle.stderr).toContain("briefline init");
  });

  it("a usage error without its own hint points at the command's --help", async () => {
    const r = await runIn(["brief", "c.yaml", "--paper", "b5"], { cwd: fixture() });
    expect(r.stderr).toContain("hint: run `briefline brief --help` for usage");
  });

  it("schema -o - prints to standard output, like convert and timeline, and writes no file named -", async () => {
    const dir = tempDir();
    const r = await runIn(["schema", "-o", "-"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toContain("json-schema.org");
    expect(listing(dir)).toEqual([]);
  });

  it("query --from and --to in the right order, or with explicit offsets, still run (exit 0)", async () => {
    const dir = fixture();
    for (const period of [
      ["--from", "2025-09", "--to", "2025-09"],
      ["--from", "2025-09-05", "--to", "2025-09-05"],
      ["--from", "2025-09-05T23:00+10:00", "--to", "2025-09-05"],
    ]) {
      const r = await runIn(["query", "c.yaml", "--json", ...period], { cwd: dir });
      expect(r.code, period.join(" ")).toBe(0);
    }
  });
});

describe("bad arguments against the built binary", () => {
  beforeAll(requireBuild);

  const SUBSET: Case[] = [
    missing("validate"),
    directory("stats"),
    ["query", "--json with --table", ["query", "c.yaml", "--json", "--table"], /contradict/],
    ["convert", "output equal to input", ["convert", "c.yaml", "c.yaml"], /it is an input/],
    unknownFlag("schema"),
    ["init", "an extra argument", ["init", "a.yaml", "b.yaml"], /too many arguments/],
    badDates("timeline")[2] as Case,
    badDates("report")[0] as Case,
    ["report", "-o equal to the input", ["report", "c.yaml", "-o", "c.yaml"], /it is an input/],
    ["extract", "--published yesterdayish", ["extract", "article.txt", "--published", "yesterdayish"], /--published/],
    noArgument("review", "file"),
    missing("brief"),
  ];

  it.each(SUBSET)("briefline %s with %s", async (_command, _what, args, reason) => {
    const dir = fixture();
    const before = listing(dir);
    const r = await spawnCli(args, { cwd: dir, timeoutMs: 20_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(TWO_LINES);
    expect(r.stderr.split("\n")[0]).toMatch(reason);
    expect(r.stdout).toBe("");
    expect(listing(dir)).toEqual(before);
    expect(readFileSync(join(dir, "c.yaml"))).toEqual(readFileSync(examplePath));
  });
});

describe("serve with bad arguments exits instead of listening", () => {
  beforeAll(requireBuild);

  /** A server that started listening is stopped at once (the test then fails on its output). */
  const stopWhenServing = (child: ChildProcess) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("serving")) child.kill("SIGKILL");
    });
  };

  const SERVE: Case[] = [
    missing("serve"),
    directory("serve"),
    unknownFlag("serve", "c.yaml"),
    noArgument("serve", "file"),
    ...badDates("serve"),
    ["serve", "--port abc", ["serve", "c.yaml", "--port", "abc"], /invalid port "abc"/],
    ["serve", "--port 99999", ["serve", "c.yaml", "--port", "99999"], /invalid port "99999"/],
    ["serve", "an unknown --theme", ["serve", "c.yaml", "--theme", "neon"], /argument 'neon' is invalid/],
  ];

  it.each(SERVE)("%s with %s", async (_command, _what, args, reason) => {
    const r = await spawnCli(args.includes("--port") ? args : [...args, "--port", "0"], {
      cwd: fixture(),
      timeoutMs: 10_000,
      onStart: stopWhenServing,
    });
    expect(r.timedOut, "serve kept running").toBe(false);
    expect(r.stdout).not.toContain("serving");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(TWO_LINES);
    expect(r.stderr.split("\n")[0]).toMatch(reason);
  });

  // A bad option is refused before serve listens (its first build used to serve an
  // error page for an unknown kind, status or actor instead).
  it.each([
    ["--kind", "threatt"],
    ["--status", "maybe"],
    ["--actor", "nobody"],
  ])("serve %s %s exits 2 before listening", async (flag, value) => {
    const r = await spawnCli(["serve", "c.yaml", "--port", "0", flag, value], {
      cwd: fixture(),
      timeoutMs: 10_000,
      onStart: stopWhenServing,
    });
    expect(r.stdout).not.toContain("serving");
    expect(r.code).toBe(2);
  });
});
