import { describe, expect, test } from "vitest";
import { entriesOf } from "../model/entries.js";
import { escalationSeries } from "../query/escalation.js";
import { sampleChronicle } from "./_fixtures.js";
import { escalationTrack, escalationUnit, seriesInDomain } from "./escalation-track.js";
import { timeScale } from "./scale.js";

const domain: [number, number] = [Date.UTC(2025, 8, 1), Date.UTC(2025, 8, 30)];

describe("escalation track", () => {
  test("seriesInDomain gives the same numbers as escalationSeries over that range", () => {
    const entries = entriesOf(sampleChronicle());
    for (const unit of ["day", "week", "month"] as const) {
      const fast = seriesInDomain(entries, domain, unit, "UTC");
      const reference = escalationSeries(entries, unit, "UTC", { from: domain[0], to: domain[1] });
      expect(fast).toEqual(reference);
    }
  });

  test("escalationUnit picks days, weeks, then months as the span grows", () => {
    const day = 86_400_000;
    expect(escalationUnit(30 * day)).toBe("day");
    expect(escalationUnit(300 * day)).toBe("week");
    expect(escalationUnit(3000 * day)).toBe("month");
  });

  test("escalationTrack puts hostile periods below the zero line", () => {
    const track = escalationTrack(entriesOf(sampleChronicle()), domain, (t) => (t - domain[0]) / 3.6e6, {
      y: 10,
      height: 60,
      timezone: "UTC",
    });
    const sep5 = track.points.find((p) => p.key === "2025-09-05");
    expect(sep5?.total).toBeLessThan(0);
    expect(sep5?.y).toBeGreaterThan(track.zeroY);
    expect(track.line.startsWith("M")).toBe(true);
    expect(track.area.endsWith("Z")).toBe(true);
    for (const p of track.points) {
      expect(p.y).toBeGreaterThanOrEqual(10);
      expect(p.y).toBeLessThanOrEqual(70);
    }
  });

  test("escalationTrack's curve stays flat until the day of the first item, and is clipped to the plot", () => {
    const x = timeScale(domain, [100, 900]);
    const track = escalationTrack(entriesOf(sampleChronicle()), domain, x, {
      y: 0,
      height: 60,
      timezone: "UTC",
      range: [100, 900],
    });
    // The sample's first dated item falls on 5 September (the open-start one ends on the 15th).
    const numbers = (track.line.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const pairs = Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i], numbers[2 * i + 1]] as const);
    const firstOff = pairs.findIndex(([, y]) => Math.abs((y as number) - track.zeroY) > 0.01);
    const lastFlatX = pairs[firstOff - 1]?.[0] as number;
    expect(lastFlatX).toBeGreaterThanOrEqual(x(Date.UTC(2025, 8, 5)) - 0.01);
    expect(track.clip).toEqual({ x: 100, y: 0, width: 800, height: 60 });
  });
});
