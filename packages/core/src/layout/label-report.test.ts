import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { parseChronicle } from "../parse/parse-chronicle.js";
import { computeLayout } from "./compute-layout.js";
import { labelReport } from "./label-report.js";
import { storyDomain } from "./story-domain.js";
import type { Layout } from "./types.js";

function load(path: string): Chronicle {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const result = parseChronicle(readFileSync(file, "utf8"), { filename: file });
  if (!result.ok) throw new Error(`${path} does not validate`);
  return result.chronicle;
}
const example = load("../../../../examples/eef-2025/chronicle.yaml");
const korea = load("../../../../examples/korea-2017/chronicle.yaml");

/** `n` statements and events by `actors` actors over `days` days, from a seed: a crowded, varied chronicle. */
function generated(n: number, actors: number, days: number, seed: number): Chronicle {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const kinds = ["threat", "warning", "ultimatum", "offer", "rejection", "comment", "praise", "demand"] as const;
  const words = ["troops", "border", "sanctions", "talks", "ceasefire", "missiles", "deadline", "summit", "drills"];
  const summary = () =>
    Array.from({ length: 4 + Math.floor(next() * 10) }, () => words[Math.floor(next() * words.length)]).join(" ");
  const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  return {
    briefline: 1,
    title: `Generated ${n}`,
    actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, name: `Actor number ${i}`, type: "state" })),
    statements: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      kind: kinds[Math.floor(next() * kinds.length)] as (typeof kinds)[number],
      speaker: `a${Math.floor(next() * actors)}`,
      date: day(Math.floor(next() ** 2 * days)),
      summary: `${i}: ${summary()}`,
      intensity: Math.round(next() * 20 - 10),
    })),
  };
}

function clean(layout: Layout) {
  const r = labelReport(layout);
  expect(r.labelOverlaps).toEqual([]);
  expect(r.markOverlaps).toEqual([]);
  expect(r.outside).toEqual([]);
  return r;
}

