import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chronicleFromTimelineJs, chronicleToTimelineJs } from "../interop/timelinejs.js";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { sampleChronicle } from "./_fixtures.js";
import { computeLayout } from "./compute-layout.js";
import { defaultLaneMode, groupOf, laneLabel, NO_LANE } from "./lanes.js";

// TimelineJS3's own example of groups (test-fixtures/timelinejs/README.md says where from).
const groupSample = JSON.parse(
  readFileSync(new URL("../../test-fixtures/timelinejs/group_sample.json", import.meta.url), "utf8"),
) as { events: Array<{ group?: string }> };

function imported(): Chronicle {
  const result = chronicleFromTimelineJs(groupSample);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.chronicle;
}

describe("lanes by group", () => {
  it("computeLayout(laneBy: group) gives each TimelineJS group of group_sample.json its own lane", () => {
    const chronicle = imported();
    const layout = computeLayout(chronicle, { width: 900, laneBy: "group" });
    const groups = [...new Set(groupSample.events.map((e) => e.group))];
    expect(groups).toHaveLength(4);
    expect(layout.lanes.map((l) => l.label)).toEqual(groups);
    expect(layout.lanes.every((l) => l.kind === "group")).toBe(true);
    // Every slide sits in the lane of its own group.
    for (const mark of layout.marks) {
      const entry = entriesOf(chronicle).find((e) => e.id === mark.id);
      expect(layout.lanes.find((l) => l.key === mark.lane)?.label).toBe(entry && groupOf(entry));
    }
    expect(layout.marks).toHaveLength(groupSample.events.length);
  });

  it("defaultLaneMode(entries) picks group for an import without actors, speaker otherwise", () => {
    expect(defaultLaneMode(entriesOf(imported()))).toBe("group");
    expect(defaultLaneMode(entriesOf(sampleChronicle()))).toBe("speaker");
    expect(defaultLaneMode([])).toBe("speaker");
  });

  it("groupOf(entry) prefers the imported group, then the first tag; the rest share a 'No group' lane", () => {
    const chronicle: Chronicle = {
      briefline: 1,
      title: "t",
      events: [
        { id: "a", kind: "other", title: "A", date: "2025-01-01", tags: ["x", "y"], attributes: { group: "G" } },
        { id: "b", kind: "other", title: "B", date: "2025-01-02", tags: ["x"] },
        { id: "c", kind: "other", title: "C", date: "2025-01-03" },
      ],
    };
    expect(entriesOf(chronicle).map(groupOf)).toEqual(["G", "x", undefined]);
    const layout = computeLayout(chronicle, { width: 600, laneBy: "group" });
    expect(layout.lanes.map((l) => l.label)).toEqual(["G", "x", "No group"]);
    expect(laneLabel(NO_LANE, "group", {})).toBe("No group");
  });

  it("a round trip through lanes by group still writes each slide's group back", () => {
    const out = chronicleToTimelineJs(imported());
    expect(out.events.map((e) => e.group)).toEqual(groupSample.events.map((e) => e.group));
  });
});
