import { describe, expect, test } from "vitest";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { priorities, priorityOf } from "./priority.js";

const chronicle: Chronicle = {
  briefline: 1,
  title: "t",
  actors: [{ id: "a", name: "A", type: "state" }],
  statements: [
    { id: "threat", kind: "threat", speaker: "a", date: "2025-09-01", summary: "x" },
    { id: "comment", kind: "comment", speaker: "a", date: "2025-09-01", summary: "x" },
    { id: "cited", kind: "comment", speaker: "a", date: "2025-09-02", summary: "x" },
    { id: "flagged", kind: "comment", speaker: "a", date: "2025-09-03", summary: "x", highlight: true },
    { id: "offer", kind: "offer", speaker: "a", date: "2025-09-03", summary: "x" },
  ],
  relations: [
    { type: "responds_to", from: "cited", to: "threat" },
    { type: "reiterates", from: "comment", to: "cited" },
  ],
  judgments: [{ id: "j", text: "x", likelihood: "likely", confidence: "low", basis: ["cited"] }],
};

describe("priorities", () => {
  test("priorities(chronicle) puts highlighted items first, then threats, offers, and cited comments above plain ones", () => {
    const p = priorities(chronicle);
    const order = entriesOf(chronicle)
      .map((e) => e.id)
      .sort((a, b) => (p.get(b) as number) - (p.get(a) as number));
    expect(order).toEqual(["flagged", "threat", "offer", "cited", "comment"]);
  });

  test("priorityOf(chronicle) gives one entry's priority by the same rule, without working out the others", () => {
    const of = priorityOf(chronicle);
    for (const e of entriesOf(chronicle)) expect(of(e)).toBe(priorities(chronicle).get(e.id));
    expect(priorityOf(chronicle)).toBe(of);
  });
});
