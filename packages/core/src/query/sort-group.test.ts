import { describe, expect, it } from "vitest";
import { chronicle, event, statement } from "../../test-fixtures/chronicles.js";
import { entriesOf } from "../model/entries.js";
import { groupByPeriod, sortEntries } from "./sort-group.js";

const c = chronicle({
  events: [event("summit", "summit", "2025-08-15", { participants: ["putin", "trump"] })],
  statements: [
    statement("threat", "threat", "putin", "2025-09-05", { targets: ["allies"] }),
    statement("offer", "offer", "trump", "2025-09-03"),
    statement("month", "warning", "putin", "2025-09"),
    statement("praise", "praise", "putin", "2025-09-05", { intensity: 5 }),
  ],
});
const entries = entriesOf(c);
const ids = (list: Array<{ id: string }>) => list.map((e) => e.id);

describe("sortEntries", () => {
  it('sortEntries(entries) orders by date, the more precise first when two start together ("2025-09-05" in "2025-09")', () => {
    expect(ids(sortEntries(entries))).toEqual(["summit", "month", "offer", "threat", "praise"]);
  });

  it('sortEntries(entries, "-date") puts the latest start first (ties keep their order)', () => {
    expect(ids(sortEntries(entries, "-date"))).toEqual(["threat", "praise", "offer", "month", "summit"]);
  });

  it('sortEntries(entries, "intensity") puts the most hostile first', () => {
    expect(ids(sortEntries(entries, "intensity"))).toEqual(["threat", "month", "summit", "offer", "praise"]);
  });

  it('sortEntries(entries, "-intensity") puts the most cooperative first', () => {
    expect(ids(sortEntries(entries, "-intensity"))).toEqual(["praise", "offer", "summit", "month", "threat"]);
  });

  it('sortEntries(entries, "kind") orders by kind name, then date', () => {
    expect(ids(sortEntries(entries, "kind"))).toEqual(["offer", "praise", "summit", "threat", "month"]);
  });

  it("sortEntries does not mutate the input", () => {
    const input = [...entries].reverse();
    const before = ids(input);
    const sorted = sortEntries(input, "intensity");
    expect(ids(input)).toEqual(before);
    expect(sorted).not.toBe(input);
  });

  it("sortEntries([]) is []", () => {
    expect(sortEntries([])).toEqual([]);
  });
});

describe("groupByPeriod", () => {
  it('groupByPeriod(entries, "month") groups by calendar month, in order', () => {
    expect(groupByPeriod(entries, "month").map((g) => [g.key, ids(g.entries)])).toEqual([
      ["2025-08", ["summit"]],
      ["2025-09", ["month", "offer", "threat", "praise"]],
    ]);
  });

  it('groupByPeriod(entries, "week") places a month-precise date at its midpoint, not on the 1st', () => {
    expect(groupByPeriod(entries, "week").map((g) => [g.key, ids(g.entries)])).toEqual([
      ["2025-W33", ["summit"]],
      ["2025-W36", ["offer", "threat", "praise"]],
      ["2025-W38", ["month"]],
    ]);
  });

  it('groupByPeriod(entries, "day") leaves empty days out', () => {
    expect(groupByPeriod(entries, "day").map((g) => g.key)).toEqual([
      "2025-08-15",
      "2025-09-03",
      "2025-09-05",
      "2025-09-15",
    ]);
  });

  it("groupByPeriod(entries, day, zone) groups by the local day of that zone", () => {
    const late = entriesOf(chronicle({ statements: [statement("late", "comment", "putin", "2025-09-05T22:30Z")] }));
    expect(groupByPeriod(late, "day").map((g) => g.key)).toEqual(["2025-09-05"]);
    expect(groupByPeriod(late, "day", "Europe/Moscow").map((g) => g.key)).toEqual(["2025-09-06"]);
    expect(groupByPeriod(late, "day", "America/New_York").map((g) => g.key)).toEqual(["2025-09-05"]);
  });

  it("groupByPeriod(an interval) places it at its midpoint; an open interval at its known end", () => {
    const list = entriesOf(
      chronicle({
        statements: [
          statement("span", "comment", "putin", "2025-09-01/2025-09-03"),
          statement("until", "comment", "putin", "../2025-09-20"),
        ],
      }),
    );
    expect(groupByPeriod(list, "day").map((g) => [g.key, ids(g.entries)])).toEqual([
      ["2025-09-02", ["span"]],
      ["2025-09-20", ["until"]],
    ]);
  });

  it("groupByPeriod gives each group its period's bounds", () => {
    const [group] = groupByPeriod(entries, "month");
    expect(group).toMatchObject({ key: "2025-08", start: Date.UTC(2025, 7, 1), end: Date.UTC(2025, 8, 1) });
  });

  it("groupByPeriod does not mutate the input", () => {
    const before = ids(entries);
    groupByPeriod(entries, "week");
    expect(ids(entries)).toEqual(before);
  });
});
