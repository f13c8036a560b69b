import { describe, expect, test } from "vitest";
import type { Chronicle } from "../model/types.js";
import { computeLayout } from "./compute-layout.js";
import { placeLabels } from "./labels.js";
import type { Lane } from "./types.js";

/** Six threats five days apart in a one-row lane (too close for their words) and one comment alone in another lane. */
function crowded(): Chronicle {
  const day = (d: number) => `2025-09-${String(d).padStart(2, "0")}`;
  return {
    briefline: 1,
    title: "Crowded",
    timezone: "UTC",
    actors: [
      { id: "a", name: "Alpha", type: "person" },
      { id: "b", name: "Beta", type: "person" },
    ],
    statements: [
      ...Array.from({ length: 6 }, (_, i) => ({
        id: `t${i}`,
        kind: "threat" as const,
        speaker: "a",
        date: day(1 + 5 * i),
        summary: `Alpha threatens a very long list of consequences number ${i}`,
      })),
      { id: "quiet", kind: "comment", speaker: "b", date: "2025-09-10", summary: "Beta comments" },
    ],
  };
}

describe("placeLabels", () => {
  const layout = computeLayout(crowded(), { width: 420, labels: false, maxRows: 1 });
  const rowY = (lane: Lane, row: number) => lane.y + 4 + row * 22 + 11;
  const place = (giveUpAfter?: number) =>
    placeLabels(layout.marks, layout.clusters, layout.lanes, {
      measure: (t) => t.length * 6,
      style: { size: 11 },
      range: layout.range,
      rowY,
      ...(giveUpAfter === undefined ? {} : { giveUpAfter }),
    });

  test("tries marks in priority order: the threats first, then the comment where there is room", () => {
    const { labels, hidden } = place();
    expect(labels.map((l) => l.key)).toContain("quiet");
    // The threats come first in the list of the unlabelled, highest priority first.
    expect(hidden.every((k) => k.startsWith("t"))).toBe(true);
  });

  test("stops trying after giveUpAfter tries in a row found no room, and counts the rest as hidden", () => {
    expect(layout.marks.filter((m) => m.family === "threat")).toHaveLength(6);
    expect(place().hidden.length).toBeGreaterThan(2);
    const { labels, hidden } = place(2);
    expect(labels.map((l) => l.key)).not.toContain("quiet");
    expect(hidden).toContain("quiet");
    expect(hidden.length + labels.length).toBe(layout.marks.length);
  });
});
