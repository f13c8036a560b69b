import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chronicle, event, statement } from "../../test-fixtures/chronicles.js";
import { entriesOf } from "../model/entries.js";
import { readPeriod } from "./check-filter.js";
import { filterEntries } from "./filter.js";

// putin threatens the allies, zelensky rejects, trump offers; a summit with putin and trump.
const c = chronicle({
  events: [
    event("alaska", "summit", "2025-08-15", {
      participants: ["putin", "trump"],
      location: { name: "Anchorage" },
      tags: ["us-russia"],
    }),
  ],
  statements: [
    statement("threat", "threat", "putin", "2025-09-05", {
      targets: ["allies"],
      summary: "Foreign troops would be legitimate targets",
      quote: { text: "законные цели", translation: "legitimate targets" },
      conditions: [{ kind: "if", text: "troops deploy while fighting continues" }],
      tags: ["troops"],
    }),
    statement("month", "warning", "putin", "2025-09", {
      targets: ["zelensky"],
      summary: "A warning some time in September",
    }),
    statement("reject", "rejection", "zelensky", "2025-09-04", { targets: ["putin"], status: "disputed" }),
    statement("offer", "offer", "trump", "2025-08-01", { targets: ["putin", "zelensky"], status: "candidate" }),
    statement("open", "comment", "trump", "2025-09-10/..", { summary: "An open-ended comment" }),
  ],
});
const entries = entriesOf(c);
const ids = (list: ReturnType<typeof filterEntries>) => list.map((e) => e.id).sort();

describe("filterEntries: actors", () => {
  it("filterEntries({ actors: [putin] }) keeps entries where putin speaks, is targeted or takes part", () => {
    expect(ids(filterEntries(entries, { actors: ["putin"] }))).toEqual([
      "alaska",
      "month",
      "offer",
      "reject",
      "threat",
    ]);
  });

  it('filterEntries({ actors: [putin], role: "speaker" }) keeps what putin said (and events he took part in)', () => {
    expect(ids(filterEntries(entries, { actors: ["putin"], role: "speaker" }))).toEqual(["alaska", "month", "threat"]);
  });

  it('filterEntries({ actors: [putin], role: "target" }) keeps what was said to putin and events he took part in', () => {
    expect(ids(filterEntries(entries, { actors: ["putin"], role: "target" }))).toEqual(["alaska", "offer", "reject"]);
  });

  it("filterEntries({ actors: [a, b] }) keeps entries involving either", () => {
    expect(ids(filterEntries(entries, { actors: ["zelensky", "allies"], role: "target" }))).toEqual([
      "month",
      "offer",
      "threat",
    ]);
  });

  it("filterEntries({ actors: [] }) does not filter", () => {
    expect(filterEntries(entries, { actors: [] })).toHaveLength(entries.length);
  });
});

describe("filterEntries: kinds, types, tags, status", () => {
  it("filterEntries({ kinds }) keeps those kinds of statement and event", () => {
    expect(ids(filterEntries(entries, { kinds: ["threat", "summit"] }))).toEqual(["alaska", "threat"]);
  });

  it('filterEntries({ types: ["event"] }) keeps events only', () => {
    expect(ids(filterEntries(entries, { types: ["event"] }))).toEqual(["alaska"]);
  });

  it("filterEntries({ tags }) keeps entries with any of the tags", () => {
    expect(ids(filterEntries(entries, { tags: ["troops", "us-russia", "nothing"] }))).toEqual(["alaska", "threat"]);
  });

  it("filterEntries({ status: [confirmed] }) counts a statement without status as confirmed, and events too", () => {
    expect(ids(filterEntries(entries, { status: ["confirmed"] }))).toEqual(["alaska", "month", "open", "threat"]);
    expect(ids(filterEntries(entries, { status: ["candidate", "disputed"] }))).toEqual(["offer", "reject"]);
  });
});

/** The instants of EDTF bounds, as a caller reads them before filtering. */
const within = (from?: string, to?: string, tz = "UTC") =>
  readPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) }, tz).period;

