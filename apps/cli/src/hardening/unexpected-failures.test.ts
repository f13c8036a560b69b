import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { examplePath, repoRoot, tempDir } from "../test-support/run.js";
import { bigChronicle, mainJs, requireBuild, runIn, STACK_FRAME, spawnCli } from "./_support.js";

/** Makes JSON.stringify fail on the stats object: a stand-in for a bug inside a command. */
const FAULT = `const real = JSON.stringify;
JSON.stringify = function (value, ...rest) {
  if (value && typeof value === "object" && "byKind" in value) throw new TypeError("simulated fault in stats");
  return real.call(this, value, ...rest);
};
`;

/**
 * A fault raised while the command waits for its input file: reading never finishes,
 * and `fault` runs outside the command's promise chain.
 */
const whileReading = (fault: string) => `import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
const real = fsp.readFile;
fsp.readFile = function (path, ...rest) {
  if (!String(path).endsWith("c.yaml")) return real.call(this, path, ...rest);
  ${fault}
  return new Promise(() => {});
};
syncBuiltinESMExports();
`;

function withPreload(source: string): { dir: string; preload: string } {
  const dir = tempDir();
  copyFileSync(examplePath, join(dir, "c.yaml"));
  const preload = join(dir, "preload.mjs");
  writeFileSync(preload, source);
  return { dir, preload };
}

describe("unexpected failures: exit 3, a short message and the --debug hint; the stack only with --debug", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("in-process: a bug in a command exits 3 with one error line and the hint", async () => {
    const real = JSON.stringify;
    vi.spyOn(JSON, "stringify").mockImplementation((value, ...rest) => {
      if (value && typeof value === "object" && "byKind" in value) throw new TypeError("simulated fault in stats");
      return real(value, ...(rest as [])) as string;
    });
    const dir = tempDir();
    copyFileSync(examplePath, join(dir, "c.yaml"));
    const plain = await runIn(["stats", "c.yaml", "--json"], { cwd: dir });
    expect(plain.code).toBe(3);
    expect(plain.stderr).toBe(
      "error: unexpected failure: simulated fault in stats\n  hint: rerun with --debug to see the stack trace, and report it\n",
    );
    const debug = await runIn(["stats", "c.yaml", "--json", "--debug"], { cwd: dir });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/^error: unexpected failure: simulated fault in stats\nTypeError: simulated fault/);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });

  describe("against the built binary", () => {
    beforeAll(requireBuild);

    it("a bug in a command: exit 3 and two lines; with --debug the stack", async () => {
      const { dir, preload } = withPreload(FAULT);
      const plain = await spawnCli(["stats", "c.yaml", "--json"], { cwd: dir, preload });
      expect(plain.code).toBe(3);
      expect(plain.stderr).toBe(
        "error: unexpected failure: simulated fault in stats\n  hint: rerun with --debug to see the stack trace, and report it\n",
      );
      const debug = await spawnCli(["stats", "c.yaml", "--json", "--debug"], { cwd: dir, preload });
      expect(debug.code).toBe(3);
      expect(debug.stderr).toMatch(STACK_FRAME);
      expect(debug.stderr).not.toContain("hint: rerun with --debug");
    });

    it("an exception thrown outside the command (a timer) still ends with exit 3 and one line, not Node's dump", async () => {
      const { dir, preload } = withPreload(
        whileReading(`setTimeout(() => { throw new RangeError("simulated late fault"); }, 0);`),
      );
      const r = await spawnCli(["validate", "c.yaml"], { cwd: dir, preload });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain("error: unexpected failure: simulated late fault\n");
      expect(r.stderr).toContain("hint: rerun with --debug");
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).not.toContain("node:internal");
      const debug = await spawnCli(["validate", "c.yaml", "--debug"], { cwd: dir, preload });
      expect(debug.code).toBe(3);
      expect(debug.stderr).toMatch(STACK_FRAME);
    });

    it("an unhandled promise rejection ends the same way (exit 3, one line)", async () => {
      const { dir, preload } = withPreload(whileReading(`Promise.reject(new Error("simulated rejection"));`));
      const r = await spawnCli(["validate", "c.yaml"], { cwd: dir, preload });
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(
        "error: unexpected failure: simulated rejection\n  hint: rerun with --debug to see the stack trace, and report it\n",
      );
    });
  });
});

