import { describe, expect, it } from "vitest";
import { chronicle, event, statement } from "../../test-fixtures/chronicles.js";
import { entriesOf } from "../model/entries.js";
import { escalationSeries } from "./escalation.js";

// Week 36 (1–7 Sep 2025): a threat (-7) and an offer (+4); week 37 empty; week 38: a strike (-10).
const c = chronicle({
  events: [event("strike", "military", "2025-09-15", { coding: { cameo: "190" } })],
  statements: [
    statement("threat", "threat", "putin", "2025-09-05", { targets: ["allies"] }),
    statement("offer", "offer", "putin", "2025-09-03"),
    statement("tiny", "comment", "trump", "2025-09-04", { intensity: 0.1 }),
    statement("tiny2", "comment", "trump", "2025-09-04", { intensity: 0.2 }),
  ],
});
const entries = entriesOf(c);

describe("escalationSeries", () => {
  it('escalationSeries(entries, "week") sums intensity per ISO week, empty weeks present as zeros', () => {
    expect(escalationSeries(entries, "week").map((p) => [p.key, p.total, p.count])).toEqual([
      ["2025-W36", -2.7, 4],
      ["2025-W37", 0, 0],
      ["2025-W38", -10, 1],
    ]);
  });

  it("escalationSeries splits each period into conflict (as a positive number) and cooperation", () => {
    const [w36, w37] = escalationSeries(entries, "week");
    expect(w36).toMatchObject({ conflict: 7, cooperation: 4.3, total: -2.7 });
    expect(w37).toMatchObject({ conflict: 0, cooperation: 0, total: 0 });
  });

  it("escalationSeries rounds sums to two decimals (0.1 + 0.2 is 0.3)", () => {
    const day = escalationSeries(entries, "day").find((p) => p.key === "2025-09-04");
    expect(day?.total).toBe(0.3);
  });

  it('escalationSeries(entries, "day") has one point per day of the span', () => {
    const days = escalationSeries(entries, "day");
    expect(days).toHaveLength(13);
    expect(days[0]?.key).toBe("2025-09-03");
    expect(days.at(-1)?.key).toBe("2025-09-15");
    expect(days.reduce((n, p) => n + p.count, 0)).toBe(entries.length);
  });

  it("escalationSeries(entries, unit, zone, range) covers the range, zeros included, and drops entries outside", () => {
    const range = { from: Date.UTC(2025, 8, 1), to: Date.UTC(2025, 8, 10) };
    const weeks = escalationSeries(entries, "week", "UTC", range);
    expect(weeks.map((p) => [p.key, p.count])).toEqual([
      ["2025-W36", 4],
      ["2025-W37", 0],
    ]);
  });

  it("escalationSeries(entries, day, zone) counts each entry in its local day", () => {
    const late = entriesOf(chronicle({ statements: [statement("late", "threat", "putin", "2025-09-05T22:30Z")] }));
    expect(escalationSeries(late, "day", "Europe/Moscow").map((p) => p.key)).toEqual(["2025-09-06"]);
  });

  it("escalationSeries([]) is [], and with a range it is all zeros", () => {
    expect(escalationSeries([], "week")).toEqual([]);
    const zeros = escalationSeries([], "day", "UTC", { from: Date.UTC(2025, 8, 1), to: Date.UTC(2025, 8, 3) });
    expect(zeros.map((p) => [p.key, p.total, p.count])).toEqual([
      ["2025-09-01", 0, 0],
      ["2025-09-02", 0, 0],
      ["2025-09-03", 0, 0],
    ]);
  });

  it("escalationSeries(200,000 entries) works (no argument spreading that overflows the stack)", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...entries[i % entries.length], id: `e${i}` }));
    const series = escalationSeries(many as typeof entries, "week");
    expect(series.reduce((n, p) => n + p.count, 0)).toBe(200_000);
  }, 30_000);

  it("escalationSeries does not mutate its input", () => {
    const before = entries.map((e) => [e.id, e.intensity]);
    escalationSeries(entries, "week");
    expect(entries.map((e) => [e.id, e.intensity])).toEqual(before);
  });
});
