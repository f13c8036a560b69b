import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostileFont } from "../test-support/hostile-fonts.js";
import { run, tempDir } from "../test-support/run.js";
import { dejavuWithTestChars, smallTestFont, TEST_CHARS } from "../test-support/sfnt.js";

// Issue 11, item 6: mutated fallback fonts hung fontkit until out of memory (~70 s) or
// crashed inside it (exit 3). Each case goes through `briefline report --font` as a
// user's would, and must end within budget with exit 0 (a PDF) or 1 (the font refused,
// named, with a hint, and nothing written). A case costs about a second of CPU (a
// worker's start, a small briefing), so CI runs 100; more with BRIEFLINE_FONT_FUZZ=2000;
// one case again with BRIEFLINE_FONT_FUZZ_FROM=17 BRIEFLINE_FONT_FUZZ=18.
const CASES = Number(process.env.BRIEFLINE_FONT_FUZZ ?? 100);
const FROM = Number(process.env.BRIEFLINE_FONT_FUZZ_FROM ?? 0);
const SEED = 20251207;
// CPU time of the whole run (the pre-flight worker's included: it is a thread of this
// process). The wall clock is only a backstop against a hang: on the shared two-core
// machine, runs of 0.6 s of CPU took up to 73 s while other jobs had the cores.
const BUDGET_MS = 10_000;
const WALL_MS = 180_000;

const chronicle = `briefline: 1
title: ${TEST_CHARS.slice(0, 3)} talks
actors:
  - { id: a, name: ${TEST_CHARS.slice(3, 6)} Lee, type: person }
statements:
  - id: s1
    kind: threat
    speaker: a
    date: 2025-09-05
    summary: ${TEST_CHARS.slice(6, 12)} warned ${TEST_CHARS.slice(12, 40)} and ${TEST_CHARS.slice(40)}
`;

async function report(font: Uint8Array) {
  const dir = tempDir();
  writeFileSync(join(dir, "c.yaml"), chronicle);
  writeFileSync(join(dir, "font.ttf"), font);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const r = await run(["report", "c.yaml", "-o", "out.pdf", "--font", "font.ttf", "--issued", "2025-09-06"], {
    cwd: dir,
  });
  const used = process.cpuUsage(cpu);
  return { ...r, dir, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

describe("briefline report --font with hostile fonts (issue 11)", () => {
  it("report --font (the test fonts, undamaged) sets the test characters in them", async () => {
    for (const font of [dejavuWithTestChars(), smallTestFont()]) {
      const r = await report(font);
      expect(r.stderr).not.toContain("no font has");
      expect(r.code).toBe(0);
      expect(readFileSync(join(r.dir, "out.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  it(`report --font (${CASES} mutated fonts) ends with exit 0 or 1 within ${BUDGET_MS / 1000} s of CPU, naming a refused font`, async () => {
    const failures: string[] = [];
    const outcomes = { written: 0, refused: 0 };
    let slowest = { ms: 0, i: -1 };
    for (let i = FROM; i < CASES && failures.length < 10; i++) {
      const { bytes, damage } = hostileFont(SEED, i);
      const r = await report(bytes);
      const what = `case ${i} (${damage})`;
      if (r.cpuMs > slowest.ms) slowest = { ms: r.cpuMs, i };
      if (r.cpuMs > BUDGET_MS || r.wallMs > WALL_MS)
        failures.push(`${what}: ${Math.round(r.cpuMs)} ms of CPU, ${Math.round(r.wallMs)} ms in all`);
      const files = readdirSync(r.dir).sort();
      if (r.code === 0) {
        outcomes.written++;
        const pdf = readFileSync(join(r.dir, "out.pdf"));
        if (pdf.subarray(0, 5).toString() !== "%PDF-" || !pdf.subarray(-8).toString().includes("%%EOF"))
          failures.push(`${what}: exit 0 with an incomplete PDF`);
      } else if (r.code === 1) {
        outcomes.refused++;
        if (!/error: fallback font 1 \(font\.ttf\): .+\n {2}hint: /.test(r.stderr))
          failures.push(`${what}: refused without naming the font and a hint: ${r.stderr.slice(0, 300)}`);
      } else failures.push(`${what}: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
      // Nothing half-written: the PDF only on success, and no temporary file left behind.
      const expected = r.code === 0 ? ["c.yaml", "font.ttf", "out.pdf"] : ["c.yaml", "font.ttf"];
      if (files.join() !== expected.join()) failures.push(`${what}: exit ${r.code} left ${files.join(", ")}`);
    }
    expect(failures, `slowest: case ${slowest.i}, ${Math.round(slowest.ms)} ms; ${JSON.stringify(outcomes)}`).toEqual(
      [],
    );
    // The corpus is worth running only if both outcomes happen.
    if (CASES - FROM >= 50) expect(Math.min(outcomes.written, outcomes.refused)).toBeGreaterThan(5);
  }, 3_600_000);

  it("report --font (a font fontkit loops on) is refused within the pre-flight's budget", async () => {
    // Case 4 of the corpus (GPOS list offsets, GPOS lookup offsets, GSUB bytes on DejaVu
    // Sans): fontkit's layout ran for minutes on it before the pre-flight.
    const r = await report(hostileFont(SEED, 4).bytes);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fallback font 1 \(font\.ttf\): reading it did not end within 4 s/);
    expect(existsSync(join(r.dir, "out.pdf"))).toBe(false);
  }, 120_000);
});
