import { afterEach, describe, expect, it } from "vitest";
import { periodOf, periodsBetween } from "./period.js";

const iso = (ms: number) => new Date(ms).toISOString();
const show = (p: { key: string; start: number; end: number }) => [p.key, iso(p.start), iso(p.end)];
const HOUR = 3_600_000;

describe("periodOf", () => {
  it('periodOf(instant, "day") is the UTC day by default', () => {
    expect(show(periodOf(Date.UTC(2025, 8, 5, 13), "day"))).toEqual([
      "2025-09-05",
      "2025-09-05T00:00:00.000Z",
      "2025-09-06T00:00:00.000Z",
    ]);
  });

  it('periodOf(instant, "day", "Europe/Moscow") is the Moscow day containing it', () => {
    // 22:00 UTC on the 4th is already 01:00 on the 5th in Moscow.
    expect(show(periodOf(Date.UTC(2025, 8, 4, 22), "day", "Europe/Moscow"))).toEqual([
      "2025-09-05",
      "2025-09-04T21:00:00.000Z",
      "2025-09-05T21:00:00.000Z",
    ]);
  });

  it('periodOf(instant, "week") is the ISO week, starting on Monday', () => {
    expect(show(periodOf(Date.UTC(2025, 8, 5), "week"))).toEqual([
      "2025-W36",
      "2025-09-01T00:00:00.000Z",
      "2025-09-08T00:00:00.000Z",
    ]);
    // A Sunday belongs to the week that started the Monday before.
    expect(periodOf(Date.UTC(2025, 8, 7, 23, 59), "week").key).toBe("2025-W36");
    expect(periodOf(Date.UTC(2025, 8, 8), "week").key).toBe("2025-W37");
  });

  it('periodOf(instant, "week") names the ISO week-year at year ends', () => {
    expect(periodOf(Date.UTC(2024, 11, 30, 12), "week").key).toBe("2025-W01");
    expect(periodOf(Date.UTC(2021, 0, 2, 12), "week").key).toBe("2020-W53");
    expect(periodOf(Date.UTC(2026, 0, 1), "week").key).toBe("2026-W01");
    expect(periodOf(Date.UTC(2027, 0, 3), "week").key).toBe("2026-W53");
  });

  it('periodOf(instant, "month") is the calendar month', () => {
    expect(show(periodOf(Date.UTC(2025, 1, 14), "month"))).toEqual([
      "2025-02",
      "2025-02-01T00:00:00.000Z",
      "2025-03-01T00:00:00.000Z",
    ]);
  });

  it("periodOf(an instant in the year 50) keeps the year (no 1950), in every unit", () => {
    const at = new Date(0);
    at.setUTCFullYear(50, 5, 15);
    expect(["day", "week", "month"].map((u) => periodOf(at.getTime(), u as "day").key)).toEqual([
      "0050-06-15",
      "0050-W24",
      "0050-06",
    ]);
  });

  it("periodOf(the spring-forward day in New York) is 23 hours long", () => {
    const p = periodOf(Date.UTC(2025, 2, 9, 12), "day", "America/New_York");
    expect(show(p)).toEqual(["2025-03-09", "2025-03-09T05:00:00.000Z", "2025-03-10T04:00:00.000Z"]);
    expect(p.end - p.start).toBe(23 * HOUR);
  });

  it("periodOf(the fall-back day in New York) is 25 hours long", () => {
    const p = periodOf(Date.UTC(2025, 10, 2, 12), "day", "America/New_York");
    expect(p.end - p.start).toBe(25 * HOUR);
  });

  it("periodOf(the ISO week containing a DST change) runs from local Monday to local Monday", () => {
    const p = periodOf(Date.UTC(2025, 9, 30), "week", "America/New_York");
    expect(show(p)).toEqual(["2025-W44", "2025-10-27T04:00:00.000Z", "2025-11-03T05:00:00.000Z"]);
    expect(p.end - p.start).toBe(7 * 24 * HOUR + HOUR);
  });

  it("periodOf(the month containing a DST change) runs from local midnight to local midnight", () => {
    expect(show(periodOf(Date.UTC(2025, 2, 15), "month", "Europe/Berlin"))).toEqual([
      "2025-03",
      "2025-02-28T23:00:00.000Z",
      "2025-03-31T22:00:00.000Z",
    ]);
  });

  it("periodOf(a day whose midnight DST skips) ends at the next local midnight (Santiago, Beirut)", () => {
    // Chile: 2025-09-07 starts at 01:00 -04→-03 and is 23 hours long.
    const chile = periodOf(Date.UTC(2025, 8, 7, 12), "day", "America/Santiago");
    expect(show(chile)).toEqual(["2025-09-07", "2025-09-07T04:00:00.000Z", "2025-09-08T03:00:00.000Z"]);
    // Lebanon: 2025-03-30 starts at 01:00 +03 (00:00 +02 never happens).
    const beirut = periodOf(Date.UTC(2025, 2, 30, 12), "day", "Asia/Beirut");
    expect(show(beirut)).toEqual(["2025-03-30", "2025-03-29T22:00:00.000Z", "2025-03-30T21:00:00.000Z"]);
  });

  it("periodOf(the start instant of a period) is that period", () => {
    const p = periodOf(Date.UTC(2025, 2, 9, 12), "day", "America/New_York");
    expect(periodOf(p.start, "day", "America/New_York")).toEqual(p);
    expect(periodOf(p.end - 1, "day", "America/New_York")).toEqual(p);
  });

  describe("does not depend on the process time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it("periodOf gives the same periods with TZ=America/New_York as with TZ=UTC", () => {
      const at = Date.UTC(2025, 2, 9, 3);
      const inUtc = [periodOf(at, "day"), periodOf(at, "week"), periodOf(at, "month", "Europe/Moscow")];
      process.env.TZ = "America/New_York";
      expect([periodOf(at, "day"), periodOf(at, "week"), periodOf(at, "month", "Europe/Moscow")]).toEqual(inUtc);
    });
  });
});

