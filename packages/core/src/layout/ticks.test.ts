import { describe, expect, test } from "vitest";
import { binEdges, timeAxis } from "./ticks.js";

const DAY = 86_400_000;

describe("timeAxis", () => {
  test("timeAxis(a week) gives daily ticks with the month on the first", () => {
    const axis = timeAxis([Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 8)], [0, 700], "UTC");
    expect(axis.ticks.map((t) => t.label)).toEqual(["1 Sep", "2", "3", "4", "5", "6", "7", "8"]);
    expect(axis.ticks[0]?.major).toBe(true);
    expect(axis.ticks[1]?.major).toBe(false);
    expect(axis.bands.map((b) => b.label)).toEqual(["September 2025"]);
    expect(axis.step).toBe("1 day");
  });

  test("timeAxis adapts from years down to hours as the domain narrows", () => {
    const start = Date.UTC(2025, 8, 5);
    const step = (span: number) => timeAxis([start, start + span], [0, 1000], "UTC").step;
    expect(step(40 * 365 * DAY)).toMatch(/years/);
    expect(step(3 * 365 * DAY)).toMatch(/month/);
    expect(step(60 * DAY)).toMatch(/week|day/);
    expect(step(2 * DAY)).toMatch(/hour/);
    expect(step(3_600_000)).toMatch(/minute/);
  });

  test("timeAxis keeps ticks at least minSpacing apart", () => {
    for (const span of [3_600_000, DAY, 10 * DAY, 200 * DAY, 3000 * DAY]) {
      const axis = timeAxis([0, span], [0, 900], "UTC", 60);
      for (let i = 1; i < axis.ticks.length; i++) {
        const gap = (axis.ticks[i]?.x ?? 0) - (axis.ticks[i - 1]?.x ?? 0);
        // Months vary from 28 to 31 days: allow the shortest month's shortfall.
        expect(gap).toBeGreaterThanOrEqual(60 * (28 / 30.4) - 0.01);
      }
    }
  });

  test("timeAxis(timezone) labels ticks in local time", () => {
    const from = Date.UTC(2025, 8, 4, 12);
    const axis = timeAxis([from, from + DAY], [0, 600], "Asia/Vladivostok");
    // Midnight in Vladivostok (UTC+10) is 14:00 UTC the day before.
    const midnight = axis.ticks.find((t) => t.major);
    expect(midnight?.value).toBe(Date.UTC(2025, 8, 4, 14));
    expect(midnight?.label).toBe("5 Sep");
    expect(axis.ticks.filter((t) => !t.major).every((t) => /^\d\d:\d\d$/.test(t.label))).toBe(true);
  });

  test("timeAxis(timezone) keeps local midnight across a DST change", () => {
    // Europe/Berlin leaves summer time on 26 October 2025.
    const axis = timeAxis([Date.UTC(2025, 9, 24), Date.UTC(2025, 9, 29)], [0, 500], "Europe/Berlin");
    const values = axis.ticks.map((t) => t.value);
    expect(values).toContain(Date.UTC(2025, 9, 25, 22)); // 26 Oct 00:00 CEST
    expect(values).toContain(Date.UTC(2025, 9, 26, 23)); // 27 Oct 00:00 CET
  });

  test("timeAxis clips bands to the range", () => {
    const axis = timeAxis([Date.UTC(2025, 7, 25), Date.UTC(2025, 8, 10)], [100, 900], "UTC");
    expect(axis.bands.map((b) => b.label)).toEqual(["August 2025", "September 2025"]);
    expect(axis.bands[0]?.x0).toBe(100);
    expect(axis.bands[1]?.x1).toBe(900);
  });
});

describe("timeAxis labels", () => {
  test("timeAxis(domain, range) never prints a label twice in one context, from minutes to centuries", () => {
    const start = Date.UTC(2017, 7, 3, 5, 17);
    const spans = [3.6e6, 8.64e7, 7 * 8.64e7, 45 * 8.64e7, 200 * 8.64e7, 3 * 3.156e10, 20 * 3.156e10, 300 * 3.156e10];
    for (const span of spans)
      for (const width of [320, 800, 1600, 4000]) {
        const { ticks, bands } = timeAxis([start, start + span], [0, width], "Europe/Moscow");
        const where = `${span / 8.64e7} days over ${width}px`;
        const bandLabels = bands.map((b) => b.label);
        expect(new Set(bandLabels).size, where).toBe(bandLabels.length);
        // A tick is read with the band it stands in ("3" under "September 2025").
        const read = ticks.map(
          (t) => `${bands.find((b) => b.start <= t.value && t.value < b.end)?.label ?? ""}|${t.label}`,
        );
        expect(new Set(read).size, where).toBe(read.length);
        for (const t of ticks) expect(bandLabels.includes(t.label), `${where}: ${t.label}`).toBe(false);
      }
  });
});

describe("binEdges", () => {
  test("binEdges(three months at a day a pixel, 27 px) gives month starts around the domain", () => {
    const edges = binEdges([Date.UTC(2025, 0, 10), Date.UTC(2025, 3, 2)], 1 / DAY, "UTC", 27);
    expect(Array.from(edges)).toEqual([
      Date.UTC(2025, 0, 1),
      Date.UTC(2025, 1, 1),
      Date.UTC(2025, 2, 1),
      Date.UTC(2025, 3, 1),
      Date.UTC(2025, 4, 1),
    ]);
  });

  test("binEdges picks the finest calendar unit at least minWidth wide: days, weeks, months, quarters, years", () => {
    const unit = (pxPerDay: number) => {
      const edges = binEdges([Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)], pxPerDay / DAY, "UTC", 27);
      return ((edges[2] as number) - (edges[1] as number)) / DAY;
    };
    expect(unit(30)).toBe(1);
    expect(unit(5)).toBe(7);
    expect([28, 29, 30, 31]).toContain(unit(1));
    expect([90, 91, 92]).toContain(unit(0.5));
    expect([365, 366]).toContain(unit(0.08));
    for (const pxPerDay of [40, 10, 2, 0.6, 0.1, 0.01]) {
      const edges = binEdges([Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)], pxPerDay / DAY, "UTC", 27);
      for (let i = 1; i < edges.length; i++)
        expect((((edges[i] as number) - (edges[i - 1] as number)) * pxPerDay) / DAY).toBeGreaterThanOrEqual(
          27 * (28 / 30.4) - 0.01,
        );
    }
  });

  test("binEdges(timezone) cuts at local midnights, and the edges cover the domain", () => {
    const domain: [number, number] = [Date.UTC(2025, 8, 4, 12), Date.UTC(2025, 8, 9, 3)];
    const edges = binEdges(domain, 40 / DAY, "Asia/Vladivostok", 27);
    // Midnight in Vladivostok (UTC+10) is 14:00 UTC the day before.
    for (const edge of edges) expect(new Date(edge).getUTCHours()).toBe(14);
    expect(edges[0] as number).toBeLessThanOrEqual(domain[0]);
    expect(edges[edges.length - 1] as number).toBeGreaterThan(domain[1]);
  });
});
