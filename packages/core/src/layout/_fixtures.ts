import type { Chronicle } from "../model/types.js";

/**
 * A small chronicle covering the cases the layout must handle: two statements on the
 * same day (packing), a multi-participant event (linked marks), a month-precise date
 * (span), an uncertain date, an open interval, and a relation.
 */
export function sampleChronicle(): Chronicle {
  return {
    briefline: 1,
    title: "Layout fixture",
    timezone: "UTC",
    actors: [
      { id: "a", name: "Alpha", type: "person" },
      { id: "b", name: "Beta", type: "person" },
      { id: "c", name: "Gamma", type: "state" },
    ],
    events: [{ id: "summit", kind: "summit", title: "Summit", date: "2025-09-10", participants: ["a", "b"] }],
    statements: [
      { id: "t1", kind: "threat", speaker: "a", targets: ["c"], date: "2025-09-05", summary: "Threat one" },
      { id: "t2", kind: "warning", speaker: "a", targets: ["c"], date: "2025-09-05", summary: "Warning two" },
      {
        id: "o1",
        kind: "offer",
        speaker: "b",
        targets: ["a"],
        date: "2025-09",
        summary: "An offer some time in September",
      },
      { id: "r1", kind: "rejection", speaker: "c", targets: ["b"], date: "2025-09-20?", summary: "Rejection" },
      { id: "p1", kind: "comment", speaker: "c", date: "../2025-09-15", summary: "Open start" },
    ],
    relations: [{ type: "rejects", from: "r1", to: "o1" }],
  };
}
