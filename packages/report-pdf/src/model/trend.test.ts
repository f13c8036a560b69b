import type { Chronicle, Statement } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { ISSUED, readPdf } from "../_test/pdf.js";
import { renderBriefing } from "../index.js";
import { resolveScope } from "./scope.js";
import { comparison, computeTrend } from "./trend.js";

// Issue 12, item 8: with nothing before the period, the verdict compared the last 7
// days with the 7 before and called the week of a declaration-of-war claim "improved".
const sources = [{ source: "wire" }];
const say = (id: string, date: string, kind: Statement["kind"], summary: string): Statement => ({
  id,
  kind,
  speaker: "kim",
  targets: ["usa"],
  date,
  summary,
  sources,
});
const WAR: Chronicle = {
  briefline: 1,
  title: "Korean peninsula, August 2017",
  actors: [
    { id: "kim", name: "Kim Jong Un", type: "person" },
    { id: "usa", name: "United States", type: "state" },
  ],
  sources: [{ id: "wire", title: "Wire", reliability: "B" }],
  statements: [
    say("a", "2017-08-01", "comment", "Opening remark"),
    say("t1", "2017-08-09", "threat", "Guam envelopment plan"),
    say("t2", "2017-08-10", "threat", "Plan to be ready by mid-August"),
    say("t3", "2017-08-11", "threat", "Warning of a merciless strike"),
    say("war", "2017-08-20", "threat", "The United States has declared war"),
  ],
};

describe("computeTrend", () => {
  it("computeTrend(one item in the last seven days) refuses to call a trend: too few items", () => {
    const trend = computeTrend(resolveScope(WAR, {}), "UTC");
    expect(trend.basis).toBe("week");
    expect(trend.current.count).toBe(1);
    expect(trend.verdict).toBe("no-basis");
    expect(trend.tooFew).toBe(true);
  });

  it("comparison(trend) says which days are compared with which", () => {
    const trend = computeTrend(resolveScope(WAR, {}), "UTC");
    expect(comparison(trend, (w) => `${new Date(w.from).toISOString().slice(0, 10)}..`)).toBe(
      "its last seven days (2017-08-14..) with the seven before (2017-08-07..), as nothing precedes the period",
    );
  });
});

describe("the bottom line's trend sentence", () => {
  it("renderBriefing(a week with a declaration-of-war claim and nothing else) does not call it improved", async () => {
    const pdf = await readPdf(await renderBriefing(WAR, { creationDate: ISSUED }));
    const text = pdf.pages.join("\n").replace(/\s+/g, " ");
    expect(text).not.toMatch(/situation improved/);
    expect(text).toContain("No trend is called: comparing its last seven days");
  });
});