describe("labelReport", () => {
  test("labelReport(layout) finds labels that overlap labels, cover marks or leave the plot", () => {
    const layout = computeLayout(korea, { width: 1000 });
    const [a, b] = layout.labels as [Layout["labels"][number], Layout["labels"][number]];
    const mark = layout.marks.find((m) => m.key !== a.key) as Layout["marks"][number];
    const broken: Layout = {
      ...layout,
      labels: [
        a,
        { ...b, x: a.x + 2, y: a.y },
        { ...b, key: "covers", x: mark.x - 2, y: mark.y },
        { ...b, key: "out", x: layout.range[1] - 3 },
      ],
    };
    const r = labelReport(broken);
    expect(r.labelOverlaps.map(([x, y]) => [x, y].sort())).toContainEqual([a.key, b.key].sort());
    expect(r.markOverlaps.some(([l]) => l === "covers")).toBe(true);
    expect(r.outside).toContain("out");
  });

  test("labelReport(random labels, marks, bars and badges) finds exactly the overlaps a check of every pair finds", () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 30; round++) {
      const n = 20 + Math.floor(next() * 120);
      const at = () => Math.round(next() * 400 * 4) / 4; // quarter pixels: edges that touch exactly
      const labels = Array.from({ length: n }, (_, i) => ({
        key: `m${i}`,
        text: "x",
        kind: "words" as const,
        x: at(),
        y: at() / 4,
        width: 5 + next() * 60,
        height: 8 + next() * 6,
        leader: null,
        priority: 0,
      }));
      const marks = Array.from({ length: n }, (_, i) => {
        const x = at();
        const span = next() < 0.3;
        return {
          key: i % 3 ? `m${i}` : `other${i}`,
          id: `m${i}`,
          x,
          y: at() / 4,
          size: 4 + next() * 8,
          span,
          x0: x,
          x1: x + (span ? next() * 200 : 0),
        };
      });
      const clusters = Array.from({ length: n / 10 }, (_, i) => ({ id: `c${i}`, x0: at(), x1: 0, y: at() / 4 })).map(
        (c) => ({ ...c, x1: c.x0 + 30 }),
      );
      const layout = { labels, marks, clusters, range: [0, 500] } as unknown as Layout;
      // Every pair, as the report defines an overlap.
      type B = { key: string; x0: number; x1: number; y0: number; y1: number; label: boolean; owner: string };
      const boxes: B[] = [
        ...labels.map((l) => ({
          key: l.key,
          x0: l.x,
          x1: l.x + l.width,
          y0: l.y - l.height / 2,
          y1: l.y + l.height / 2,
          label: true,
          owner: l.key,
        })),
        ...marks.flatMap((m) => [
          {
            key: m.key,
            x0: m.x - m.size / 2,
            x1: m.x + m.size / 2,
            y0: m.y - m.size / 2,
            y1: m.y + m.size / 2,
            label: false,
            owner: "",
          },
          ...(m.span ? [{ key: m.key, x0: m.x0, x1: m.x1, y0: m.y - 3, y1: m.y + 3, label: false, owner: m.key }] : []),
        ]),
        ...clusters.map((c) => ({
          key: c.id,
          x0: c.x0,
          x1: c.x1,
          y0: c.y - 5.5,
          y1: c.y + 5.5,
          label: false,
          owner: "",
        })),
      ];
      const meet = (a: B, b: B) => a.x1 > b.x0 + 0.01 && b.x1 > a.x0 + 0.01 && a.y1 > b.y0 + 0.01 && b.y1 > a.y0 + 0.01;
      const wantLabels: string[] = [];
      const wantMarks: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i] as B, boxes[j] as B];
          if (!(a.label || b.label) || !meet(a, b)) continue;
          if (a.label && b.label) wantLabels.push([a.key, b.key].sort().join("|"));
          else {
            const [l, m] = a.label ? [a, b] : [b, a];
            if (m.owner !== l.key) wantMarks.push(`${l.key}|${m.key}`);
          }
        }
      const r = labelReport(layout);
      // Each overlapping pair of boxes once (a label over a mark's symbol and its bar is two).
      expect(r.labelOverlaps.map((p) => [...p].sort().join("|")).sort()).toEqual(wantLabels.sort());
      expect(r.markOverlaps.map((p) => p.join("|")).sort()).toEqual(wantMarks.sort());
    }
  });

  for (const [name, chronicle] of [
    ["the EEF 2025 example", example],
    ["the August 2017 chronicle", korea],
  ] as const) {
    test(`computeLayout(${name}) labels every threat in words without overlaps, at several widths and zooms`, () => {
      const entries = entriesOf(chronicle);
      const story = storyDomain(entries);
      const week: [number, number] = [story[1] - 8 * 86_400_000, story[1]];
      for (const width of [640, 960, 1400])
        for (const domain of [undefined, story, week])
          for (const laneBy of ["speaker", "kind", "target"] as const) {
            const r = clean(computeLayout(chronicle, { width, domain, laneBy, hideEmptyLanes: domain !== undefined }));
            const where = `${width}px ${laneBy} ${domain ? "zoomed" : "whole"}`;
            expect(r.topUnlabelled, where).toEqual([]);
          }
    });
  }

  test("computeLayout(generated chronicles of up to 40 items) labels every threat in words", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const chronicle = generated(15 + seed, 6, 60, seed);
      for (const width of [800, 1200]) {
        const r = clean(computeLayout(chronicle, { width }));
        expect(r.topUnlabelled, `seed ${seed}, ${width}px`).toEqual([]);
      }
    }
  });

  test("computeLayout(a dense chronicle) keeps labels apart and labels the important marks first", () => {
    const chronicle = generated(3000, 12, 365, 7);
    const layout = computeLayout(chronicle, { width: 1200, domain: [Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 15)] });
    const r = clean(layout);
    expect(r.words).toBeGreaterThan(20);
    const labelled = new Set(layout.labels.map((l) => l.key));
    const share = (top: boolean) => {
      const marks = layout.marks.filter((m) => (m.family === "threat") === top);
      return marks.filter((m) => labelled.has(m.key)).length / Math.max(1, marks.length);
    };
    expect(share(true)).toBeGreaterThan(share(false));
  });
});

describe("reserveLabelRoom", () => {
  test("computeLayout(…, { reserveLabelRoom: false }) packs once: threats may go bare, nothing overlaps", () => {
    const chronicle = generated(35, 6, 60, 20);
    const once = clean(computeLayout(chronicle, { width: 800, reserveLabelRoom: false }));
    const twice = clean(computeLayout(chronicle, { width: 800 }));
    expect(twice.topUnlabelled).toEqual([]);
    expect(once.topUnlabelled.length).toBeGreaterThan(0);
  });
});
