import { readFileSync } from "node:fs";
import { type Chronicle, chronicleFromTimelineJs, parseChronicle } from "@briefline/core";
import { type Layout, labelReport } from "@briefline/core/layout";
import { describe, expect, it } from "vitest";
import { generateChronicle } from "../_test/generate.js";
import { readPdf } from "../_test/pdf.js";
import { renderBriefing } from "../render-briefing.js";

const ISSUED = new Date("2026-12-07T00:00:00Z");

function example(name: string): Chronicle {
  const text = readFileSync(new URL(`../../../../examples/${name}/chronicle.yaml`, import.meta.url), "utf8");
  const result = parseChronicle(text, { filename: `${name}/chronicle.yaml` });
  if (!result.ok) throw new Error(`examples/${name} does not validate`);
  return result.chronicle;
}

/** The layouts of every timeline chart the briefing draws, with what it cites. */
async function charts(chronicle: Chronicle): Promise<Array<{ title: string; layout: Layout }>> {
  const drawn: Array<{ title: string; layout: Layout }> = [];
  await renderBriefing(chronicle, { creationDate: ISSUED, onChart: (c) => drawn.push(c) });
  return drawn;
}

/** Items the bottom line (generated), key judgments and threat register of these chronicles cite. */
function cited(chronicle: Chronicle): string[] {
  const ids = new Set((chronicle.judgments ?? []).flatMap((j) => j.basis));
  for (const s of chronicle.statements ?? []) if (["threat", "warning", "ultimatum"].includes(s.kind)) ids.add(s.id);
  return [...ids];
}

// The last flag: every mark gets its words or its number. In the generated 30-day
// chronicle, marks a day (10 pt) apart leave no room for two minor marks' numbers once
// the words of others are placed (see the report on placement order).
const cases: Array<[string, () => Chronicle, boolean]> = [
  ["examples/eef-2025", () => example("eef-2025"), true],
  ["examples/korea-2017", () => example("korea-2017"), true],
  ["a generated chronicle of 39 items over 30 days", () => generateChronicle(33, 30), false],
  ["a generated chronicle of 39 items over 6 days", () => generateChronicle(33, 6, 5), true],
];

describe("the timeline pages", () => {
  for (const [name, make, everyMark] of cases) {
    it(`${name}: every chart labels every threat, warning and ultimatum in words, with no overlap`, async () => {
      const chronicle = make();
      const drawn = await charts(chronicle);
      expect(drawn.length).toBeGreaterThan(0);
      for (const { title, layout } of drawn) {
        const r = labelReport(layout);
        const where = `${name}, chart "${title}"`;
        expect(r.labelOverlaps, where).toEqual([]);
        expect(r.markOverlaps, where).toEqual([]);
        expect(r.outside, where).toEqual([]);
        expect(r.topUnlabelled, where).toEqual([]);
        expect(r.topShare, where).toBe(1);
        // Every other mark has its words or its chronology number; where one cannot, it is a minor one.
        if (everyMark) expect(r.hidden, where).toBe(0);
        else {
          const ids = new Set(cited(chronicle));
          const bare = layout.marks.filter((m) => layout.hiddenLabels.includes(m.key));
          expect(
            bare.filter((m) => m.family === "threat" || ids.has(m.id)).map((m) => m.id),
            where,
          ).toEqual([]);
          expect(r.hidden, where).toBeLessThanOrEqual(2);
        }
      }
    });

    it(`${name}: no item the briefing cites is counted in a +N box`, async () => {
      const chronicle = make();
      const ids = new Set(cited(chronicle));
      for (const { title, layout } of await charts(chronicle)) {
        const clustered = layout.clusters.flatMap((c) => c.ids).filter((id) => ids.has(id));
        expect(clustered, `${name}, chart "${title}"`).toEqual([]);
      }
    });
  }

  it("a mark labelled by number carries the number the chronology prints beside the item", async () => {
    const chronicle = generateChronicle(33, 6, 5);
    const drawn = await charts(chronicle);
    const numbers = drawn.flatMap(({ layout }) => layout.labels.filter((l) => l.kind === "number"));
    expect(numbers.length).toBeGreaterThan(0);
    for (const l of numbers) expect(l.text).toMatch(/^#\d+$/);
  });
});

describe("the timeline pages of a denser chronicle", () => {
  it("120 items over 45 days: no label covers a label or a mark, none leaves the plot", async () => {
    for (const { title, layout } of await charts(generateChronicle(100, 45, 3))) {
      const r = labelReport(layout);
      expect(r.labelOverlaps, title).toEqual([]);
      expect(r.markOverlaps, title).toEqual([]);
      expect(r.outside, title).toEqual([]);
    }
  });
});

describe("periods on the timeline pages", () => {
  it("the chronicle's periods are shaded bands named over the curve, and the key says so", async () => {
    const chronicle = example("korea-2017");
    const [whole] = await charts(chronicle);
    expect(whole?.layout.periods?.map((p) => p.title)).toEqual(["Threats traded", "Kim holds off on Guam"]);
    const bytes = await renderBriefing(chronicle, { creationDate: ISSUED });
    const { pages } = await readPdf(bytes);
    // Lines joined and quotes made plain, as a reader would search the page.
    const page = (pages.find((p) => p.includes("Whole period")) ?? "").replace(/\s+/g, " ").replace(/[’‘]/g, "'");
    expect(page).toContain("Threats traded");
    expect(page).toContain("Kim holds off on Guam");
    expect(page).toContain("Shaded bands are the chronicle's periods");
    // Without periods, no band and no sentence about them.
    const plain = await readPdf(await renderBriefing({ ...chronicle, periods: [] }, { creationDate: ISSUED }));
    expect(plain.pages.join("\n")).not.toContain("Shaded bands");
  });
});

describe("an imported TimelineJS file on the timeline pages", () => {
  it("group_sample.json: one lane per TimelineJS group, and the key says lanes are groups", async () => {
    const doc = JSON.parse(
      readFileSync(new URL("../../../core/test-fixtures/timelinejs/group_sample.json", import.meta.url), "utf8"),
    ) as { events: Array<{ group: string }> };
    const imported = chronicleFromTimelineJs(doc);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const [whole] = await charts(imported.chronicle);
    expect(whole?.layout.lanes.map((l) => l.label)).toEqual([...new Set(doc.events.map((e) => e.group))]);
    expect(whole?.layout.lanes.every((l) => l.kind === "group")).toBe(true);
    const { pages } = await readPdf(await renderBriefing(imported.chronicle, { creationDate: ISSUED }));
    expect(pages.join(" ").replace(/\s+/g, " ")).toContain("Each lane is a group of the imported timeline");
  });
});
