import { describe, expect, it } from "vitest";
import { hostileFont } from "../test-support/hostile-fonts.js";
import { smallTestFont, TEST_CHARS } from "../test-support/sfnt.js";
import { PREFLIGHT_BUDGET, preflightFont } from "./font-preflight.js";

const sample = { codePoints: [...TEST_CHARS].map((c) => c.codePointAt(0) as number), runs: [TEST_CHARS.slice(0, 9)] };

describe("preflightFont", () => {
  it("preflightFont(a good font, sample) resolves with how many of the sample's characters it has", async () => {
    await expect(preflightFont(smallTestFont(), sample)).resolves.toEqual({ covered: 64 });
    await expect(preflightFont(smallTestFont(), { codePoints: [0x0416, 0x4e00], runs: [] })).resolves.toEqual({
      covered: 1,
    });
  });

  it("preflightFont(bytes fontkit cannot open) rejects, saying why", async () => {
    await expect(preflightFont(new Uint8Array(64), sample)).rejects.toThrow(/^not a TrueType or OpenType font \(/);
  });

  it("preflightFont(a font fontkit loops on) rejects once the CPU budget is spent, and stops the worker", async () => {
    // Case 4 of the corpus: damaged GPOS and GSUB lookups; fontkit's layout allocated
    // for minutes on it (945 MB after 2 minutes) before the pre-flight.
    const looping = hostileFont(20251207, 4).bytes;
    const budget = { ...PREFLIGHT_BUDGET, cpuMs: 1_500, heapMb: 1_024 };
    const cpu = process.cpuUsage();
    await expect(preflightFont(looping, sample, budget)).rejects.toThrow(/^reading it did not end within 1\.5 s/);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
    // A worker left running would go on spending CPU in this process.
    const after = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const idle = process.cpuUsage(after);
    expect((idle.user + idle.system) / 1000).toBeLessThan(500);
  });

  it("preflightFont(a font fontkit loops on, a small heap) rejects when the heap limit stops the worker", async () => {
    const looping = hostileFont(20251207, 4).bytes;
    const budget = { ...PREFLIGHT_BUDGET, cpuMs: 60_000, heapMb: 48 };
    await expect(preflightFont(looping, sample, budget)).rejects.toThrow(/^reading it needed more than 48 MB/);
  }, 120_000);
});
