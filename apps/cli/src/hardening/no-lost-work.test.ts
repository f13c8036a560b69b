import { execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { ARTICLE } from "../commands/_extract-test-support.js";
import { useExtractor } from "../io/_extract-core.js";
import { examplePath, tempDir } from "../test-support/run.js";
import {
  bigChronicle,
  canMount,
  fingerprint,
  listing,
  requireBuild,
  runIn,
  slowWritePreload,
  spawnCli,
  TWO_LINES,
  tempsOf,
  until,
} from "./_support.js";

useExtractor(extractor);

/** What sat at the output path before the run: it must survive any failed or killed run whole. */
const PREVIOUS = Buffer.concat([Buffer.from("%PDF-1.7 the briefing of last week\n"), Buffer.alloc(50_000, 0x5a)]);

const MERGE_BASE = `# running chronicle: comments must survive
briefline: 1
title: Northern standoff
actors:
  - id: vucic
    name: Aleksandar Vučić
    aliases: [Aleksandar Vucic, Vucic, Serbian President]
    type: person
statements: []
`;

const isPdf = (bytes: Buffer) =>
  bytes.subarray(0, 5).toString() === "%PDF-" && bytes.subarray(-8).toString().includes("%%EOF");

describe("no lost work: a run killed with SIGKILL leaves the previous output whole", () => {
  let dir: string;
  beforeAll(() => {
    requireBuild();
    dir = tempDir();
    writeFileSync(join(dir, "big.json"), bigChronicle(3000));
  });

  // Killed at several moments of rendering: before, during and (maybe) after the write.
  it.each([250, 800, 1600])("report of 3000 statements killed after %i ms", async (delay) => {
    const out = join(dir, `killed-${delay}.pdf`);
    writeFileSync(out, PREVIOUS);
    const r = await spawnCli(["report", "big.json", "-o", `killed-${delay}.pdf`], {
      cwd: dir,
      onStart: (child) => {
        const started = Date.now();
        until(() => tempsOf(dir, `killed-${delay}.pdf`).length > 0 || Date.now() - started > delay, 20_000, 5).then(
          () => child.kill("SIGKILL"),
          () => child.kill("SIGKILL"),
        );
      },
    });
    const now = readFileSync(out);
    // The kill can land before the rename (the old file stays) or just after it, before the
    // process exits (the new briefing is in place, whole). Never anything in between.
    if (r.signal === "SIGKILL") expect(now.equals(PREVIOUS) || isPdf(now)).toBe(true);
    else expect(r.code === 0 && isPdf(now)).toBe(true);
  });

  it("report killed while its temporary file is half written: the old PDF stays, the stale temp file goes next time", async () => {
    const preload = slowWritePreload(dir);
    const out = join(dir, "slow.pdf");
    writeFileSync(out, PREVIOUS);
    const r = await spawnCli(["report", "big.json", "-o", "slow.pdf"], {
      cwd: dir,
      preload,
      onStart: (child) => {
        const half = () => tempsOf(dir, "slow.pdf").some((t) => statSync(join(dir, t)).size > 100_000);
        until(half, 25_000).then(
          () => child.kill("SIGKILL"),
          () => child.kill("SIGKILL"),
        );
      },
    });
    expect(r.signal).toBe("SIGKILL");
    expect(readFileSync(out).equals(PREVIOUS)).toBe(true);
    // SIGKILL cannot be caught: the partial temp file stays, hidden, beside the output.
    const [temp] = tempsOf(dir, "slow.pdf");
    expect(temp).toMatch(/^\.slow\.pdf\.[0-9a-f]{12}\.tmp$/);
    expect(isPdf(readFileSync(join(dir, temp as string)))).toBe(false);
    // The next write of the same output removes it once it is older than a few minutes.
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(join(dir, temp as string), hourAgo, hourAgo);
    const again = await spawnCli(["report", "big.json", "-o", "slow.pdf"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(isPdf(readFileSync(out))).toBe(true);
    expect(tempsOf(dir, "slow.pdf")).toEqual([]);
  });

  it("convert of a large chronicle killed mid-write leaves the previous output whole", async () => {
    const preload = slowWritePreload(dir);
    const out = join(dir, "big.yaml");
    writeFileSync(out, "previous: conversion\n");
    const r = await spawnCli(["convert", "big.json", "big.yaml"], {
      cwd: dir,
      preload,
      onStart: (child) => {
        const half = () => tempsOf(dir, "big.yaml").some((t) => statSync(join(dir, t)).size > 50_000);
        until(half, 25_000).then(
          () => child.kill("SIGKILL"),
          () => child.kill("SIGKILL"),
        );
      },
    });
    expect(r.signal).toBe("SIGKILL");
    expect(readFileSync(out, "utf8")).toBe("previous: conversion\n");
  });

  it("a write that the system hands back in 4 KiB pieces is completed, not cut short", async () => {
    const preload = slowWritePreload(dir);
    const slow = await spawnCli(["convert", "big.json", "pieces.yaml"], { cwd: dir, preload });
    const fast = await spawnCli(["convert", "big.json", "whole.yaml"], { cwd: dir });
    expect([slow.code, fast.code]).toEqual([0, 0]);
    const pieces = readFileSync(join(dir, "pieces.yaml"));
    expect(pieces.length).toBeGreaterThan(400_000);
    expect(pieces.equals(readFileSync(join(dir, "whole.yaml")))).toBe(true);
  });
});

describe("no lost work: convert and extract --merge never modify their inputs", () => {
  function folder(): string {
    const dir = tempDir();
    copyFileSync(examplePath, join(dir, "c.yaml"));
    writeFileSync(join(dir, "m.yaml"), MERGE_BASE);
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    writeFileSync(join(dir, "bad.yaml"), "briefline: 2\ntitle: x\n");
    return dir;
  }

  const CONVERT: Array<[string, string[], number]> = [
    ["YAML to JSON", ["convert", "c.yaml", "c.json"], 0],
    ["YAML to TimelineJS", ["convert", "c.yaml", "t.json", "--to", "timelinejs"], 0],
    ["to stdout", ["convert", "c.yaml", "-", "--to", "plover"], 0],
    ["onto itself", ["convert", "c.yaml", "c.yaml"], 2],
    ["into a missing folder", ["convert", "c.yaml", "nodir/c.json"], 2],
    ["an invalid chronicle", ["convert", "bad.yaml", "bad.json"], 1],
  ];

  it.each(CONVERT)("convert %s keeps the input byte for byte, with its mtime", async (_what, args, code) => {
    const dir = folder();
    const input = join(dir, args[1] as string);
    const before = fingerprint(input);
    const r = await runIn(args, { cwd: dir });
    expect(r.code).toBe(code);
    expect(fingerprint(input)).toEqual(before);
  });

  const MERGE: Array<[string, string[], number]> = [
    [
      "with -o elsewhere",
      ["extract", "article.txt", "--published", "2025-09-05", "--merge", "m.yaml", "-o", "o.yaml"],
      0,
    ],
    ["with a bad --published", ["extract", "article.txt", "--published", "2025-13", "--merge", "m.yaml"], 2],
    ["with a missing article", ["extract", "nope.txt", "--merge", "m.yaml"], 2],
    ["into an invalid chronicle", ["extract", "article.txt", "--merge", "bad.yaml"], 1],
    ["with -o onto the article", ["extract", "article.txt", "--merge", "m.yaml", "-o", "article.txt"], 2],
  ];

  it.each(MERGE)("extract --merge %s leaves the chronicle and the article untouched", async (_what, args, code) => {
    const dir = folder();
    const merged = args[args.indexOf("--merge") + 1] as string;
    const before = { chronicle: fingerprint(join(dir, merged)), article: fingerprint(join(dir, "article.txt")) };
    const r = await runIn(args, { cwd: dir });
    expect(r.code).toBe(code);
    expect({ chronicle: fingerprint(join(dir, merged)), article: fingerprint(join(dir, "article.txt")) }).toEqual(
      before,
    );
  });

  it("extract --merge in place changes only the chronicle, keeps its comments and its permissions", async () => {
    const dir = folder();
    chmodSync(join(dir, "m.yaml"), 0o600);
    const article = fingerprint(join(dir, "article.txt"));
    const r = await runIn(["extract", "article.txt", "--published", "2025-09-05", "--merge", "m.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(fingerprint(join(dir, "article.txt"))).toEqual(article);
    expect(readFileSync(join(dir, "m.yaml"), "utf8")).toContain("# running chronicle: comments must survive");
    expect(statSync(join(dir, "m.yaml")).mode & 0o777).toBe(0o600);
    expect(tempsOf(dir, "m.yaml")).toEqual([]);
  });

  it("review in place through a symbolic link updates the file it names and keeps the link", async () => {
    const dir = folder();
    mkdirSync(join(dir, "shared"));
    writeFileSync(
      join(dir, "shared/cand.yaml"),
      `${MERGE_BASE.replace("statements: []\n", "")}statements:\n  - { id: c1, kind: threat, speaker: vucic, date: 2025-09-05, summary: A warning., status: candidate }\n`,
    );
    chmodSync(join(dir, "shared/cand.yaml"), 0o640);
    symlinkSync("shared/cand.yaml", join(dir, "cand.yaml"));
    const r = await runIn(["review", "cand.yaml", "--yes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "cand.yaml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "cand.yaml"))).toBe("shared/cand.yaml");
    expect(readFileSync(join(dir, "shared/cand.yaml"), "utf8")).toContain("status: confirmed");
    expect(statSync(join(dir, "shared/cand.yaml")).mode & 0o777).toBe(0o640);
  });
});

describe("no lost work: a full disk or a read-only target gives a clear error and changes nothing", () => {
  it.skipIf(!existsSync("/dev/full"))(
    "an output that links to /dev/full: exit 3, 'the disk is full', the link is not replaced",
    async () => {
      const dir = tempDir();
      copyFileSync(examplePath, join(dir, "c.yaml"));
      symlinkSync("/dev/full", join(dir, "out.json"));
      const r = await runIn(["convert", "c.yaml", "out.json"], { cwd: dir });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^error: cannot write out\.json: the disk is full\n {2}hint: .*nothing was changed\n$/);
      expect(readlinkSync(join(dir, "out.json"))).toBe("/dev/full");
      expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
    },
  );

  it("an output that links to a device (like -o /dev/stdout) is written into, never replaced", async () => {
    const dir = tempDir();
    symlinkSync("/dev/null", join(dir, "schema.json"));
    const r = await runIn(["schema", "-o", "schema.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "schema.json")).isSymbolicLink()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

// Mounting needs root with CAP_SYS_ADMIN (our CI container has it); elsewhere these skip.
const mountable = canMount(tempDir());

describe.skipIf(!mountable)("no lost work on a full tmpfs and a read-only bind mount (needs mount)", () => {
  const mounts: string[] = [];
  const mount = (...args: string[]) => execFileSync("mount", args, { stdio: "pipe" });
  afterAll(() => {
    for (const m of mounts.reverse()) execFileSync("umount", ["-l", m], { stdio: "ignore" });
  });

  /** A 192 KiB tmpfs holding the chronicle and the previous outputs, then filled to the brim. */
  function fullDisk(): string {
    const dir = tempDir();
    mount("-t", "tmpfs", "-o", "size=192k", "tmpfs", dir);
    mounts.push(dir);
    copyFileSync(examplePath, join(dir, "c.yaml"));
    writeFileSync(join(dir, "m.yaml"), MERGE_BASE);
    writeFileSync(join(dir, "article.txt"), ARTICLE);
    writeFileSync(join(dir, "out.pdf"), PREVIOUS);
    writeFileSync(join(dir, "out.json"), '{"previous": true}\n');
    try {
      for (let i = 0; ; i++) writeFileSync(join(dir, `filler-${i}`), Buffer.alloc(4096, 1));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
    }
    return dir;
  }

  const FULL: Array<[string, string[], string]> = [
    ["report -o out.pdf", ["report", "c.yaml", "-o", "out.pdf"], "out.pdf"],
    ["convert to out.json", ["convert", "c.yaml", "out.json"], "out.json"],
    [
      "extract --merge in place",
      ["extract", "article.txt", "--published", "2025-09-05", "--merge", "m.yaml"],
      "m.yaml",
    ],
  ];

  it.each(FULL)("disk full: %s exits 3 with 'the disk is full', no partial file", async (...c) => {
    const [, args, target] = c;
    const dir = fullDisk();
    const before = listing(dir);
    const kept = fingerprint(join(dir, target));
    const input = fingerprint(join(dir, "c.yaml"));
    const r = await runIn(args, { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr.split("\n").slice(-3).join("\n")).toMatch(
      new RegExp(`error: cannot write ${target.replace(".", "\\.")}: the disk is full\\n {2}hint: .+\\n$`),
    );
    expect(fingerprint(join(dir, target))).toEqual(kept);
    expect(fingerprint(join(dir, "c.yaml"))).toEqual(input);
    expect(listing(dir)).toEqual(before);
  });

  /** A folder with a chronicle and previous outputs, bind-mounted read-only. */
  function readOnly(): string {
    const source = tempDir();
    copyFileSync(examplePath, join(source, "c.yaml"));
    writeFileSync(join(source, "m.yaml"), MERGE_BASE);
    writeFileSync(join(source, "article.txt"), ARTICLE);
    writeFileSync(join(source, "out.pdf"), PREVIOUS);
    const dir = tempDir();
    mount("--bind", source, dir);
    mounts.push(dir);
    mount("-o", "remount,bind,ro", dir);
    return dir;
  }

  const READ_ONLY: Array<[string, string[], string]> = [
    ["report -o out.pdf", ["report", "c.yaml", "-o", "out.pdf"], "out.pdf"],
    ["schema -o new.json", ["schema", "-o", "new.json"], "c.yaml"],
    [
      "extract --merge in place",
      ["extract", "article.txt", "--published", "2025-09-05", "--merge", "m.yaml"],
      "m.yaml",
    ],
    ["init --force", ["init", "c.yaml", "--force"], "c.yaml"],
  ];

  it.each(READ_ONLY)("read-only folder: %s exits 2, 'not writable', nothing changed", async (...c) => {
    const [, args, target] = c;
    const dir = readOnly();
    const before = listing(dir);
    const kept = fingerprint(join(dir, target));
    const r = await runIn(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").slice(-3).join("\n")).toMatch(/error: cannot write .+: the location is not writable/);
    expect(r.stderr.split("\n").slice(-3).join("\n")).toMatch(/\n {2}hint: .+\n$/);
    expect(fingerprint(join(dir, target))).toEqual(kept);
    expect(listing(dir)).toEqual(before);
  });

  it("the error on a full disk is the whole output of a command that printed nothing else", async () => {
    const dir = fullDisk();
    const r = await runIn(["schema", "-o", "s.json"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(TWO_LINES);
  });
});
