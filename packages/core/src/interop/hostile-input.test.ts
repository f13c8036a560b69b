import { describe, expect, it } from "vitest";
import { chronicleStats } from "../query/stats.js";
import { chronicleFromAcled } from "./acled.js";
import { chronicleFromTimelineJs } from "./timelinejs.js";

// Issue 11: lookups by the file's own strings and fields of the wrong type crashed the
// converters (exit 3: "function is not iterable", "s.replace is not a function").
const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];

describe("chronicleFromAcled(rows naming prototype properties)", () => {
  for (const name of PROTOTYPE_NAMES) {
    it(`chronicleFromAcled(event_type and sub_event_type "${name}") imports an event of kind other`, () => {
      const csv = `event_id_cnty,event_date,event_type,sub_event_type,actor1\nX1,2025-09-05,${name},${name},Someone\n`;
      const result = chronicleFromAcled(csv);
      if (!result.ok) throw new Error(result.errors[0]?.message);
      expect(result.chronicle.events?.[0]).toMatchObject({ kind: "other", coding: { cameo: "010" } });
    });
  }
});

describe("chronicleFromTimelineJs(fields of the wrong type)", () => {
  const slide = (extra: Record<string, unknown>) => ({
    events: [{ start_date: { year: 2025, month: 9, day: 5 }, ...extra }],
  });

  it("chronicleFromTimelineJs(a numeric headline) reads it as text", () => {
    const result = chronicleFromTimelineJs(slide({ text: { headline: 42 } }));
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.chronicle.events?.[0]?.title).toBe("42");
  });

  it.each([
    ["an array text", { text: { text: ["a", "b"] } }, ["events", 0, "text", "text"], /expected text, found a list/],
    ["an object unique_id", { unique_id: { id: 1 } }, ["events", 0, "unique_id"], /expected text, found an object/],
    ["a text that is a string", { text: "plain" }, ["events", 0, "text"], /expected an object/],
    ["a boolean group", { group: true }, ["events", 0, "group"], /expected text, found boolean true/],
  ])("chronicleFromTimelineJs(%s) is an issue at its path, not a crash", (_, extra, path, message) => {
    const result = chronicleFromTimelineJs(slide(extra));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toEqual(path);
    expect(result.errors[0]?.message).toMatch(message);
    expect(result.errors[0]?.hint).toBeTruthy();
  });

  it("chronicleFromTimelineJs(an object title headline) is an issue at title.text.headline", () => {
    const result = chronicleFromTimelineJs({ ...slide({}), title: { text: { headline: {} } } });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([["title", "text", "headline"]]);
  });

  it("chronicleFromTimelineJs(&#99999999; and &#0;) reads them as U+FFFD", () => {
    const result = chronicleFromTimelineJs(slide({ text: { headline: "a&#99999999;b&#0;c&#55296;d&#233;" } }));
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.chronicle.events?.[0]?.title).toBe("a\uFFFDb\uFFFDc\uFFFDdé");
  });
});

describe("chronicleStats(actors named after prototype properties)", () => {
  it("chronicleStats(a speaker called constructor) counts from zero", () => {
    const stats = chronicleStats({
      briefline: 1,
      title: "t",
      actors: [{ id: "constructor", name: "C", type: "person" }],
      statements: [
        { id: "s", kind: "threat", speaker: "constructor", date: "2025-09-05", summary: "x" },
        { id: "t", kind: "threat", speaker: "constructor", date: "2025-09-06", summary: "y" },
      ],
    });
    expect(stats.bySpeaker.constructor).toBe(2);
  });
});
