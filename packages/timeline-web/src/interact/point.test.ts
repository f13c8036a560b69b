import { type Chronicle, entriesOf } from "@briefline/core";
import { computeLayout } from "@briefline/core/layout";
import { describe, expect, test } from "vitest";
import { edtfAt, pointAt, pointOf, precisionOfStep } from "./point.js";

const chronicle: Chronicle = {
  briefline: 1,
  title: "Points",
  timezone: "Europe/Moscow",
  actors: [
    { id: "a", name: "A", type: "person" },
    { id: "b", name: "B", type: "person" },
  ],
  statements: [
    { id: "s1", kind: "threat", speaker: "a", date: "2025-09-01", summary: "one" },
    { id: "s2", kind: "offer", speaker: "b", date: "2025-09-08", summary: "two" },
  ],
};

const layoutOver = (domain: [number, number]) =>
  computeLayout(chronicle, {
    width: 900,
    laneBy: "speaker",
    domain,
    entries: entriesOf(chronicle),
    measure: (text: string) => text.length * 6,
  });

describe("edtfAt(instant, precision, timezone)", () => {
  test("edtfAt writes the wall-clock date of the time zone, not UTC's", () => {
    expect(edtfAt(Date.UTC(2025, 8, 4, 22), "day", "Europe/Moscow")).toBe("2025-09-05");
    expect(edtfAt(Date.UTC(2025, 8, 4, 22), "day", "UTC")).toBe("2025-09-04");
  });

  test("edtfAt writes each precision as the chronicle does", () => {
    const t = Date.UTC(2025, 8, 5, 11, 37, 20);
    expect(["year", "month", "day", "minute"].map((p) => edtfAt(t, p as "day", "UTC"))).toEqual([
      "2025",
      "2025-09",
      "2025-09-05",
      "2025-09-05T11:37",
    ]);
  });

  test("edtfAt keeps midnight as 00, not 24", () => {
    expect(edtfAt(Date.UTC(2025, 8, 5, 0, 5), "minute", "UTC")).toBe("2025-09-05T00:05");
  });

  test("edtfAt(NaN) throws a RangeError", () => {
    expect(() => edtfAt(Number.NaN, "day", "UTC")).toThrow(RangeError);
  });
});

describe("precisionOfStep(step)", () => {
  test("precisionOfStep maps the axis step to the date precision that suits it", () => {
    expect(
      ["15 minutes", "1 hour", "3 hours", "6 hours", "12 hours", "1 day", "1 week", "3 months", "10 years"].map(
        precisionOfStep,
      ),
    ).toEqual(["minute", "minute", "minute", "day", "day", "day", "day", "month", "year"]);
  });
});

describe("pointAt(layout, x, y)", () => {
  test("pointAt gives the date under x at the zoom's precision and the lane under y", () => {
    const week = layoutOver([Date.UTC(2025, 7, 31, 21), Date.UTC(2025, 8, 9, 21)]);
    const lane = week.lanes.find((l) => l.key === "b");
    expect(lane).toBeDefined();
    const [r0, r1] = week.range;
    const mid = (r0 + r1) / 2;
    const p = pointAt(week, mid, (lane?.y ?? 0) + 1);
    expect(p).toMatchObject({ precision: "day", text: "2025-09-05", lane: "b", laneKind: "actor" });
    expect(pointAt(week, r0 - 5, 0)).toBeNull();
  });

  test("pointAt zoomed out to years gives a month or a year", () => {
    const years = layoutOver([Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1)]);
    const p = pointAt(years, (years.range[0] + years.range[1]) / 2, -1);
    expect(p?.precision).toMatch(/^(year|month)$/);
    expect(p?.lane).toBeNull();
  });
});

describe("pointOf(layout, date, lane) zoomed to hours", () => {
  test("pointOf gives a time to the nearest five minutes, in the chronicle's time zone", () => {
    const hours = layoutOver([Date.UTC(2025, 8, 5, 6), Date.UTC(2025, 8, 5, 12)]);
    expect(pointOf(hours, Date.UTC(2025, 8, 5, 8, 33, 40), null)).toMatchObject({
      precision: "minute",
      date: Date.UTC(2025, 8, 5, 8, 35),
      text: "2025-09-05T11:35",
    });
  });
});

describe("pointOf(layout, date, lane)", () => {
  test("pointOf names the lane only when the layout has it", () => {
    const week = layoutOver([Date.UTC(2025, 7, 31, 21), Date.UTC(2025, 8, 9, 21)]);
    expect(pointOf(week, Date.UTC(2025, 8, 1), "a")).toMatchObject({ text: "2025-09-01", lane: "a" });
    expect(pointOf(week, Date.UTC(2025, 8, 1), "zz").lane).toBeNull();
  });
});
