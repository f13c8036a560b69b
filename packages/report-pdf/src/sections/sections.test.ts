import { entriesOf } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { exampleChronicle } from "../_test/pdf.js";
import { sectionsFor } from "./all.js";
import { groupByDay } from "./chronology.js";
import { clip, kindLabel } from "./describe.js";
import { safeUrl } from "./urls.js";

describe("sections", () => {
  it("sectionsFor lists the sections in the briefing's order, 'What changed' only with a previous chronicle", () => {
    expect(sectionsFor(false).map((s) => s.id)).toEqual([
      "bluf",
      "judgments",
      "trend",
      "timeline",
      "threats",
      "offers",
      "diplomacy",
      "rejections",
      "chronology",
      "actors",
      "sources",
      "endnotes",
    ]);
    expect(sectionsFor(true)[1]?.id).toBe("changes");
  });

  it("safeUrl keeps http(s) addresses only", () => {
    expect(safeUrl("https://tass.com/politics/2012993")).toBe("https://tass.com/politics/2012993");
    expect(safeUrl("http://en.kremlin.ru/")).toBe("http://en.kremlin.ru/");
    for (const bad of ["javascript:alert(1)", "file:///etc/passwd", "mailto:x@y.z", "not a url", "", undefined])
      expect(safeUrl(bad)).toBeUndefined();
  });

  it("clip cuts at a word boundary with an ellipsis", () => {
    expect(clip("Putin said Russia would regard any foreign troops", 20)).toBe("Putin said Russia…");
    expect(clip("short", 20)).toBe("short");
  });

  it("kindLabel capitalises and spaces a vocabulary word", () => {
    expect(kindLabel("roughly_even_chance")).toBe("Roughly even chance");
  });

  it("groupByDay puts day-precise items under their day and imprecise ones under their own heading", () => {
    const groups = groupByDay(entriesOf(exampleChronicle()), "UTC");
    const headings = groups.map((g) => g.heading);
    expect(headings[0]).toBe("until 5 Sep 2025 · open start");
    expect(headings).toContain("Friday 5 September 2025");
    expect(headings).toContain("Aug 2025 · known to the month");
    expect(headings).toContain("14 Jul 2025 – 8 Aug 2025 · over a span");
    expect(groups.flatMap((g) => g.entries)).toHaveLength(37);
  });
});