describe("periodsBetween", () => {
  it("periodsBetween(from, to, day) lists every day, both ends included", () => {
    expect(periodsBetween(Date.UTC(2025, 7, 30), Date.UTC(2025, 8, 2), "day").map((p) => p.key)).toEqual([
      "2025-08-30",
      "2025-08-31",
      "2025-09-01",
      "2025-09-02",
    ]);
  });

  it("periodsBetween(same instant) is the one period containing it", () => {
    expect(periodsBetween(Date.UTC(2025, 8, 5), Date.UTC(2025, 8, 5), "month").map((p) => p.key)).toEqual(["2025-09"]);
  });

  it("periodsBetween(to before from) is empty", () => {
    expect(periodsBetween(Date.UTC(2025, 8, 5), Date.UTC(2025, 8, 1), "day")).toEqual([]);
  });

  it("periodsBetween(non-finite bounds) is empty rather than endless", () => {
    expect(periodsBetween(Number.NEGATIVE_INFINITY, Date.UTC(2025, 8, 1), "day")).toEqual([]);
    expect(periodsBetween(Date.UTC(2025, 8, 1), Number.NaN, "day")).toEqual([]);
  });

  it("periodsBetween(weeks) across a DST change in New York are contiguous", () => {
    const weeks = periodsBetween(Date.UTC(2025, 9, 20, 12), Date.UTC(2025, 10, 10, 12), "week", "America/New_York");
    expect(weeks.map(show)).toEqual([
      ["2025-W43", "2025-10-20T04:00:00.000Z", "2025-10-27T04:00:00.000Z"],
      ["2025-W44", "2025-10-27T04:00:00.000Z", "2025-11-03T05:00:00.000Z"],
      ["2025-W45", "2025-11-03T05:00:00.000Z", "2025-11-10T05:00:00.000Z"],
      ["2025-W46", "2025-11-10T05:00:00.000Z", "2025-11-17T05:00:00.000Z"],
    ]);
  });

  it("periodsBetween(months) across DST changes in Berlin are contiguous", () => {
    const months = periodsBetween(Date.UTC(2025, 0, 15), Date.UTC(2025, 10, 15), "month", "Europe/Berlin");
    expect(months.map((p) => p.key)).toEqual([
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
    ]);
    for (let i = 1; i < months.length; i++) expect(months[i]?.start).toBe(months[i - 1]?.end);
  });

  it("periodsBetween(a year of days) in zones with midnight DST changes has 365 contiguous days", () => {
    for (const zone of ["America/Santiago", "Asia/Beirut", "America/Havana", "America/New_York"]) {
      const days = periodsBetween(Date.UTC(2025, 0, 1, 12), Date.UTC(2025, 11, 31, 12), "day", zone);
      expect(days, zone).toHaveLength(365);
      for (let i = 1; i < days.length; i++) expect(days[i]?.start, zone).toBe(days[i - 1]?.end);
      const hours = new Set(days.map((p) => (p.end - p.start) / HOUR));
      expect([...hours].sort(), zone).toEqual([23, 24, 25]);
    }
  }, 30_000);
});