/** Spawns briefline with stdout on a pipe whose reader goes away after the first chunk, like `| head -1`. */
function readFirstChunkThenClose(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [mainJs, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

describe("a reader that goes away (EPIPE) ends the run quietly with exit 0", () => {
  beforeAll(requireBuild);

  // Outputs of 1-2 MB: far more than a pipe holds, so the writer meets the closed pipe.
  it.each([
    ["query", "big.json", "--json"],
    ["query", "big.json", "--table"],
    ["convert", "big.json", "-", "--to", "yaml"],
    ["timeline", "big.json", "-o", "-"],
    // Written through the device, not to the stream.
    ["convert", "big.json", "/dev/stdout", "--to", "json"],
  ])("briefline %s %s … | head -1", async (...args) => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.json"), bigChronicle(3000));
    const r = await readFirstChunkThenClose(args, dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("through a real shell pipe into head -1", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.json"), bigChronicle(3000));
    const script = `node ${JSON.stringify(mainJs)} query big.json --json | head -1 >/dev/null; echo "rc=\${PIPESTATUS[0]}" >&2`;
    const r = await new Promise<{ stderr: string }>((done) => {
      const child = spawn("bash", ["-c", script], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
      });
      child.on("close", () => done({ stderr }));
    });
    expect(r.stderr).toBe("rc=0\n");
  });
});

describe("pipes named as files: /dev/stdout and /dev/stdin", () => {
  beforeAll(requireBuild);

  // A pipe stat'ed with plain statSync broke every later import under pnpm's symlinks
  // ("Cannot find package 'nearley'", nodejs/node#51142), and /dev/stdout's link to
  // "pipe:[…]" was followed to a path that does not exist.
  it("convert writes the whole file through /dev/stdout into a pipe; report reads the chronicle from /dev/stdin", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.json"), bigChronicle(300));
    const script = [
      `node ${JSON.stringify(mainJs)} convert big.json /dev/stdout --to json | cat > out.json; echo "convert=\${PIPESTATUS[0]}" >&2`,
      `cat big.json | node ${JSON.stringify(mainJs)} report /dev/stdin -o b.pdf >/dev/null; echo "report=$?" >&2`,
    ].join("\n");
    const stderr = await new Promise<string>((done) => {
      const child = spawn("bash", ["-c", script], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      let text = "";
      child.stderr.on("data", (c: Buffer) => {
        text += c.toString();
      });
      child.on("close", () => done(text));
    });
    expect(stderr).toContain("wrote /dev/stdout (json)\nconvert=0\n");
    expect(stderr).toContain("report=0\n");
    expect(stderr).not.toContain("error");
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).statements).toHaveLength(300);
    expect(readFileSync(join(dir, "b.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("/dev/stdout is written as the shell opened it: onto the end of a file after >>, into a socket, with messages kept out", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.json"), bigChronicle(300));
    const script = [
      `echo KEEP-ME > log.txt`,
      `node ${JSON.stringify(mainJs)} convert big.json /dev/stdout --to json >> log.txt`,
      `node ${JSON.stringify(mainJs)} report big.json -o /dev/stdout --issued 2025-09-06 | cat > piped.pdf`,
    ].join("\n");
    await new Promise<void>((done) =>
      spawn("bash", ["-c", script], { cwd: dir, stdio: "ignore" }).on("close", () => done()),
    );
    const log = readFileSync(join(dir, "log.txt"), "utf8");
    expect(log.startsWith("KEEP-ME\n{")).toBe(true);
    expect(JSON.parse(log.slice("KEEP-ME\n".length)).statements).toHaveLength(300);
    // The "wrote" line went to standard error, not after the PDF's end.
    expect(readFileSync(join(dir, "piped.pdf"), "latin1").endsWith("%%EOF\n")).toBe(true);
    // Node gives a child's standard output as a socket pair, which cannot be opened by path.
    const socket = spawnSync(process.execPath, [mainJs, "convert", "big.json", "/dev/stdout", "--to", "json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(socket.status).toBe(0);
    expect(JSON.parse(socket.stdout).statements).toHaveLength(300);
  });
});

describe("briefline --help stays fast (timed in bench/cli.bench.mjs, not here)", () => {
  beforeAll(requireBuild);

  it("the entry point imports no heavy module statically (only commander and node:*)", () => {
    // dist/main.js loads the bundle's chunks (scripts/bin-loader.mjs): tiering first, then
    // the entry chunk, and nothing else of its own.
    const loader = readFileSync(mainJs, "utf8");
    const loaderImports = [...loader.matchAll(/^import\s[^;]*?\sfrom\s+"([^"]+)";?$/gm)].map((m) => m[1] as string);
    expect(loaderImports.filter((s) => !s.startsWith("node:"))).toEqual([]);
    expect([...loader.matchAll(/\bload\(join\(here, "([^"]+)"\)/g)].map((m) => m[1])).toEqual([
      "chunks/tiering.js",
      "chunks/main.js",
    ]);
    // What the chunks hold and import, from esbuild's metafile (scripts/bundle.mjs): the
    // modules they inline, and the chunks they import statically; `import(…)` at run time is
    // what keeps start-up light.
    const meta = JSON.parse(readFileSync(join(dirname(mainJs), "bundle-meta.json"), "utf8")) as {
      outputs: Record<
        string,
        { inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string; external?: boolean }> }
      >;
    };
    const seen = new Set<string>();
    const bare = new Set<string>();
    const inlined = new Set<string>();
    const visit = (output: string) => {
      if (seen.has(output)) return;
      seen.add(output);
      const chunk = meta.outputs[output];
      if (chunk === undefined) throw new Error(`${output} is not in the bundle's metafile`);
      for (const input of Object.keys(chunk.inputs)) inlined.add(input);
      for (const { path, kind, external } of chunk.imports) {
        if (kind !== "import-statement") continue;
        if (external) bare.add(path);
        else visit(path);
      }
    };
    visit("dist/chunks/tiering.js");
    visit("dist/chunks/main.js");
    const heavy = [...bare].filter((s) => !s.startsWith("node:") && s !== "commander");
    expect(heavy, `static imports reachable from ${relative(repoRoot, mainJs)}`).toEqual([]);
    const heavyInlined = [...inlined].filter((path) => !path.startsWith("src/") && !/\/commander\//.test(path));
    expect(heavyInlined, `modules inlined in what ${relative(repoRoot, mainJs)} loads statically`).toEqual([]);
    expect(inlined.size).toBeGreaterThan(10);
  });
});
