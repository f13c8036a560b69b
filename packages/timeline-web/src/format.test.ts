import { parseDate } from "@briefline/core";
import { describe, expect, test } from "vitest";
import { formatFuzzy, formatInstant } from "./format.js";

const date = (text: string, tz = "UTC") => {
  const r = parseDate(text, tz);
  if (!r.ok) throw new Error(text);
  return r.date;
};

describe("date formatting", () => {
  test("formatInstant(precision) writes only what is known", () => {
    const t = Date.UTC(2025, 8, 5, 11, 30);
    expect(formatInstant(t, "year", "UTC")).toBe("2025");
    expect(formatInstant(t, "month", "UTC")).toBe("Sept 2025");
    expect(formatInstant(t, "day", "UTC")).toBe("5 Sept 2025");
    expect(formatInstant(t, "minute", "Asia/Vladivostok")).toBe("5 Sept 2025, 21:30");
  });

  test("formatFuzzy says approximate, uncertain and open dates in words", () => {
    expect(formatFuzzy(date("2025-09~"), "UTC")).toBe("about Sept 2025");
    expect(formatFuzzy(date("2025-09-20?"), "UTC")).toBe("20 Sept 2025 (uncertain)");
    expect(formatFuzzy(date("../2025-09-05"), "UTC")).toBe("until 5 Sept 2025");
    expect(formatFuzzy(date("2025-09-03/2025-09-06"), "UTC")).toBe("3 Sept 2025 – 6 Sept 2025");
  });

  test("formatFuzzy reads a date in the chronicle's time zone", () => {
    expect(formatFuzzy(date("2025-09-05", "Europe/Moscow"), "Europe/Moscow")).toBe("5 Sept 2025");
  });
});
