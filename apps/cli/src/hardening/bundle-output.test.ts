import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the benchmarks, without types
import { generateChronicle } from "../../../../bench/generate.mjs";
import { hostileFont } from "../test-support/hostile-fonts.js";
import { examplePath, tempDir } from "../test-support/run.js";
import { smallTestFont, TEST_CHARS } from "../test-support/sfnt.js";
import { mainJs, requireBuild, runIn } from "./_support.js";

// The `bin` is a bundle of the sources (scripts/bundle.mjs), made for start-up speed.
// It must print and write exactly what the commands do when run from their sources.

/** Runs the bundled bin in `cwd` with nothing but PATH in its environment, as runIn does. */
function runBundle(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [mainJs, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs one command both ways, each in its own folder; returns both folders. */
async function both(args: string[]) {
  const inProcess = tempDir();
  const bundled = tempDir();
  const a = await runIn(args, { cwd: inProcess });
  const b = runBundle(args, bundled);
  expect(b).toEqual(a);
  return { inProcess, bundled };
}

describe("the bundled bin (dist/main.js) gives the output of the sources", () => {
  beforeAll(requireBuild);

  it("validate, validate --json, stats and query print the same bytes", async () => {
    await both(["validate", examplePath]);
    await both(["validate", "--json", examplePath]);
    await both(["stats", examplePath]);
    await both(["query", examplePath, "--kind", "threat"]);
    await both(["--help"]);
  });

  it("validate of chronicles with wrong references, dates, codes and structure (core's quick path, without zod) prints the same bytes", async () => {
    const dir = tempDir();
    const example = readFileSync(examplePath, "utf8");
    const cases = {
      // References, dates and codes: the quick path reports them itself.
      "content.yaml": example
        .replace("speaker: putin", "speaker: puttin")
        .replace("date: 2025-09-05", "date: 2025-13-05")
        .replace('cameo: "138"', 'cameo: "999"'),
      // Structure (a misspelt field, a wrong type): handed over to zod.
      "structure.yaml": example
        .replace("speaker: putin", "speaker: putin\n    speeker: putin")
        .replace("intensity: 5", "intensity: high"),
      // What JSON Schema cannot tell from what zod refuses: handed over too.
      "nan.yaml": example.replace("intensity: 5", "intensity: .nan"),
      "syntax.yaml": example.replace("actors:", "actors: [\n"),
      "warnings.json": JSON.stringify({
        briefline: 1,
        title: "t",
        actors: [{ id: "a", name: "A", type: "person" }],
        statements: [{ id: "s", kind: "threat", speaker: "a", summary: "s", date: "2025-09" }],
      }),
    };
    for (const [name, text] of Object.entries(cases)) writeFileSync(join(dir, name), text);
    const files = Object.keys(cases).map((name) => join(dir, name));
    for (const file of files) {
      await both(["validate", file]);
      await both(["validate", "--json", file]);
    }
    await both(["validate", "--strict", join(dir, "warnings.json")]);
    await both(["validate", examplePath, ...files]);
  }, 120_000);

  it("convert and timeline of a chronicle whose keys are in another order than the schema's (the quick path's copy) write the same bytes", async () => {
    const dir = tempDir();
    const converted = await both(["convert", examplePath, "c.json"]);
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    const file = join(dir, "reversed.json");
    writeFileSync(file, JSON.stringify(reversed(JSON.parse(readFileSync(join(converted.bundled, "c.json"), "utf8")))));
    for (const out of ["r.json", "r.yaml"]) {
      const { inProcess, bundled } = await both(["convert", file, out]);
      expect(readFileSync(join(bundled, out), "utf8")).toBe(readFileSync(join(inProcess, out), "utf8"));
    }
    const { inProcess, bundled } = await both(["timeline", file, "-o", "t.html"]);
    expect(readFileSync(join(bundled, "t.html"), "utf8")).toBe(readFileSync(join(inProcess, "t.html"), "utf8"));
  }, 120_000);

  it("query by week, by day and the escalation view (calendar periods: the bundle's UTCDateMini) print the same bytes", async () => {
    await both(["query", examplePath, "--group", "week"]);
    await both(["query", examplePath, "--group", "day", "--json"]);
    await both(["query", examplePath, "--view", "escalation"]);
    await both(["stats", examplePath, "--json"]);
  });

  it("validate of a 2.4 MB JSON chronicle (the compiled structural check) prints the same bytes", async () => {
    const dir = tempDir();
    const file = join(dir, "big.json");
    writeFileSync(file, JSON.stringify(generateChronicle(8000)));
    await both(["validate", file]);
    const broken = JSON.parse(readFileSync(file, "utf8"));
    broken.statements[7000].speaker = "nobody";
    broken.statements[7001].date = "2025-13-01";
    writeFileSync(file, JSON.stringify(broken));
    await both(["validate", "--json", file]);
  });

  it("timeline writes the same page", async () => {
    const { inProcess, bundled } = await both(["timeline", examplePath, "-o", "t.html"]);
    expect(readFileSync(join(bundled, "t.html"))).toEqual(readFileSync(join(inProcess, "t.html")));
  });

  it("report --issued writes the same PDF", async () => {
    const { inProcess, bundled } = await both(["report", examplePath, "-o", "b.pdf", "--issued", "2025-09-10"]);
    expect(readFileSync(join(bundled, "b.pdf")).equals(readFileSync(join(inProcess, "b.pdf")))).toBe(true);
  });

  it("report of text that needs shaping (fontkit's layout, the bundle's prebuilt unicode-properties trie) writes the same PDF", async () => {
    const dir = tempDir();
    const chronicle = join(dir, "shaped.yaml");
    const shaped = "Ка\u0301к сказа\u0301л — قال الرئيس, e\u0301te\u0301 ﬁnal";
    writeFileSync(chronicle, readFileSync(examplePath, "utf8").replace(/^title: .*$/m, `title: "${shaped}"`));
    const { inProcess, bundled } = await both(["report", chronicle, "-o", "s.pdf", "--issued", "2025-09-10"]);
    expect(readFileSync(join(bundled, "s.pdf")).equals(readFileSync(join(inProcess, "s.pdf")))).toBe(true);
  }, 120_000);

  it("report --tagged --paper letter (pdfkit's structure and standard-font data, found from the bundle) writes the same PDF", async () => {
    const args = ["report", examplePath, "-o", "t.pdf", "--tagged", "--paper", "letter", "--issued", "2025-09-10"];
    const { inProcess, bundled } = await both(args);
    expect(readFileSync(join(bundled, "t.pdf")).equals(readFileSync(join(inProcess, "t.pdf")))).toBe(true);
  });

  it("report --font (the pre-flight's worker, an entry of the bundle) accepts a good font and refuses a damaged one alike", async () => {
    const fonts = tempDir();
    writeFileSync(join(fonts, "good.ttf"), smallTestFont());
    writeFileSync(join(fonts, "loops.ttf"), hostileFont(20251207, 4).bytes);
    const chronicle = join(fonts, "c.yaml");
    writeFileSync(
      chronicle,
      readFileSync(examplePath, "utf8").replace(/^title: .*$/m, `title: ${TEST_CHARS.slice(0, 8)}`),
    );
    const good = ["report", chronicle, "-o", "f.pdf", "--font", join(fonts, "good.ttf"), "--issued", "2025-09-10"];
    const { inProcess, bundled } = await both(good);
    expect(readFileSync(join(bundled, "f.pdf")).equals(readFileSync(join(inProcess, "f.pdf")))).toBe(true);
    const bad = runBundle(["report", chronicle, "-o", "f.pdf", "--font", join(fonts, "loops.ttf")], tempDir());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/fallback font 1 \(.*loops\.ttf\): reading it did not end within 4 s/);
  }, 120_000);
});
