import { describe, expect, it } from "vitest";
import { chronicle, event, relation, statement } from "../../test-fixtures/chronicles.js";
import { chronicleStats } from "./stats.js";

describe("chronicleStats", () => {
  const c = chronicle({
    events: [event("summit", "summit", "2025-08-15"), event("call", "call", "2025-09-02")],
    statements: [
      statement("t1", "threat", "putin", "2025-09-05", { targets: ["allies"] }),
      statement("t2", "threat", "putin", "2025-09-06", { targets: ["allies"] }),
      statement("o1", "offer", "trump", "2025-08"),
      statement("bad", "comment", "trump", "2025-13"),
    ],
    relations: [relation("reiterates", "t2", "t1")],
    judgments: [{ id: "kj", text: "Moscow will insist.", likelihood: "likely", confidence: "low", basis: ["t1"] }],
  });
  const stats = chronicleStats(c);

  it("chronicleStats counts every collection as written", () => {
    expect(stats).toMatchObject({ actors: 4, sources: 1, events: 2, statements: 4, relations: 1, judgments: 1 });
  });

  it("chronicleStats counts by kind and by speaker (dates that do not parse are left out)", () => {
    expect(stats.byKind).toEqual({ summit: 1, call: 1, threat: 2, offer: 1 });
    expect(stats.bySpeaker).toEqual({ putin: 2, trump: 1 });
  });

  it("chronicleStats counts by month, in month order, a month-precise item in its own month", () => {
    expect(stats.byMonth).toEqual({ "2025-08": 2, "2025-09": 3 });
    expect(Object.keys(stats.byMonth)).toEqual(["2025-08", "2025-09"]);
  });

  it("chronicleStats gives the span from the earliest to the latest instant", () => {
    expect(stats.span).toEqual({ from: "2025-08-01T00:00:00.000Z", to: "2025-09-06T23:59:59.999Z" });
  });

  it("chronicleStats counts months in the chronicle's time zone", () => {
    const moscow = chronicle({
      timezone: "Europe/Moscow",
      statements: [statement("late", "comment", "putin", "2025-08-31T22:30Z")],
    });
    expect(chronicleStats(moscow).byMonth).toEqual({ "2025-09": 1 });
  });

  it("chronicleStats(open-ended dates only) spans what is known of them, not nothing", () => {
    const open = chronicle({ statements: [statement("s", "comment", "putin", "2025-09/..")] });
    expect(chronicleStats(open).span).toEqual({ from: "2025-09-01T00:00:00.000Z", to: "2025-09-30T23:59:59.999Z" });
    const until = chronicle({ statements: [statement("s", "comment", "putin", "../2025-09-05")] });
    expect(chronicleStats(until).span).toEqual({ from: "2025-09-05T00:00:00.000Z", to: "2025-09-05T23:59:59.999Z" });
  });

  it("chronicleStats(an open end next to closed dates) does not stretch the span to infinity", () => {
    const mixed = chronicle({
      statements: [
        statement("a", "comment", "putin", "2025-08-01"),
        statement("b", "comment", "putin", "2025-09-03/.."),
      ],
    });
    expect(chronicleStats(mixed).span).toEqual({ from: "2025-08-01T00:00:00.000Z", to: "2025-09-03T23:59:59.999Z" });
  });

  it("chronicleStats(empty chronicle) is zeros and no span", () => {
    expect(chronicleStats({ briefline: 1, title: "Empty" })).toEqual({
      actors: 0,
      sources: 0,
      events: 0,
      statements: 0,
      relations: 0,
      judgments: 0,
      byKind: {},
      bySpeaker: {},
      byMonth: {},
      span: null,
    });
  });
});
