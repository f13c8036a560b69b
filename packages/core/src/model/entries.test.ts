import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chronicle, event, statement } from "../../test-fixtures/chronicles.js";
import { compareDates } from "../dates/compare.js";
import { entriesOf } from "./entries.js";

const c = chronicle({
  timezone: "Europe/Moscow",
  events: [event("forum", "forum", "2025-09-05", { participants: ["putin"], tags: ["eef"] })],
  statements: [
    statement("threat", "threat", "putin", "2025-09-05", { targets: ["allies", "zelensky"], tags: ["troops"] }),
    statement("offer", "offer", "putin", "2025-09-03", { status: "candidate", coding: { cameo: "036" } }),
    statement("broken", "comment", "trump", "2025-02-30"),
  ],
});

describe("entriesOf", () => {
  const entries = entriesOf(c);
  const entry = (id: string) => entries.find((e) => e.id === id);

  it("entriesOf(chronicle) lists statements and events in date order, an event first on the same date", () => {
    expect(entries.map((e) => [e.id, e.type])).toEqual([
      ["offer", "statement"],
      ["forum", "event"],
      ["threat", "statement"],
    ]);
  });

  it("entriesOf orders as a stable sort by earliest, then latest instant, events before statements on a tie", () => {
    const date = fc.constantFrom(
      "2025",
      "2025-09",
      "2025-09-05",
      "2025-09-05?",
      "2025-09-05T10:00+03:00",
      "2025-09-05T07:00Z",
      "2025-09/2025-10",
      "2025-09-05/..",
      "../2025-09-05",
      "2024-12-31",
    );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 40 }), fc.array(date, { maxLength: 10 }), (sDates, eDates) => {
        const c2 = chronicle({
          events: eDates.map((d, i) => event(`e${i}`, "meeting", d)),
          statements: sDates.map((d, i) => statement(`s${i}`, "comment", "putin", d)),
        });
        const all = entriesOf(c2);
        const events = all
          .filter((e) => e.type === "event")
          .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
        const statements = all
          .filter((e) => e.type === "statement")
          .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
        const expected = [...events, ...statements].sort((a, b) => compareDates(a.date, b.date));
        expect(all.map((e) => e.id)).toEqual(expected.map((e) => e.id));
      }),
      { numRuns: 300 },
    );
  });

  it("entriesOf leaves out items whose date does not parse (validation reports them)", () => {
    expect(entry("broken")).toBeUndefined();
  });

  it("entriesOf parses dates in the chronicle's time zone", () => {
    expect(new Date(entry("threat")?.date.earliest ?? 0).toISOString()).toBe("2025-09-04T21:00:00.000Z");
  });

  it("entriesOf gives a statement its speaker, targets and every actor involved", () => {
    expect(entry("threat")).toMatchObject({
      kind: "threat",
      speaker: "putin",
      targets: ["allies", "zelensky"],
      actors: ["putin", "allies", "zelensky"],
      title: "putin threat (threat)",
      tags: ["troops"],
    });
  });

  it("entriesOf gives an event its participants as targets and actors, and no speaker", () => {
    const forum = entry("forum");
    expect(forum).toMatchObject({ targets: ["putin"], actors: ["putin"], title: "forum forum", tags: ["eef"] });
    expect(forum?.speaker).toBeUndefined();
  });

  it("entriesOf fills in effective values: status confirmed by default, intensity from coding or kind", () => {
    expect(entry("threat")).toMatchObject({ status: "confirmed", intensity: -7 });
    expect(entry("offer")).toMatchObject({ status: "candidate", intensity: 4 });
    expect(entry("forum")).toMatchObject({ status: "confirmed", intensity: 0 });
  });

  it("entriesOf takes an event's status from the event, like a statement's", () => {
    const withCandidate = chronicle({
      events: [event("talks", "meeting", "2025-09-05", { status: "candidate" }), event("forum", "forum", "2025-09-05")],
    });
    expect(entriesOf(withCandidate).map((e) => [e.id, e.status])).toEqual([
      ["talks", "candidate"],
      ["forum", "confirmed"],
    ]);
  });

  it("entriesOf keeps a reference to the item it came from", () => {
    expect(entry("threat")?.statement).toBe(c.statements?.[0]);
    expect(entry("forum")?.event).toBe(c.events?.[0]);
  });

  it("entriesOf(the same chronicle) returns the cached list; another chronicle object gets its own", () => {
    expect(entriesOf(c)).toBe(entries);
    expect(entriesOf(structuredClone(c))).not.toBe(entries);
  });

  it("entriesOf(empty chronicle) is []", () => {
    expect(entriesOf({ briefline: 1, title: "T" })).toEqual([]);
  });

  it("entriesOf does not mutate the chronicle", () => {
    const copy = structuredClone(c);
    const before = structuredClone(copy);
    entriesOf(copy);
    expect(copy).toEqual(before);
  });
});
