import { describe, expect, it } from "vitest";
// Extraction is its own package (core carries no NLP); the fuzz cases reach it from its sources.
import { extractCandidates } from "../../../extract/src/index.js";
import { parseDate } from "../dates/parse-date.js";
import { chronicleFromAcled } from "../interop/acled.js";
import { chronicleFromTimelineJs } from "../interop/timelinejs.js";
import { entriesOf } from "../model/entries.js";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { formatChronicle } from "../parse/serialize.js";
import { readPeriod } from "../query/check-filter.js";
import { filterEntries } from "../query/filter.js";
import { chronicleStats } from "../query/stats.js";
import { threatRegister } from "../query/threats.js";
import type { Issue } from "../schema/issue.js";
import { type Case, GENERATORS } from "./generators.js";
import { seeded } from "./mutate.js";

// Issue 11: the classes an independent attack found, as generators, under a resource
// budget: every case ends within 5 s of CPU time and 512 MB or the run fails. CI runs CASES of
// them; `pnpm fuzz` runs 200,000.
const CASES = Number(process.env.BRIEFLINE_FUZZ_GENERATED ?? 600);
const BUDGET_MS = 5_000;
// Replays a failing case: BRIEFLINE_FUZZ_FROM=26516 BRIEFLINE_FUZZ_GENERATED=26517.
const REPLAY_FROM = Number(process.env.BRIEFLINE_FUZZ_FROM ?? 0);
const BUDGET_BYTES = 512 * 1024 * 1024;

function placed(issues: readonly Issue[], what: string): void {
  for (const e of issues) expect(e.hint, `${what}: ${e.message}`).toBeTruthy();
}

/** Runs one case through every reader and lookup it reaches; throws if any of them throws. */
function exercise(c: Case): void {
  switch (c.kind) {
    case "chronicle": {
      const result = parseChronicle(c.text, { filename: c.filename });
      if (!result.ok) {
        for (const e of result.errors) expect(e.line, e.message).toBeGreaterThanOrEqual(1);
        placed(result.errors, "parseChronicle");
        return;
      }
      const entries = entriesOf(result.chronicle);
      chronicleStats(result.chronicle);
      threatRegister(result.chronicle, entries);
      filterEntries(entries, { text: "warning", actors: ["constructor"] });
      formatChronicle(result.chronicle, "yaml");
      return;
    }
    case "acled": {
      const result = chronicleFromAcled(c.text);
      if (!result.ok) placed(result.errors, "chronicleFromAcled");
      return;
    }
    case "timelinejs": {
      const result = chronicleFromTimelineJs(c.json);
      if (!result.ok) placed(result.errors, "chronicleFromTimelineJs");
      return;
    }
    case "filter-date": {
      const parsed = parseDate(c.text);
      if (!parsed.ok) expect(parsed.problem.message.length).toBeLessThan(300);
      // Filter bounds are read into instants first; a bad one is an issue, never a throw.
      const read = readPeriod({ from: c.text });
      filterEntries([], read.period);
      for (const issue of read.issues) expect(issue.message.length).toBeLessThan(400);
      return;
    }
    case "article":
      extractCandidates(c.text, { source: { title: "t", published: "2025-09-05" } });
      return;
  }
}

describe("generated hostile inputs under a resource budget (issue 11)", () => {
  it(`${CASES} cases of ${GENERATORS.length} generators: no exception, each within ${BUDGET_MS / 1000} s and 512 MB`, () => {
    const rand = seeded(20251207);
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const failures: string[] = [];
    let slowest = { ms: 0, name: "" };
    for (let i = 0; i < CASES; i++) {
      const [name, generate] = GENERATORS[i % GENERATORS.length] as (typeof GENERATORS)[number];
      const c = generate(rand);
      if (i < REPLAY_FROM) continue; // generated all the same, so the seed stays in step
      // The budget is CPU time (the case's code is synchronous): on a shared machine the
      // wall clock also counts other jobs' turns, and a fuzz run under `nice` waits for them.
      const started = process.cpuUsage();
      try {
        exercise(c);
      } catch (error) {
        failures.push(`case ${i} (${name}, ${c.kind}): ${String(error).slice(0, 300)}`);
      }
      const used = process.cpuUsage(started);
      const ms = (used.user + used.system) / 1000;
      if (ms > slowest.ms) slowest = { ms, name: `${name}, ${c.kind}` };
      if (ms > BUDGET_MS)
        failures.push(`case ${i} (${name}, ${c.kind}): ${Math.round(ms)} ms, over the ${BUDGET_MS} ms budget`);
      const grown = process.resourceUsage().maxRSS * 1024 - peakBefore;
      if (grown > BUDGET_BYTES)
        failures.push(
          `case ${i} (${name}, ${c.kind}): peak memory grew ${Math.round(grown / 2 ** 20)} MB, over 512 MB`,
        );
      if (failures.length >= 10) break;
    }
    expect(failures, `slowest: ${Math.round(slowest.ms)} ms (${slowest.name})`).toEqual([]);
  }, 14_400_000);
});
