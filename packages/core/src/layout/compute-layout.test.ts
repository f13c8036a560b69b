import { describe, expect, test } from "vitest";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { sampleChronicle } from "./_fixtures.js";
import { computeLayout } from "./compute-layout.js";
import type { Mark } from "./types.js";

const SEP = (d: number, h = 0) => Date.UTC(2025, 8, d, h);
const domain: [number, number] = [SEP(1), SEP(30)];

function overlaps(a: Mark, b: Mark): boolean {
  const lo = (m: Mark) => Math.min(m.x0, m.x - m.size / 2);
  const hi = (m: Mark) => Math.max(m.x1, m.x + m.size / 2);
  return a.lane === b.lane && a.row === b.row && lo(a) < hi(b) && lo(b) < hi(a);
}

describe("computeLayout", () => {
  test("computeLayout(width) maps the domain onto the range right of the labels", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain, labelWidth: 100, marginRight: 20 });
    expect(layout.range).toEqual([100, 780]);
    expect(layout.domain).toEqual(domain);
    const t1 = layout.marks.find((m) => m.id === "t1") as Mark;
    // 5 September is one day: its middle is at 4.5 days of 29.
    expect(t1.x).toBeCloseTo(100 + (680 * 4.5) / 29, 1);
  });

  test("computeLayout(laneBy: speaker) puts statements in their speaker's lane and events in each participant's", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain });
    expect(layout.lanes.map((l) => l.label)).toEqual(["Alpha", "Beta", "Gamma"]);
    const summit = layout.marks.filter((m) => m.id === "summit");
    expect(summit.map((m) => m.lane)).toEqual(["a", "b"]);
    expect(summit.every((m) => m.linked)).toBe(true);
    expect(new Set(layout.marks.map((m) => m.key)).size).toBe(layout.marks.length);
  });

  test("computeLayout(laneBy: target) puts statements in their targets' lanes, and those without in 'No target'", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain, laneBy: "target" });
    expect(layout.lanes.map((l) => l.label)).toEqual(["Alpha", "Beta", "Gamma", "No target"]);
    expect(layout.marks.find((m) => m.id === "p1")?.lane).toBe("_none");
  });

  test("computeLayout(laneBy: kind) orders kind lanes by family", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain, laneBy: "kind" });
    expect(layout.lanes.map((l) => l.key)).toEqual(["threat", "warning", "offer", "summit", "rejection", "comment"]);
  });

  test("computeLayout packs marks of the same day into separate rows so none overlap", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain });
    const t1 = layout.marks.find((m) => m.id === "t1") as Mark;
    const t2 = layout.marks.find((m) => m.id === "t2") as Mark;
    expect(t1.row).not.toBe(t2.row);
    expect(t1.y).not.toBe(t2.y);
    for (const a of layout.marks) for (const b of layout.marks) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  test("computeLayout draws a month-precise date as a month-long span and flags fuzzy dates", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain: [SEP(1), Date.UTC(2025, 9, 1)] });
    const o1 = layout.marks.find((m) => m.id === "o1") as Mark;
    expect(o1.span).toBe(true);
    expect(o1.x0).toBe(layout.range[0]);
    expect(o1.x1).toBeCloseTo(layout.range[1], 0);
    expect(o1.precision).toBe("month");
    expect(layout.marks.find((m) => m.id === "r1")?.fuzzy).toBe("uncertain");
    expect(layout.marks.find((m) => m.id === "t1")?.fuzzy).toBeNull();
  });

  test("computeLayout clips an open start to the domain's edge", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain });
    const p1 = layout.marks.find((m) => m.id === "p1") as Mark;
    expect(p1.openStart).toBe(true);
    expect(p1.x0).toBe(layout.range[0]);
    expect(p1.x).toBeCloseTo(100 + 0, -3); // anchored at its known end, inside the range
    expect(p1.x).toBeLessThanOrEqual(p1.x1);
  });

  test("computeLayout leaves out entries outside the domain but keeps their lanes", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain: [SEP(4), SEP(6)] });
    expect(layout.marks.map((m) => m.id).sort()).toEqual(["o1", "p1", "t1", "t2"]);
    expect(layout.lanes.find((l) => l.key === "b")?.count).toBe(1);
    expect(layout.counts.entries).toBe(4);
  });

  test("computeLayout(maxRows) aggregates what would need more rows into clusters with counts", () => {
    const many: Chronicle = {
      ...sampleChronicle(),
      statements: Array.from({ length: 30 }, (_, i) => ({
        id: `s${i}`,
        kind: i % 2 ? "threat" : "offer",
        speaker: "a",
        date: "2025-09-05",
        summary: `Statement ${i}`,
      })),
      events: [],
      relations: [],
    } as Chronicle;
    const layout = computeLayout(many, { width: 800, domain, maxRows: 3 });
    expect(layout.marks).toHaveLength(3);
    expect(layout.clusters).toHaveLength(1);
    const cluster = layout.clusters[0];
    expect(cluster?.count).toBe(27);
    expect(cluster?.ids).toHaveLength(27);
    expect((cluster?.families.threat ?? 0) + (cluster?.families.offer ?? 0)).toBe(27);
    expect(layout.lanes[0]?.clusterRow).toBe(3);
    expect(layout.counts).toEqual({ entries: 30, marks: 3, clustered: 27 });
  });

  test("computeLayout turns a lane with more items than its rows can show into a density strip", () => {
    const many: Chronicle = {
      ...sampleChronicle(),
      statements: Array.from({ length: 3000 }, (_, i) => ({
        id: `s${i}`,
        kind: "threat",
        speaker: i % 100 ? "a" : "b",
        date: `2025-09-${String(1 + (i % 29)).padStart(2, "0")}`,
        summary: `Statement ${i}`,
      })),
      events: [],
      relations: [],
    } as Chronicle;
    const layout = computeLayout(many, { width: 800, domain, maxRows: 4 });
    const a = layout.lanes.find((l) => l.key === "a");
    const b = layout.lanes.find((l) => l.key === "b");
    expect(a?.dense).toBe(true);
    expect(a?.rows).toBe(1);
    expect(layout.marks.some((m) => m.lane === "a")).toBe(false);
    expect(layout.clusters.filter((c) => c.lane === "a").reduce((n, c) => n + c.count, 0)).toBe(2970);
    expect(b?.dense).toBe(false);
    expect(layout.counts.entries).toBe(3000);
    // Zoomed in to one day, lane a has few enough items to show them.
    const day = computeLayout(many, { width: 800, domain: [SEP(5), SEP(6)], maxRows: 200 });
    expect(day.lanes.find((l) => l.key === "a")?.dense).toBe(false);
    expect(day.marks.filter((m) => m.lane === "a").length).toBeGreaterThan(50);
  });

  test("computeLayout(arcs) draws relation arcs from the earlier item to the later", () => {
    const none = computeLayout(sampleChronicle(), { width: 800, domain });
    expect(none.arcs).toEqual([]);
    const layout = computeLayout(sampleChronicle(), { width: 800, domain, arcs: ["o1"] });
    expect(layout.arcs).toHaveLength(1);
    const o1 = layout.marks.find((m) => m.id === "o1") as Mark;
    expect(layout.arcs[0]?.path.startsWith(`M${o1.x},${o1.y}C`)).toBe(true);
  });

  test("computeLayout(entries) lays out only the entries given (a query's result)", () => {
    const c = sampleChronicle();
    const threats = entriesOf(c).filter((e) => e.kind === "threat");
    const layout = computeLayout(c, { width: 800, entries: threats });
    expect(layout.marks.map((m) => m.id)).toEqual(["t1"]);
    expect(layout.lanes.map((l) => l.key)).toEqual(["a"]);
    expect(layout.domain[0]).toBeLessThan(SEP(5));
    expect(layout.domain[1]).toBeGreaterThan(SEP(6));
  });

  test("computeLayout gives each family its shape and colour, and a legend of five", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain });
    const byId = (id: string) => layout.marks.find((m) => m.id === id) as Mark;
    expect(byId("t1").shape).toBe("triangle-down");
    expect(byId("o1").shape).toBe("circle");
    expect(byId("summit").shape).toBe("square");
    expect(byId("r1").shape).toBe("cross");
    expect(byId("p1").shape).toBe("diamond");
    expect(layout.legend.map((l) => l.family)).toEqual(["threat", "offer", "meeting", "rejection", "other"]);
    expect(new Set(layout.legend.map((l) => l.color)).size).toBe(5);
  });

  test("computeLayout stacks escalation, axis and lanes without gaps", () => {
    const layout = computeLayout(sampleChronicle(), { width: 800, domain, escalationHeight: 50, axisHeight: 30 });
    expect(layout.escalation?.y).toBe(0);
    expect(layout.axis.y).toBe(50);
    expect(layout.lanes[0]?.y).toBe(80);
    const last = layout.lanes[layout.lanes.length - 1];
    expect(layout.height).toBe((last?.y ?? 0) + (last?.height ?? 0));
    expect(computeLayout(sampleChronicle(), { width: 800, domain, escalationHeight: 0 }).escalation).toBeNull();
  });

  test("computeLayout rejects an empty domain and lays out an empty chronicle", () => {
    expect(() => computeLayout(sampleChronicle(), { width: 800, domain: [SEP(2), SEP(1)] })).toThrow(RangeError);
    const empty = computeLayout({ briefline: 1, title: "Empty" }, { width: 800 });
    expect(empty.marks).toEqual([]);
    expect(empty.lanes).toEqual([]);
    expect(empty.axis.ticks.length).toBeGreaterThan(0);
  });

  test("computeLayout does not mutate the chronicle", () => {
    const c = sampleChronicle();
    const before = JSON.stringify(c);
    computeLayout(c, { width: 800, arcs: "all", laneBy: "target" });
    expect(JSON.stringify(c)).toBe(before);
  });
});
