import { describe, expect, it } from "vitest";
import { formatFuzzy, formatInstant } from "./format.js";
import type { FuzzyDate } from "./fuzzy-date.js";
import { parseDate } from "./parse-date.js";

function date(input: string, timezone = "UTC"): FuzzyDate {
  const result = parseDate(input, timezone);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.problem.message}`);
  return result.date;
}

describe("formatInstant", () => {
  it("formatInstant(t, precision, tz) writes as much as the precision says", () => {
    const t = Date.UTC(2025, 8, 5, 3, 7);
    expect(formatInstant(t, "year", "UTC")).toBe("2025");
    expect(formatInstant(t, "month", "UTC")).toBe("Sep 2025");
    expect(formatInstant(t, "day", "UTC")).toBe("5 Sep 2025");
    expect(formatInstant(t, "minute", "UTC")).toBe("5 Sep 2025, 03:07");
  });

  it("formatInstant(t, precision, tz) reads the instant in the time zone", () => {
    expect(formatInstant(Date.UTC(2025, 8, 4, 22), "day", "Europe/Moscow")).toBe("5 Sep 2025");
    expect(formatInstant(Date.UTC(2025, 2, 30, 1, 30), "minute", "Europe/Berlin")).toBe("30 Mar 2025, 03:30");
  });

  it("formatInstant writes September in three letters, like every other month", () => {
    expect(formatInstant(Date.UTC(2025, 8, 1), "month", "UTC")).toBe("Sep 2025");
  });

  it("formatInstant(bad input) throws a RangeError", () => {
    expect(() => formatInstant(Number.NaN, "day", "UTC")).toThrow(RangeError);
    expect(() => formatInstant(0, "day", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("formatFuzzy", () => {
  it("formatFuzzy keeps the precision of a date", () => {
    expect(formatFuzzy(date("2025-09-05"), "UTC")).toBe("5 Sep 2025");
    expect(formatFuzzy(date("2025-08"), "UTC")).toBe("Aug 2025");
    expect(formatFuzzy(date("2025"), "UTC")).toBe("2025");
  });

  it("formatFuzzy writes intervals and open ends in words", () => {
    expect(formatFuzzy(date("2025-07-14/2025-08-08"), "UTC")).toBe("14 Jul 2025 – 8 Aug 2025");
    expect(formatFuzzy(date("../2025-09-05"), "UTC")).toBe("until 5 Sep 2025");
    expect(formatFuzzy(date("2025-09-03/.."), "UTC")).toBe("from 3 Sep 2025");
  });

  it("formatFuzzy says approximate and uncertain dates in words", () => {
    expect(formatFuzzy(date("2025-09~"), "UTC")).toBe("about Sep 2025");
    expect(formatFuzzy(date("2025-09-20?"), "UTC")).toBe("20 Sep 2025 (uncertain)");
  });

  it("formatFuzzy shows a time written with its own offset as written", () => {
    expect(formatFuzzy(date("2025-09-05T13:00+10:00"), "UTC")).toBe("5 Sep 2025, 13:00 UTC+10:00");
    // 01:30 at +10:00 is still the 4th in UTC: the day is the written one.
    expect(formatFuzzy(date("2025-09-05T01:30+10:00"), "UTC")).toBe("5 Sep 2025, 01:30 UTC+10:00");
    expect(formatFuzzy(date("2025-09-05T13:00", "Europe/Moscow"), "Europe/Moscow")).toBe("5 Sep 2025, 13:00");
  });

  it("formatFuzzy does not mutate the date", () => {
    const d = date("2025-09~");
    const copy = structuredClone(d);
    formatFuzzy(d, "UTC");
    expect(d).toEqual(copy);
  });
});
