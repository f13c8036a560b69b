import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { tempDir } from "../test-support/run.js";
import { refuseInputs, STALE_TEMP_MS, writeFileAtomic } from "./files.js";
import { readInput } from "./read-input.js";

/** The error a call throws, for matching its code and message. */
function thrown(f: () => unknown): CliError {
  try {
    f();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
}

async function rejected(p: Promise<unknown>): Promise<CliError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
}

const hidden = (dir: string) => readdirSync(dir).filter((f) => f.startsWith("."));

describe("writeFileAtomic", () => {
  it("writeFileAtomic(path, text) writes a new file and leaves no temporary file", () => {
    const dir = tempDir();
    writeFileAtomic("out.json", "{}\n", dir);
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("{}\n");
    expect(hidden(dir)).toEqual([]);
  });

  it("writeFileAtomic(path, bytes) replaces an existing file whole", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "out.pdf"), "old");
    writeFileAtomic("out.pdf", new Uint8Array([1, 2, 3]), dir);
    expect([...readFileSync(join(dir, "out.pdf"))]).toEqual([1, 2, 3]);
  });

  it("writeFileAtomic(input, …, [input]) refuses by path, by link and by hard link, and changes nothing", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), "keep");
    symlinkSync("c.yaml", join(dir, "soft.yaml"));
    linkSync(join(dir, "c.yaml"), join(dir, "hard.yaml"));
    for (const out of ["c.yaml", "./c.yaml", "soft.yaml", "hard.yaml", join(dir, "c.yaml")]) {
      const error = thrown(() => writeFileAtomic(out, "x", dir, ["c.yaml"]));
      expect(error.code).toBe(2);
      expect(error.message).toBe(`refusing to write ${out}: it is an input of this command`);
    }
    expect(readFileSync(join(dir, "c.yaml"), "utf8")).toBe("keep");
  });

  it("refuseInputs(output, inputs) ignores standard input (-) and other files", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "a");
    expect(() => refuseInputs("out.yaml", ["-", "a.txt"], dir)).not.toThrow();
  });

  it("writeFileAtomic(folder) is a usage error that says it is a directory", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "d"));
    const error = thrown(() => writeFileAtomic("d", "x", dir));
    expect(error.code).toBe(2);
    expect(error.message).toBe("cannot write d: it is a directory");
  });

  it("writeFileAtomic(in a missing folder) is a usage error", () => {
    const error = thrown(() => writeFileAtomic("nodir/x.json", "x", tempDir()));
    expect(error.code).toBe(2);
    expect(error.message).toMatch(/the folder .*nodir does not exist/);
  });

  it("writeFileAtomic(link) replaces the file the link names and keeps the link", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real/c.yaml"), "old");
    symlinkSync("real/c.yaml", join(dir, "c.yaml"));
    writeFileAtomic("c.yaml", "new", dir);
    expect(readlinkSync(join(dir, "c.yaml"))).toBe("real/c.yaml");
    expect(readFileSync(join(dir, "real/c.yaml"), "utf8")).toBe("new");
    expect(hidden(join(dir, "real"))).toEqual([]);
  });

  it("writeFileAtomic(dangling link) creates the file the link names", () => {
    const dir = tempDir();
    symlinkSync("target.yaml", join(dir, "c.yaml"));
    writeFileAtomic("c.yaml", "new", dir);
    expect(lstatSync(join(dir, "c.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "target.yaml"), "utf8")).toBe("new");
  });

  it("writeFileAtomic(relative link in a folder reached through a linked folder) writes where the system would go", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "z/y/a"), { recursive: true });
    symlinkSync("z/y/a", join(dir, "a"));
    writeFileSync(join(dir, "z/y/x.json"), "old");
    symlinkSync("../x.json", join(dir, "z/y/a/l.json"));
    writeFileAtomic("a/l.json", "new", dir);
    expect(readlinkSync(join(dir, "z/y/a/l.json"))).toBe("../x.json");
    expect(readFileSync(join(dir, "z/y/x.json"), "utf8")).toBe("new");
  });

  it("writeFileAtomic(/dev/fd/N of an open pipe or socket other than stdout and stderr) is a usage error, never a write into it", async () => {
    // The parent's end of a child's standard output is such a descriptor; so are Node's own.
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 5000)"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    try {
      const fd = (child.stdout as unknown as { _handle: { fd: number } })._handle.fd;
      expect(fd).toBeGreaterThan(2);
      const error = thrown(() => writeFileAtomic(`/dev/fd/${fd}`, "x", tempDir()));
      expect(error.code).toBe(2);
      expect(error.message).toMatch(
        new RegExp(`^cannot write /dev/fd/${fd}: it names an open (socket|pipe), not a file$`),
      );
    } finally {
      child.kill();
    }
  });

  it("writeFileAtomic(socket) is a usage error that points to -o -", async () => {
    const dir = tempDir();
    const server = createServer().listen(join(dir, "s.sock"));
    await new Promise((r) => server.once("listening", r));
    try {
      const error = thrown(() => writeFileAtomic("s.sock", "x", dir));
      expect(error.code).toBe(2);
      expect(error.message).toBe("cannot write s.sock: it is a socket");
      expect(error.hint).toContain("-o -");
    } finally {
      server.close();
    }
  });

  it("writeFileAtomic(existing) keeps the file's permissions (a private chronicle stays private)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), "old");
    chmodSync(join(dir, "c.yaml"), 0o600);
    writeFileAtomic("c.yaml", "new", dir);
    expect(statSync(join(dir, "c.yaml")).mode & 0o777).toBe(0o600);
  });

  it("writeFileAtomic(link to a device) writes into the device and never replaces it", () => {
    const dir = tempDir();
    symlinkSync("/dev/null", join(dir, "out.json"));
    writeFileAtomic("out.json", "x".repeat(100_000), dir);
    expect(readlinkSync(join(dir, "out.json"))).toBe("/dev/null");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("writeFileAtomic(/dev/full) fails with 'the disk is full' (exit code 3)", () => {
    const error = thrown(() => writeFileAtomic("/dev/full", "x", tempDir()));
    expect(error.code).toBe(3);
    expect(error.message).toBe("cannot write /dev/full: the disk is full");
    expect(error.hint).toContain("nothing was changed");
  });

  it("writeFileAtomic removes temp files of the same target left by a killed run, once they are stale", () => {
    const dir = tempDir();
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    for (const name of [".out.pdf.aaaaaaaaaaaa.tmp", ".out.pdf.bbbbbbbbbbbb.tmp", ".other.pdf.cccccccccccc.tmp"]) {
      writeFileSync(join(dir, name), "partial");
      utimesSync(join(dir, name), old, old);
    }
    // A fresh one may belong to a run that is writing right now.
    writeFileSync(join(dir, ".out.pdf.dddddddddddd.tmp"), "in progress");
    // Not one of ours, even if old.
    writeFileSync(join(dir, ".out.pdf.notours.tmp"), "keep");
    utimesSync(join(dir, ".out.pdf.notours.tmp"), old, old);
    writeFileAtomic("out.pdf", "%PDF-", dir);
    expect(hidden(dir).sort()).toEqual([
      ".other.pdf.cccccccccccc.tmp",
      ".out.pdf.dddddddddddd.tmp",
      ".out.pdf.notours.tmp",
    ]);
  });
});

