import { describe, expect, it } from "vitest";
import { chronicle, event, relation, statement } from "../../test-fixtures/chronicles.js";
import { validateChronicle } from "./validate.js";

// Issue 12, item 7: checks an analyst expects, as warnings with hints.
const warningsOf = (c: ReturnType<typeof chronicle>) => {
  const result = validateChronicle(c);
  expect(result.ok).toBe(true);
  return result.warnings.filter((w) => ["at-date-mismatch", "relation-backwards", "after-sources"].includes(w.code));
};

describe("validateChronicle: dates that contradict each other", () => {
  it("validateChronicle(a statement days away from the event it was said at) warns, naming both dates", () => {
    const c = chronicle({
      events: [event("summit", "summit", "2025-09-05")],
      statements: [statement("s", "threat", "putin", "2025-09-12", { at: "summit", targets: ["allies"] })],
    });
    expect(warningsOf(c)).toMatchObject([
      {
        code: "at-date-mismatch",
        path: ["statements", 0, "at"],
        message: 'statement "s" (2025-09-12) was said at "summit" (2025-09-05), 7 days away',
        hint: expect.stringContaining("shares its date"),
      },
    ]);
  });

  it("validateChronicle(a statement the day after its event, or within a multi-day event) does not warn", () => {
    const c = chronicle({
      events: [event("forum", "forum", "2025-09-03/2025-09-06"), event("call", "call", "2025-09-05")],
      statements: [
        statement("a", "comment", "putin", "2025-09-05", { at: "forum" }),
        statement("b", "comment", "putin", "2025-09-06", { at: "call" }),
      ],
    });
    expect(warningsOf(c)).toEqual([]);
  });

  it("validateChronicle(responds_to from the earlier item to the later one) warns to swap them", () => {
    const c = chronicle({
      statements: [
        statement("early", "comment", "putin", "2025-09-01"),
        statement("late", "threat", "zelensky", "2025-09-05", { targets: ["putin"] }),
      ],
      relations: [relation("responds_to", "early", "late")],
    });
    expect(warningsOf(c)).toMatchObject([
      { code: "relation-backwards", path: ["relations", 0], hint: expect.stringContaining("swap them") },
    ]);
  });

  it("validateChronicle(an item dated after the publication of every source it cites) warns", () => {
    const c = chronicle({
      sources: [
        { id: "wire", title: "A wire report", reliability: "B", published: "2025-08-08" },
        { id: "paper", title: "A paper", reliability: "C", published: "2025-08-10" },
      ],
      statements: [
        statement("call", "comment", "trump", "2025-08-12", { sources: [{ source: "wire" }, { source: "paper" }] }),
        statement("ok", "comment", "trump", "2025-08-09", { sources: [{ source: "wire" }, { source: "paper" }] }),
      ],
    });
    expect(warningsOf(c)).toMatchObject([
      {
        code: "after-sources",
        path: ["statements", 0, "date"],
        message: expect.stringContaining('the latest, "paper", on 2025-08-10'),
        hint: expect.stringContaining("cannot report what had not happened"),
      },
    ]);
  });

  it("validateChronicle(a source without a publication date) makes no claim about the items citing it", () => {
    const c = chronicle({ statements: [statement("call", "comment", "trump", "2030-01-01")] });
    expect(warningsOf(c)).toEqual([]);
  });
});
