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
  it("findDates reads a weekday in a clause that looks ahead as the coming one", () => {
    // Published on Friday 2025-09-05.
    expect(on("Talks will resume on Monday.")).toEqual([["2025-09-08", "day"]]);
    expect(on("Troops must leave by Wednesday.")).toEqual([["2025-09-10", "day"]]);
    expect(on("Exports continue, whatever happens on Tuesday.")).toEqual([["2025-09-09", "day"]]);
    expect(on("The ultimatum expires at midnight on Sunday.")).toEqual([["2025-09-07", "day"]]);
  });
  it("findDates keeps a weekday after a past verb or a saying in the past", () => {
    expect(on("The convoy was stopped by Tuesday.")).toEqual([["2025-09-02", "day"]]);
    expect(on("She said on Monday that talks would resume.")).toEqual([["2025-09-01", "day"]]);
  });
  it("findDates takes a month without a year as the last such month, or the next when the clause looks ahead", () => {
    expect(on("The blockade began in November.")).toEqual([["2024-11", "month"]]);
    expect(on("Elections will be held in March.")).toEqual([["2026-03", "month"]]);
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
