import { describe, expect, it } from "vitest";
import { findDates, recentInterval } from "./dates.js";

const on = (text: string, published = "2025-09-05") => findDates(text, 0, published).map((d) => [d.value, d.precision]);

describe("findDates", () => {
  it("findDates resolves a weekday to the last such day before publication", () => {
    expect(on("He spoke on Wednesday.")).toEqual([["2025-09-03", "day"]]);
  });
  it("findDates resolves 'last week' to that week, Monday to Sunday", () => {
    expect(on("They met last week.")).toEqual([["2025-08-25/2025-08-31", "week"]]);
  });
  it("findDates keeps a month as a month and a day as a day", () => {
    expect(on("In August he warned; on 3 September he spoke.")).toEqual([
      ["2025-08", "month"],
      ["2025-09-03", "day"],
    ]);
  });
  it("findDates reads 'yesterday' and a bare year", () => {
    expect(on("Yesterday the minister said that in 2024 talks failed.")).toEqual([
      ["2025-09-04", "day"],
      ["2024", "year"],
    ]);
  });
  it("findDates skips durations", () => {
    expect(on("Leave within 30 days.")).toEqual([]);
  });
  it("findDates gives nothing without a valid publication date", () => {
    expect(findDates("on Monday", 0, "not a date")).toEqual([]);
  });
  it("recentInterval spans the 30 days up to publication", () => {
    expect(recentInterval("2025-09-05")).toBe("2025-08-06/2025-09-05");
  });
});
