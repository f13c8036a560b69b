import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unpackTarball } from "./_tarball.js";

// Packs every package with pnpm, installs the tarballs into a fresh project outside the
// workspace (offline, from the pnpm store), and uses them the way another app would.
// It needs built packages (`pnpm build`; `pnpm test` builds first).

const root = fileURLToPath(new URL("../", import.meta.url));
const PACKAGES = ["packages/core", "packages/extract", "packages/timeline-web", "packages/report-pdf", "apps/cli"];
const nameOf = (dir: string): string => JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")).name;

/** The pnpm that runs this test when started by `pnpm test`; otherwise the one on PATH. */
function pnpm(args: string[], cwd: string): string {
  const exec = process.env.npm_execpath;
  // The pnpm running the tests: a script is run with this Node, a native build (as
  // `npm i -g pnpm` installs pnpm 12) directly.
  const script = exec !== undefined && /pnpm/.test(exec) && /\.(c|m)?js$/.test(exec);
  const native = exec !== undefined && /pnpm/.test(exec) && !script;
  const [command, prefix]: [string, string[]] = script
    ? [process.execPath, [exec as string]]
    : native
      ? [exec as string, []]
      : ["pnpm", []];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

let temp = "";
const tarballs = new Map<string, string>();
/** Each package's tarball, unpacked: name → its directory and its paths (`package/…`). */
const unpacked = new Map<string, { dir: string; files: string[] }>();
const read = (name: string, path: string) => readFileSync(join(unpacked.get(name)?.dir ?? "", path), "utf8");
const app = () => join(temp, "app");

beforeAll(() => {
  const missing = PACKAGES.filter((dir) => !existsSync(join(root, dir, "dist/index.js")));
  if (missing.length) throw new Error(`not built: ${missing.join(", ")}; run \`pnpm build\` first`);
  temp = mkdtempSync(join(tmpdir(), "briefline-pack-"));
  const out = join(temp, "tarballs");
  for (const dir of PACKAGES) {
    pnpm(["pack", "--pack-destination", out], join(root, dir));
    const name = nameOf(dir);
    const file = readdirSync(out).find((f) => f.startsWith(`${name.replace("@", "").replace("/", "-")}-`));
    if (!file) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    tarballs.set(name, join(out, file));
    const into = join(temp, "unpacked", file);
    unpacked.set(name, { dir: into, files: unpackTarball(join(out, file), into) });
  }
  mkdirSync(app());
  const deps = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(
    join(app(), "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: deps }),
  );
  // The tarballs name each other by version (pnpm pack replaced workspace:*), and 0.1.0
  // is not on the registry: the overrides point those names at the tarballs.
  const overrides = [...tarballs].map(([name, file]) => `  "${name}": "file:${file}"`).join("\n");
  writeFileSync(join(app(), "pnpm-workspace.yaml"), `overrides:\n${overrides}\n`);
  try {
    pnpm(["install", "--offline", "--ignore-scripts"], app());
  } catch (error) {
    // A fresh clone installed with --frozen-lockfile has every package in the store but
    // may lack pnpm's metadata cache, which --offline resolution reads: then ask the registry.
    console.warn(`offline install failed, retrying with --prefer-offline: ${String(error).split("\n")[0]}`);
    pnpm(["install", "--prefer-offline", "--ignore-scripts"], app());
  }
  cpSync(join(root, "packaging/consumer"), app(), { recursive: true });
}, 240_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe("pnpm pack", () => {
  it("replaces workspace:* with versions in every tarball", () => {
    for (const name of tarballs.keys()) {
      expect(read(name, "package/package.json"), name).not.toContain("workspace:");
    }
  });

  it("ships README.md, LICENSE, and the main and types files in every tarball", () => {
    for (const [name, { files }] of unpacked) {
      const manifest = JSON.parse(read(name, "package/package.json"));
      for (const f of ["README.md", "LICENSE", manifest.main, manifest.types]) {
        expect(typeof f, `${name}: main and types`).toBe("string");
        expect(files, name).toContain(`package/${String(f).replace(/^\.\//, "")}`);
      }
    }
  });

  it("ships no test code", () => {
    for (const [name, { files }] of unpacked) {
      const testish = files.filter((f) =>
        /\.test\.|\/_test\/|test-support|_support\.|_fixtures\.|\/fuzz\/|\/e2e\//.test(f),
      );
      expect(testish, name).toEqual([]);
    }
  });

  it("ships source maps only with their sources inline", () => {
    for (const [name, { files }] of unpacked) {
      for (const map of files.filter((f) => f.endsWith(".map"))) {
        const parsed = JSON.parse(read(name, map));
        expect(parsed.sourcesContent?.length, `${name} ${map}`).toBe(parsed.sources.length);
      }
    }
  });
});

describe("a fresh project that installs the tarballs", () => {
  it("gets no compromise or chrono-node in @briefline/core's dependency tree", () => {
    const tree = dependencyTree(join(app(), "node_modules/@briefline/core"));
    expect(tree.has("zod")).toBe(true);
    expect([...tree].filter((name) => name === "compromise" || name === "chrono-node")).toEqual([]);
  });

  it("type-checks a strict consumer (strict, exactOptionalPropertyTypes, no skipLibCheck)", () => {
    pnpm(["add", "--offline", "--ignore-scripts", "-D", `@types/node@${rootDevVersion("@types/node")}`], app());
    const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
    // tsc's own messages are the failure's text, so a broken type says where it is.
    let messages = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: app(), encoding: "utf8" });
    } catch (error) {
      messages = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(messages).toBe("");
  });

  it("runs core: parse, validate, threat register, layout", () => {
    const output = execFileSync(process.execPath, ["smoke.mjs"], { cwd: app(), encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({
      statements: 2,
      invalidOk: false,
      invalidPaths: [
        ["statements", 0, "speaker"],
        ["statements", 0, "date"],
        ["statements", 0, "summary"],
      ],
      threats: 1,
      lanes: 2,
    });
  });

  it("bundles createTimeline for the browser with esbuild", async () => {
    const requireFromWeb = createRequire(join(root, "packages/timeline-web/package.json"));
    // esbuild is timeline-web's build tool, not a root dependency.
    const esbuild: EsbuildApi = requireFromWeb("esbuild");
    const result = await esbuild.build({
      entryPoints: [join(app(), "bundle-entry.js")],
      absWorkingDir: app(),
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.includes("@briefline/timeline-web/dist/timeline.js"))).toBe(true);
    expect(inputs.filter((f) => /compromise|chrono-node|pdfkit/.test(f))).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain("briefline");
  });
});

/** The part of esbuild's API this test uses. */
interface EsbuildApi {
  build(options: Record<string, unknown>): Promise<{
    metafile: { inputs: Record<string, unknown> };
    outputFiles: Array<{ text: string }>;
  }>;
}

function rootDevVersion(name: string): string {
  return JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies[name];
}

/** Names of every package reachable from `dir` through dependencies, resolved as Node does. */
function dependencyTree(dir: string, seen = new Set<string>()): Set<string> {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
    if (seen.has(name)) continue;
    const found = findPackage(dir, name);
    if (!found) continue;
    seen.add(name);
    dependencyTree(found, seen);
  }
  return seen;
}

function findPackage(from: string, name: string): string | undefined {
  // pnpm links a package's dependencies beside its real path, not its symlink.
  for (let dir = realpathSync(from); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
