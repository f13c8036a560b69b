import { describe, expect, it } from "vitest";
import { errorsOf } from "../../test-fixtures/issues.js";

// Issue 12, item 6: a user must see every problem of a file in one run, in file order.
const THREE_KINDS = `briefline: 1
title: Three mistakes
actors:
  - { id: putin, name: Vladimir Putin, type: person }
statements:
  - id: a
    kind: threat
    speaker: putin
    date: 2017-02-30
    summary: A date error first.
  - id: b
    kind: threat
    speaker: putn
    date: 2017-03-01
    summary: A reference error second.
  - id: c
    kind: threath
    speaker: putin
    date: 2017-03-02
    summary: A structural error last.
`;

describe("parseChronicle: every phase in one run", () => {
  it("parseChronicle(one date, one reference and one structural error) reports all three in line order", () => {
    const errors = errorsOf(THREE_KINDS);
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ["invalid-date", 9],
      ["unknown-reference", 13],
      ["invalid-value", 17],
    ]);
  });

  it("parseChronicle(an item with an unknown kind and a bad date) reports both at once", () => {
    const text = THREE_KINDS.replace("date: 2017-03-02", "date: 2017-13-01");
    const errors = errorsOf(text).filter((e) => e.path[1] === 2);
    expect(errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["invalid-value", "statements.2.kind"],
      ["invalid-date", "statements.2.date"],
    ]);
  });

  it("parseChronicle(bad dates in a source, an event and a judgment with structural errors) reports the dates too", () => {
    const text = `briefline: 1
title: Dates in broken items
actors:
  - { id: putin, name: Vladimir Putin, type: person }
sources:
  - { id: w, title: Wire, published: 2017-13-01, reliability: Z }
events:
  - { id: e, kind: meetng, title: Meeting, date: 2017-02-30 }
`;
    expect(errorsOf(text).map((e) => e.path.join("."))).toEqual([
      "sources.0.published",
      "sources.0.reliability",
      "events.0.kind",
      "events.0.date",
    ]);
  });
});
