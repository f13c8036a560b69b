import { describe, expect, it } from "vitest";
import { chronicle } from "../../test-fixtures/chronicles.js";
import { checkFilter, readPeriod } from "./check-filter.js";

describe("checkFilter", () => {
  const c = chronicle();

  it("checkFilter(a sound filter) is []", () => {
    expect(
      checkFilter(c, { actors: { speaker: ["putin"] }, kinds: ["threat"], status: ["confirmed"], from: "2025-09" }),
    ).toEqual([]);
  });

  it("checkFilter(unknown actor, kind and status) reports each with the option, its place and a near value", () => {
    const issues = checkFilter(c, {
      actors: { speaker: ["putin", "puttin"] },
      kinds: ["threath"],
      status: ["confirmd"],
    });
    expect(issues).toMatchObject([
      { code: "unknown-actor", path: ["speaker", 1], message: 'unknown actor "puttin"', hint: 'did you mean "putin"?' },
      { code: "unknown-kind", path: ["kinds", 0], hint: 'did you mean "threat"?' },
      { code: "unknown-status", path: ["status", 0], hint: 'did you mean "confirmed"?' },
    ]);
  });

  it("checkFilter(a bad date and a period that ends before it starts) reports both, never throws", () => {
    expect(checkFilter(c, { from: "2025-13" })).toMatchObject([{ code: "invalid-date", path: ["from"] }]);
    expect(checkFilter(c, { from: "2025-09-07", to: "2025-09-01" })).toMatchObject([
      { code: "empty-period", path: ["to"] },
    ]);
  });

  it("checkFilter lists every known kind when the kind is nothing like one", () => {
    expect(checkFilter(c, { kinds: ["zzz"] })[0]?.hint).toMatch(/^kinds: threat, warning/);
  });
});

describe("readPeriod", () => {
  it("readPeriod(months) reads from at the start and to at the end of the month", () => {
    expect(readPeriod({ from: "2025-09", to: "2025-09" }).period).toEqual({
      from: Date.UTC(2025, 8, 1),
      to: Date.UTC(2025, 9, 1) - 1,
    });
  });

  it("readPeriod(a day, in a time zone) reads it in that zone", () => {
    expect(readPeriod({ from: "2025-09-05" }, "Europe/Moscow").period.from).toBe(Date.UTC(2025, 8, 4, 21));
  });

  it("readPeriod(a year written as a number-like string) is that year, never milliseconds", () => {
    expect(readPeriod({ from: "2030" }).period.from).toBe(Date.UTC(2030, 0, 1));
  });
});
