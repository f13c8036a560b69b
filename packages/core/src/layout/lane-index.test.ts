import { describe, expect, test } from "vitest";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { sampleChronicle } from "./_fixtures.js";
import { laneView, sortLanes } from "./lane-index.js";
import { prepareEntries } from "./prepare.js";
import { FAMILIES } from "./styles.js";

/** The sample with a long event and ties on one day, so order and reach matter. */
function chronicle(): Chronicle {
  const c = sampleChronicle();
  c.events?.push(
    { id: "long", kind: "visit", title: "A long visit", date: "2025-06-01/2025-10-01", participants: ["c", "a"] },
    { id: "tie", kind: "call", title: "A call", date: "2025-09-05", participants: ["a"] },
  );
  return c;
}

describe("sortLanes", () => {
  const prepared = prepareEntries(entriesOf(chronicle()));
  const lanes = prepared.lanes("speaker");
  const sorted = sortLanes(prepared, lanes, FAMILIES.length);
  const membersOf = (l: number) => [...sorted.order.subarray(sorted.start[l], sorted.start[l + 1])];

  test("sortLanes lists each lane's members by anchor, ties in entry order, then every entry once", () => {
    const lanesOfEntry = (i: number) => [lanes.first[i] as number, ...(lanes.more.get(i) ?? [])];
    const byAnchor = (list: number[]) =>
      list.sort((a, b) => (prepared.anchor[a] as number) - (prepared.anchor[b] as number) || a - b);
    for (let l = 0; l < lanes.keys.length; l++) {
      const members = prepared.ids.map((_, i) => i).filter((i) => lanesOfEntry(i).includes(l));
      expect(membersOf(l)).toEqual(byAnchor(members));
    }
    expect(membersOf(lanes.keys.length)).toEqual(byAnchor(prepared.ids.map((_, i) => i)));
  });

  test("sortLanes keeps each position's anchor, and members reaching beyond two months apart", () => {
    for (let pos = 0; pos < sorted.order.length; pos++) {
      expect(sorted.anchor[pos]).toBe(prepared.anchor[sorted.order[pos] as number]);
    }
    const longLanes = [...sorted.long.entries()].filter(([, list]) => list.length).map(([l]) => lanes.keys[l] ?? "all");
    // The four-month visit and the open-ended comment, in their lanes and in the lane of all entries.
    expect(longLanes.sort()).toEqual(["a", "all", "c"].sort());
  });

  test("laneView(sorted, l, d0, d1) finds the members overlapping a window, long ones included", () => {
    const a = lanes.keys.indexOf("a");
    const view = laneView(sorted, prepared, a, Date.UTC(2025, 8, 4), Date.UTC(2025, 8, 6));
    const ids = [
      ...[...sorted.order.subarray(view.lo, view.hi)].map((i) => prepared.ids[i]),
      ...view.extra.map((pos) => prepared.ids[sorted.order[pos] as number]),
    ];
    expect(ids.sort()).toEqual(["long", "t1", "t2", "tie"]);
    expect(view.count).toBe(4);
  });

  test("sortLanes counts each family before every position", () => {
    const F = sorted.families;
    for (let pos = 0; pos < sorted.order.length; pos++) {
      for (let f = 0; f < F; f++) {
        const before = [...sorted.order.subarray(0, pos)].filter((i) => prepared.family[i] === f).length;
        expect(sorted.famCum[pos * F + f]).toBe(before);
      }
    }
  });
});
