import { describe, expect, test } from "vitest";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { computeLayout } from "./compute-layout.js";
import { laneKeysOf } from "./lanes.js";

/** A deterministic chronicle with days, months, intervals, open and long spans, and multi-participant events. */
function mixed(n: number): Chronicle {
  let seed = 7;
  const r = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const date = () => {
    const d = Math.floor(r() * 700);
    const x = r();
    if (x < 0.1) return day(d).slice(0, 7);
    if (x < 0.15) return `${day(d)}/${day(d + 1 + Math.floor(r() * 200))}`;
    if (x < 0.17) return `../${day(d)}`;
    if (x < 0.19) return `${day(d)}/..`;
    if (x < 0.22) return `${day(d)}?`;
    return day(d);
  };
  const actors = ["a", "b", "c", "d"].map((id) => ({ id, name: id.toUpperCase(), type: "person" as const }));
  return {
    briefline: 1,
    title: "Mixed",
    timezone: "UTC",
    actors,
    events: Array.from({ length: Math.floor(n / 10) }, (_, i) => ({
      id: `e${i}`,
      kind: "meeting" as const,
      title: `Event ${i}`,
      date: date(),
      participants: ["a", "b", "c", "d"].filter(() => r() < 0.5),
    })),
    statements: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      kind: (["threat", "offer", "rejection", "comment"] as const)[i % 4] as "threat",
      speaker: ["a", "b", "c", "d"][Math.floor(r() * 4)] as string,
      date: date(),
      summary: `Statement ${i}`,
    })),
  } as Chronicle;
}

describe("computeLayout in dense views", () => {
  const chronicle = mixed(3000);
  const entries = entriesOf(chronicle);
  const domains: Array<[number, number]> = [
    [Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)],
    [Date.UTC(2024, 5, 1), Date.UTC(2024, 8, 1)],
    [Date.UTC(2024, 6, 10), Date.UTC(2024, 6, 12)],
    [Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 15)],
  ];

  test.each(domains)(
    "computeLayout(domain %i–%i) puts each clustered entry in the calendar bin its date falls in, edges on the scale",
    (d0, d1) => {
      const layout = computeLayout(chronicle, { domain: [d0, d1], width: 900, laneBy: "speaker" });
      const byId = new Map(entries.map((e) => [e.id, e]));
      const x = (t: number) => layout.range[0] + ((t - d0) / (d1 - d0)) * (layout.range[1] - layout.range[0]);
      expect(layout.clusters.length).toBeGreaterThan(0);
      for (const c of layout.clusters) {
        const start = Number(c.id.slice(c.id.lastIndexOf(":") + 1));
        // The bin starts at a calendar unit's start (a whole hour at least; UTC here), and
        // the cluster is drawn from there (clipped to the plot).
        expect(start % 3_600_000).toBe(0);
        expect(c.x0).toBeCloseTo(Math.max(layout.range[0], x(start)), 1);
        for (const id of c.ids) {
          const e = byId.get(id);
          if (!e || e.date.interval || e.date.earliest < d0 || e.date.latest > d1) continue; // spans reaching in sit at the edge
          const mid = e.date.earliest + (e.date.latest - e.date.earliest) / 2;
          expect(mid).toBeGreaterThanOrEqual(start);
          expect(x(mid)).toBeLessThanOrEqual(c.x1 + 0.5);
        }
      }
    },
  );

  test.each(domains)(
    "computeLayout(domain %i–%i) counts every overlapping entry once per lane, as marks or in clusters",
    (d0, d1) => {
      for (const maxRows of [1, 3, 50]) {
        const layout = computeLayout(chronicle, { width: 900, domain: [d0, d1], maxRows });
        const overlapping = entries.filter((e) => e.date.latest >= d0 && e.date.earliest <= d1);
        expect(layout.counts.entries).toBe(overlapping.length);
        for (const lane of layout.lanes) {
          const expected = overlapping.filter((e) => laneKeysOf(e, "speaker").includes(lane.key));
          expect(lane.count).toBe(expected.length);
          const marks = layout.marks.filter((m) => m.lane === lane.key);
          const clusters = layout.clusters.filter((c) => c.lane === lane.key);
          const shown = [...marks.map((m) => m.id), ...clusters.flatMap((c) => c.ids)].sort();
          expect(shown).toEqual(expected.map((e) => e.id).sort());
          for (const c of clusters) {
            expect(c.ids).toHaveLength(c.count);
            expect(Object.values(c.families).reduce((s, n) => s + (n ?? 0), 0)).toBe(c.count);
            expect(c.x0).toBeGreaterThanOrEqual(layout.range[0]);
            expect(c.x1).toBeLessThanOrEqual(layout.range[1]);
          }
        }
      }
    },
  );

  test("computeLayout keeps a lane's density strip in one row and its counts in time order", () => {
    const layout = computeLayout(chronicle, { width: 900, domain: domains[0], maxRows: 1 });
    const lane = layout.lanes.find((l) => l.dense);
    expect(lane).toBeDefined();
    const strip = layout.clusters.filter((c) => c.lane === lane?.key);
    expect(new Set(strip.map((c) => c.y)).size).toBe(1);
    expect(strip.map((c) => c.x)).toEqual([...strip.map((c) => c.x)].sort((a, b) => a - b));
  });

  test("a cluster's ids read the same through a Proxy (reactive state in Vue, Svelte or MobX) as on the cluster", () => {
    const layout = computeLayout(mixed(3000), { width: 900, laneBy: "speaker", maxRows: 2 });
    const [a, b] = layout.clusters as [(typeof layout.clusters)[number], (typeof layout.clusters)[number]];
    expect(a.count).toBeGreaterThan(1);
    expect(new Proxy(a, {}).ids).toHaveLength(a.count);
    expect(a.ids).toHaveLength(a.count);
    // Read on the cluster first, then through a proxy: the same ids.
    expect(b.ids).toEqual(new Proxy(b, {}).ids);
    // The hidden source of the ids is not part of the data.
    expect(Object.keys(JSON.parse(JSON.stringify(a))).sort()).toEqual(
      ["count", "families", "id", "ids", "lane", "x", "x0", "x1", "y"].sort(),
    );
  });
});
