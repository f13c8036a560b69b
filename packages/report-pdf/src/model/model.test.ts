import { formatFuzzy, parseDate } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { exampleChronicle } from "../_test/pdf.js";
import { formatDay, formatLongDay, formatRange, isoDay } from "./dates.js";
import { diffChronicles } from "./diff.js";
import { Notes } from "./notes.js";
import { resolveScope } from "./scope.js";
import { computeTrend } from "./trend.js";

const date = (s: string) => {
  const r = parseDate(s, "UTC");
  if (!r.ok) throw new Error(s);
  return r.date;
};

describe("dates", () => {
  it("core's formatFuzzy, which the briefing uses, keeps the precision of a date", () => {
    expect(formatFuzzy(date("2025-09-05"), "UTC")).toBe("5 Sep 2025");
    expect(formatFuzzy(date("2025-08"), "UTC")).toBe("Aug 2025");
    expect(formatFuzzy(date("2025"), "UTC")).toBe("2025");
    expect(formatFuzzy(date("2025-07-14/2025-08-08"), "UTC")).toBe("14 Jul 2025 – 8 Aug 2025");
    expect(formatFuzzy(date("../2025-09-05"), "UTC")).toBe("until 5 Sep 2025");
    expect(formatFuzzy(date("2025-09-03/.."), "UTC")).toBe("from 3 Sep 2025");
    expect(formatFuzzy(date("2025-08~"), "UTC")).toBe("about Aug 2025");
    expect(formatFuzzy(date("2025-09-05?"), "UTC")).toBe("5 Sep 2025 (uncertain)");
  });

  it("formatFuzzy shows a time with its written offset", () => {
    expect(formatFuzzy(date("2025-09-05T13:00+10:00"), "UTC")).toBe("5 Sep 2025, 13:00 UTC+10:00");
  });

  it("formatRange writes the shortest clear range", () => {
    expect(formatRange(Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 6, 12))).toBe("1–6 Sep 2025");
    expect(formatRange(Date.UTC(2025, 7, 24), Date.UTC(2025, 8, 6))).toBe("24 Aug – 6 Sep 2025");
    expect(formatRange(Date.UTC(2024, 11, 30), Date.UTC(2025, 0, 2))).toBe("30 Dec 2024 – 2 Jan 2025");
    expect(formatRange(Date.UTC(2025, 8, 5), Date.UTC(2025, 8, 5, 23))).toBe("5 Sep 2025");
  });

  it("day keys and long days follow the time zone", () => {
    expect(isoDay(Date.UTC(2025, 8, 4, 22), "Europe/Moscow")).toBe("2025-09-05");
    expect(formatLongDay(Date.UTC(2025, 8, 5), "UTC")).toBe("Friday 5 September 2025");
    expect(formatDay(Date.UTC(2025, 8, 4, 22), "Asia/Vladivostok")).toBe("5 Sep 2025");
  });
});

describe("Notes", () => {
  it("Notes.number gives numbers in order of first citation, once per item", () => {
    const notes = new Notes();
    expect([notes.number("a"), notes.number("b"), notes.number("a"), notes.number("c")]).toEqual([1, 2, 1, 3]);
    expect(notes.list()).toEqual(["a", "b", "c"]);
  });
});

describe("resolveScope", () => {
  it("resolveScope without a period spans the dated items and compares with nothing before", () => {
    const scope = resolveScope(exampleChronicle(), {});
    expect(new Date(scope.from).toISOString()).toBe("2025-03-11T00:00:00.000Z");
    expect(scope.entries).toHaveLength(37);
    expect(scope.before.entries).toEqual([]);
    expect(scope.narrowed).toBe(false);
  });

  it("resolveScope with a week finds the week before it", () => {
    const scope = resolveScope(exampleChronicle(), { from: "2025-09-01", to: "2025-09-06" });
    expect(scope.entries.every((e) => e.date.latest >= Date.UTC(2025, 8, 1))).toBe(true);
    expect(new Date(scope.before.to).toISOString()).toBe("2025-08-31T23:59:59.999Z");
    expect(scope.narrowed).toBe(true);
  });
});

describe("computeTrend", () => {
  it("computeTrend compares the last week with the one before when nothing precedes the period", () => {
    const trend = computeTrend(resolveScope(exampleChronicle(), {}), "UTC");
    expect(trend.basis).toBe("week");
    expect(trend.unit).toBe("week");
    expect(trend.current.count).toBeGreaterThan(trend.previous.count);
    expect(trend.verdict).toBe("deteriorated");
    expect(trend.current.net).toBeCloseTo(trend.current.cooperation - trend.current.conflict, 5);
  });

  it("computeTrend compares a period with the same length before it", () => {
    const trend = computeTrend(resolveScope(exampleChronicle(), { from: "2025-09-03", to: "2025-09-05" }), "UTC");
    expect(trend.basis).toBe("period");
    expect(trend.unit).toBe("day");
    expect(trend.series.map((p) => p.key)).toEqual(["2025-09-03", "2025-09-04", "2025-09-05"]);
  });
});

describe("diffChronicles", () => {
  it("diffChronicles finds new, changed and withdrawn entries and judgment moves", () => {
    const now = exampleChronicle();
    const before = structuredClone(now);
    before.statements = (before.statements ?? []).filter((s) => s.id !== "moscow-offer");
    const kj = before.judgments?.[0];
    if (kj) kj.confidence = "low";
    before.sources?.push({ id: "gone", title: "Gone" });
    const changes = diffChronicles(before, now);
    expect(changes).toContainEqual(expect.objectContaining({ change: "new", what: "statement", id: "moscow-offer" }));
    expect(changes).toContainEqual(
      expect.objectContaining({ change: "changed", what: "judgment", detail: "confidence low → moderate" }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ change: "withdrawn", what: "source", id: "gone" }));
    expect(diffChronicles(now, structuredClone(now))).toEqual([]);
  });
});
