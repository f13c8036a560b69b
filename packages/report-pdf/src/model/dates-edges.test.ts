import { formatFuzzy, parseDate } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { formatDay, formatLongDay } from "./dates.js";

// Issue 11: year -9999 printed as "1 Jan 10000" and -0001 as "1 Jan 2": the era was lost.
const fuzzy = (text: string) => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.date;
};

describe("dates before year 1 (issue 11)", () => {
  it('formatDay(Date.UTC(-9999, 0, 1)) is "1 Jan 10000 BC"', () => {
    expect(formatDay(Date.UTC(-9999, 0, 1), "UTC")).toBe("1 Jan 10000 BC");
  });

  it('formatFuzzy(-0001-03) is "Mar 2 BC" and -9999 is "10000 BC"', () => {
    expect(formatFuzzy(fuzzy("-0001-03"), "UTC")).toBe("Mar 2 BC");
    expect(formatFuzzy(fuzzy("-9999"), "UTC")).toBe("10000 BC");
  });

  it("formatLongDay(a day of 2 BC) names the era; dates from year 1 on do not", () => {
    expect(formatLongDay(Date.UTC(-1, 2, 1), "UTC")).toMatch(/March 2 BC$/);
    expect(formatDay(Date.UTC(2025, 8, 5), "UTC")).toBe("5 Sep 2025");
    expect(formatFuzzy(fuzzy("0002"), "UTC")).toBe("2");
  });
});