describe("readInput", () => {
  it("readInput(missing chronicle) is a usage error that suggests briefline init", async () => {
    const error = await rejected(readInput("c.yaml", { cwd: tempDir(), stdin: process.stdin }));
    expect(error.code).toBe(2);
    expect(error.message).toBe("c.yaml: no such file");
    expect(error.hint).toContain("briefline init");
  });

  it("readInput(missing article or font) hints at the path only", async () => {
    for (const name of ["article.txt", "font.ttf"]) {
      const error = await rejected(readInput(name, { cwd: tempDir(), stdin: process.stdin }));
      expect(error.code).toBe(2);
      expect(error.hint).toBe("check the path");
    }
  });

  it("readInput(folder) is a usage error", async () => {
    const error = await rejected(readInput(".", { cwd: tempDir(), stdin: process.stdin }));
    expect(error.code).toBe(2);
    expect(error.message).toBe(".: is a directory, not a file");
  });

  it("readInput(a path through a file) is 'no such file', not a crash", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "f"), "x");
    const error = await rejected(readInput("f/c.yaml", { cwd: dir, stdin: process.stdin }));
    expect(error.message).toBe("f/c.yaml: no such file");
  });

  it("readInput(named pipe) reads what a writer puts into it", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe")]);
    const writer = spawn("sh", ["-c", "printf 'briefline: 1\\n' > pipe"], { cwd: dir, stdio: "ignore" });
    const bytes = await readInput("pipe", { cwd: dir, stdin: process.stdin });
    expect(Buffer.from(bytes).toString()).toBe("briefline: 1\n");
    writer.kill();
  });

  it("readInput(/dev/null) reads a device as an empty input", async () => {
    expect((await readInput("/dev/null", { cwd: tempDir(), stdin: process.stdin })).length).toBe(0);
  });
});
