import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 12, item 12: the CLI takes other packages' types from the packages
// (`typeof import(...)`, type-only) instead of restating them by hand, where they drift.
const root = new URL(".", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = sources(root).map((path) => ({ name: relative(root, path), text: readFileSync(path, "utf8") }));

/** Functions of other packages the CLI calls through lazy imports. */
const FOREIGN = [
  "renderBriefing",
  "renderBriefingStream",
  "renderTimelinePage",
  "extractCandidates",
  "mergeCandidates",
  "candidateInfo",
  "findActor",
];

describe("the CLI's view of other packages", () => {
  it("every dynamic import names its package literally, so its types come with it", () => {
    for (const { name, text } of files) {
      const computed = [...text.matchAll(/\bimport\(\s*([^)"'`\s][^)]*)\)/g)].map((m) => m[1]);
      expect(computed, name).toEqual([]);
    }
  });

  it("no CLI file declares the signature of another package's function", () => {
    // A signature: the name, then a parameter with a type (`renderBriefing(\n chronicle: Chronicle`).
    const declared = new RegExp(`^\\s+(${FOREIGN.join("|")})\\s*\\(\\s*\\w+\\??\\s*:`, "m");
    for (const { name, text } of files) expect(declared.exec(text)?.[0], name).toBeUndefined();
  });
});

describe("domain rules live in core, not in the CLI", () => {
  // Each pattern is a rule the CLI used to restate: re-coding by kind and judgments'
  // basis (review, now core's applyReview), counting pages in PDF bytes (now
  // renderBriefing's page count), telling TimelineJS from a chronicle (detectFormat),
  // and reading EDTF filter bounds (checkFilter / readPeriod).
  const RULES: Array<[string, RegExp]> = [
    ["default coding by kind", /\bSTATEMENT_DEFAULTS\b|\bEVENT_DEFAULTS\b/],
    ["judgments' basis", /\.basis\b/],
    ["pages counted in PDF bytes", /\/Type \\?\/Page/],
    ["TimelineJS told from a chronicle", /Array\.isArray\(\w+\.events\)/],
    ["filter dates parsed by hand", /\bparseDate\(\s*(?:value|from|to|opts\.(?:from|to))\s*[,)]/],
  ];
  for (const [rule, pattern] of RULES)
    it(`no CLI file restates ${rule}`, () => {
      for (const { name, text } of files) expect(pattern.exec(text)?.[0], name).toBeUndefined();
    });
});
