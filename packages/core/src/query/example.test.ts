import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { readPeriod } from "./check-filter.js";
import { escalationSeries } from "./escalation.js";
import { filterEntries } from "./filter.js";
import { offers } from "./offers.js";
import { chronicleStats } from "./stats.js";
import { threadOf } from "./threads.js";
import { threatRegister } from "./threats.js";

const text = readFileSync(new URL("../../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8");
const result = parseChronicle(text);
if (!result.ok) throw new Error("the example must load");
const example: Chronicle = result.chronicle;

describe("queries on the example chronicle", () => {
  it("threatRegister(example) folds the EEF threat and its two reiterations into one record", () => {
    const record = threatRegister(example).find((t) => t.id === "legit-targets");
    expect(record).toMatchObject({
      speaker: "putin",
      reiterations: 2,
      statements: ["legit-targets", "destroyed-if-appear", "confront-intervention"],
    });
  });

  it("threatRegister(example) lists each threat once", () => {
    const ids = threatRegister(example).flatMap((t) => t.statements);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("offers(example): the Moscow offer is rejected", () => {
    expect(offers(example).find((o) => o.id === "moscow-offer")?.status).toBe("rejected");
  });

  it("threadOf(example, moscow-offer) starts with the Beijing invitation, made before its same-day dismissal", () => {
    expect(threadOf(example, "moscow-offer")?.entries.map((e) => e.id)).toEqual([
      "beijing-moscow-invitation",
      "kyiv-dismisses-moscow-venue",
      "moscow-offer",
      "moscow-offer-rejected",
    ]);
  });

  it("chronicleStats(example) counts what the file holds", () => {
    const stats = chronicleStats(example);
    expect(stats.statements).toBe(example.statements?.length);
    expect(stats.events).toBe(example.events?.length);
    expect(Object.values(stats.byKind).reduce((a, b) => a + b, 0)).toBe(entriesOf(example).length);
    expect((stats.span?.from ?? "") < (stats.span?.to ?? "")).toBe(true);
  });

  it("filterEntries(example, putin threats from September) finds the EEF threats", () => {
    const found = filterEntries(entriesOf(example), {
      actors: ["putin"],
      role: "speaker",
      kinds: ["threat"],
      ...readPeriod({ from: "2025-09" }).period,
    });
    expect(found.map((e) => e.id)).toContain("legit-targets");
  });

  it("escalationSeries(example, week) covers every week of the span, and counts every entry once", () => {
    const series = escalationSeries(entriesOf(example), "week");
    for (let i = 1; i < series.length; i++) expect(series[i]?.start).toBe(series[i - 1]?.end);
    expect(series.reduce((n, p) => n + p.count, 0)).toBe(entriesOf(example).length);
  });
});