describe("filterEntries: dates overlap", () => {
  it('filterEntries({ from: "2025-09-05" }) keeps a date of "2025-09": it may fall then', () => {
    expect(ids(filterEntries(entries, within("2025-09-05")))).toEqual(["month", "open", "threat"]);
  });

  it('filterEntries({ to: "2025-09-04" }) keeps "2025-09" too, and drops 2025-09-05', () => {
    expect(ids(filterEntries(entries, within(undefined, "2025-09-04")))).toEqual([
      "alaska",
      "month",
      "offer",
      "reject",
    ]);
  });

  it('filterEntries({ from: "2025-09-04", to: "2025-09-04" }) keeps the day and what may contain it', () => {
    expect(ids(filterEntries(entries, within("2025-09-04", "2025-09-04")))).toEqual(["month", "reject"]);
  });

  it('filterEntries({ to: "2025-08" }) reaches the end of August', () => {
    expect(ids(filterEntries(entries, within(undefined, "2025-08")))).toEqual(["alaska", "offer"]);
  });

  it('filterEntries({ from: the start of "2030" }) keeps the open-ended interval only', () => {
    expect(ids(filterEntries(entries, within("2030")))).toEqual(["open"]);
  });

  it("filterEntries({ from: ms, to: ms }) reads instants", () => {
    expect(ids(filterEntries(entries, { from: Date.UTC(2025, 8, 5, 12), to: Date.UTC(2025, 8, 5, 13) }))).toEqual([
      "month",
      "threat",
    ]);
  });

  it("filterEntries(from, in a time zone) reads the bound in that zone", () => {
    const late = entriesOf(chronicle({ statements: [statement("late", "comment", "putin", "2025-09-04T22:30Z")] }));
    // 22:30 UTC on the 4th is already the 5th in Moscow.
    expect(filterEntries(late, within("2025-09-05"))).toHaveLength(0);
    expect(filterEntries(late, within("2025-09-05", undefined, "Europe/Moscow"))).toHaveLength(1);
  });

  it("readPeriod(a bound that is not a date) returns an issue naming it, and leaves that side open", () => {
    const { period, issues } = readPeriod({ from: "2025-13", to: "2025-09" });
    expect(issues).toMatchObject([
      { code: "invalid-date", path: ["from"], message: expect.stringMatching(/no month 13/) },
    ]);
    expect(period.from).toBeUndefined();
    expect(period.to).toBe(Date.UTC(2025, 9, 1) - 1);
  });
});

describe("filterEntries: free text", () => {
  it("filterEntries({ text }) matches summaries case-insensitively", () => {
    expect(ids(filterEntries(entries, { text: "LEGITIMATE" }))).toEqual(["threat"]);
  });

  it("filterEntries({ text }) needs every word, in any field", () => {
    expect(ids(filterEntries(entries, { text: "targets fighting" }))).toEqual(["threat"]);
    expect(ids(filterEntries(entries, { text: "targets peace" }))).toEqual([]);
  });

  it("filterEntries({ text }) searches quotes in any script, translations, conditions and places", () => {
    expect(ids(filterEntries(entries, { text: "ЗАКОННЫЕ" }))).toEqual(["threat"]);
    expect(ids(filterEntries(entries, { text: "anchorage" }))).toEqual(["alaska"]);
    expect(ids(filterEntries(entries, { text: "continues" }))).toEqual(["threat"]);
  });

  it("filterEntries({ text: '  ' }) does not filter", () => {
    expect(filterEntries(entries, { text: "  " })).toHaveLength(entries.length);
  });
});

describe("filterEntries: combined", () => {
  it("filterEntries(every criterion) keeps what meets them all", () => {
    const kept = filterEntries(entries, {
      actors: ["putin"],
      role: "speaker",
      kinds: ["threat", "warning"],
      ...within("2025-09-05"),
      status: ["confirmed"],
      text: "targets",
    });
    expect(ids(kept)).toEqual(["threat"]);
  });

  it("filterEntries keeps the input order and does not mutate the input", () => {
    const before = entries.map((e) => e.id);
    const kept = filterEntries(entries, { actors: ["putin"] });
    expect(kept.map((e) => e.id)).toEqual(before.filter((id) => kept.some((e) => e.id === id)));
    expect(entries.map((e) => e.id)).toEqual(before);
  });

  it("filterEntries({}) keeps everything", () => {
    expect(filterEntries(entries, {})).toEqual(entries);
  });
});

describe("filterEntries: the sorted-index fast path", () => {
  const date = fc.oneof(
    fc.constantFrom(
      "2025",
      "2025-09",
      "2025-09/..",
      "../2025-08-15",
      "2025-08-01/2025-10-01",
      "2025-09-05T11:30+10:00",
    ),
    fc
      .tuple(fc.integer({ min: 7, max: 10 }), fc.integer({ min: 1, max: 28 }))
      .map(([m, d]) => `2025-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  );
  const bound = fc.option(
    fc.oneof(
      fc
        .constantFrom("2025-08", "2025-09-05", "2025", "2024", "2026-01-01", "2025-09-05T12:00Z")
        .map((d) => readPeriod({ from: d }).period.from as number),
      fc.integer({ min: Date.UTC(2025, 6, 1), max: Date.UTC(2025, 10, 1) }),
    ),
    { nil: undefined },
  );

  it("filterEntries(entriesOf(c), dates) keeps exactly what a full scan keeps", () => {
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 30 }), bound, bound, (dates, from, to) => {
        const list = entriesOf(
          chronicle({ statements: dates.map((d, i) => statement(`s${i}`, "comment", "putin", d)) }),
        );
        const filter = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
        const indexed = filterEntries(list, filter).map((e) => e.id);
        const scanned = filterEntries([...list], filter).map((e) => e.id);
        expect(indexed).toEqual(scanned);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
