import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { formatChronicle } from "../parse/serialize.js";
import { hostileDocuments, mutate, seeded } from "./mutate.js";

// Issue 6: every input yields a chronicle or placed issues; nothing escapes, nothing
// hangs, memory stays bounded. CI runs CASES mutations; `pnpm fuzz` runs many more.
const CASES = Number(process.env.BRIEFLINE_FUZZ_CASES ?? 10_000);
const EXAMPLE = readFileSync(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8");

/** Parses one case; `ms` is the CPU time it took (see the mutations' budget below). */
function check(text: string, filename: string): { ms: number; ok: boolean } {
  const started = process.cpuUsage();
  let result: ReturnType<typeof parseChronicle>;
  try {
    result = parseChronicle(text, { filename });
  } catch (error) {
    throw new Error(`parseChronicle threw (${String(error)}) on: ${JSON.stringify(text.slice(0, 300))}`);
  }
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(e.line, e.message).toBeGreaterThanOrEqual(1);
      expect(e.column, e.message).toBeGreaterThanOrEqual(1);
      expect(e.hint, e.message).toBeTruthy();
    }
  }
  expect(Object.prototype).not.toHaveProperty("polluted");
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, ok: result.ok };
}

/**
 * Real chronicles small enough for thousands of cases a second: a slice of the example
 * (actors, sources, items and relations that refer to each other), as YAML, as JSON
 * and as written back by formatChronicle.
 */
function smallCorpus(): Array<[string, string]> {
  const full = parseChronicle(EXAMPLE);
  if (!full.ok) throw new Error("the example must be valid");
  const c = full.chronicle;
  const statements = (c.statements ?? []).slice(0, 6);
  const keep = new Set(statements.flatMap((s) => [s.speaker, ...(s.targets ?? [])]));
  const cited = new Set(statements.flatMap((s) => (s.sources ?? []).map((r) => r.source)));
  const slice = {
    ...c,
    actors: (c.actors ?? []).filter((a) => keep.has(a.id)),
    sources: (c.sources ?? []).filter((s) => cited.has(s.id)),
    events: [],
    statements: statements.map(({ at: _at, ...s }) => s),
    relations: (c.relations ?? []).filter(
      (r) => statements.some((s) => s.id === r.from) && statements.some((s) => s.id === r.to),
    ),
    judgments: [],
  };
  const yaml = formatChronicle(slice, "yaml");
  expect(parseChronicle(yaml).ok).toBe(true);
  return [
    [yaml, "slice.yaml"],
    [JSON.stringify(slice, null, 2), "slice.json"],
    [EXAMPLE.slice(0, 6000), "example-head.yaml"],
  ];
}

describe("parser fuzzing", () => {
  it(`parseChronicle(${CASES} mutations of real chronicles, YAML and JSON) never throws, places every error, stays bounded`, () => {
    const corpus = smallCorpus();
    const rand = seeded(20251201);
    const rssBefore = process.memoryUsage().rss;
    // The budget is CPU time, as for the generators: a `pnpm fuzz` run under `nice` on a
    // shared machine waited 72 s of wall clock for one case while other jobs ran.
    let slowest = { ms: 0, at: -1 };
    let valid = 0;
    for (let i = 0; i < CASES; i++) {
      const [source, name] = corpus[i % corpus.length] as [string, string];
      let text = source;
      const rounds = 1 + Math.floor(rand() * 4);
      for (let r = 0; r < rounds; r++) text = mutate(text, rand);
      const { ms, ok } = check(text, name);
      if (ms > slowest.ms) slowest = { ms, at: i };
      if (ok) valid++;
    }
    // Bounded: no case near a hang, no runaway memory (the example is 40 KB).
    expect(slowest.ms, `slowest: case ${slowest.at}, ${Math.round(slowest.ms)} ms of CPU`).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(1024 * 1024 * 1024);
    // The mutations are not all harmless: most must break the file.
    expect(valid).toBeLessThan(CASES * 0.6);
  }, 14_400_000);

  for (const [name, text] of hostileDocuments()) {
    it(`parseChronicle(${name}) returns issues or a chronicle, in bounded time`, () => {
      const { ms } = check(text, name.includes("JSON") ? "hostile.json" : "hostile.yaml");
      // A bound that tells a hang from slow work, not a speed target: the slowest cases
      // (the yaml library reading 20,000 flow maps twice, once more for positions) take
      // 5–6 s on a quiet two-core machine and three times that while other jobs run.
      expect(ms).toBeLessThan(60_000);
    }, 120_000);
  }
});
