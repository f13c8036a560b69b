import { describe, expect, it } from "vitest";
import { compareDates, midpoint, overlaps } from "./compare.js";
import type { FuzzyDate } from "./fuzzy-date.js";
import { parseDate } from "./parse-date.js";

function date(input: string, timezone?: string): FuzzyDate {
  const result = parseDate(input, timezone);
  if (!result.ok) throw new Error(result.problem.message);
  return result.date;
}

describe("compareDates", () => {
  it("compareDates orders by earliest instant", () => {
    const list = ["2025-09-05", "2025-08", "2025-09-03"].map((d) => date(d));
    expect([...list].sort(compareDates).map((d) => d.input)).toEqual(["2025-08", "2025-09-03", "2025-09-05"]);
  });

  it("compareDates puts the more precise date first when two start together", () => {
    const list = ["2025", "2025-01", "2025-01-01", "2025-01-01T00:00"].map((d) => date(d));
    expect(
      [...list]
        .reverse()
        .sort(compareDates)
        .map((d) => d.input),
    ).toEqual(["2025-01-01T00:00", "2025-01-01", "2025-01", "2025"]);
  });

  it("compareDates puts an interval open at the start first, and one open at the end after its start day", () => {
    const list = ["2025-09-05/..", "2025-09-05", "../2025-09-05"].map((d) => date(d));
    expect([...list].sort(compareDates).map((d) => d.input)).toEqual(["../2025-09-05", "2025-09-05", "2025-09-05/.."]);
  });

  it("compareDates(two dates open the same way) returns a number, never NaN", () => {
    expect(compareDates(date("../2025-09"), date("../2025-10"))).toBeLessThan(0);
    expect(compareDates(date("2025-09/.."), date("2025-09/.."))).toBe(0);
  });

  it("compareDates(equal dates) is 0", () => {
    expect(compareDates(date("2025-09-05"), date("2025-09-05"))).toBe(0);
  });
});

describe("overlaps", () => {
  const sep5 = Date.UTC(2025, 8, 5);
  const sep6 = Date.UTC(2025, 8, 6);

  it("overlaps(a month, a day inside it) is true: the month may fall then", () => {
    expect(overlaps(date("2025-09"), sep5, sep6)).toBe(true);
  });

  it("overlaps(a day, a range after it) is false", () => {
    expect(overlaps(date("2025-09-04"), sep5, sep6)).toBe(false);
  });

  it("overlaps is inclusive at both ends of the range", () => {
    const d = date("2025-09-05");
    expect(overlaps(d, d.latest, d.latest + 1000)).toBe(true);
    expect(overlaps(d, d.earliest - 1000, d.earliest)).toBe(true);
    expect(overlaps(d, d.latest + 1, d.latest + 1000)).toBe(false);
  });

  it("overlaps without bounds is always true", () => {
    expect(overlaps(date("2025-09-05"))).toBe(true);
  });

  it("overlaps(open-ended interval) reaches every later range", () => {
    expect(overlaps(date("2025-09/.."), Date.UTC(2030, 0, 1), Date.UTC(2030, 0, 2))).toBe(true);
    expect(overlaps(date("../2025-09"), Date.UTC(1990, 0, 1), Date.UTC(1990, 0, 2))).toBe(true);
  });
});

describe("midpoint", () => {
  it("midpoint(a month) is the middle of the month, not the 1st", () => {
    expect(new Date(midpoint(date("2025-09"))).toISOString()).toBe("2025-09-15T23:59:59.999Z");
  });

  it("midpoint(a day in Moscow) is Moscow noon", () => {
    expect(new Date(midpoint(date("2025-09-05", "Europe/Moscow"))).toISOString()).toBe("2025-09-05T08:59:59.999Z");
  });

  it("midpoint(an open interval) is its known end", () => {
    expect(midpoint(date("../2025-09"))).toBe(date("2025-09").latest);
    expect(midpoint(date("2025-09/.."))).toBe(date("2025-09").earliest);
  });
});

describe("dates are not mutated", () => {
  it("compareDates, overlaps and midpoint do not mutate their input", () => {
    const a = date("2025-09");
    const b = date("2025-09-05/..");
    const before = JSON.stringify([a, b]);
    compareDates(a, b);
    overlaps(a, 0, 1);
    midpoint(b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
