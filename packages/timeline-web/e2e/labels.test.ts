import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Chronicle, parseChronicle } from "@briefline/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderTimelinePage } from "../src/page/render-page.js";
import { browserTestsReady, launch, loadExample, watchErrors, writePage } from "./_browser.js";

const ready = browserTestsReady();

function load(path: string): Chronicle {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const result = parseChronicle(readFileSync(file, "utf8"), { filename: file });
  if (!result.ok) throw new Error(`${path} does not validate`);
  return result.chronicle;
}

/** What the browser drew: every label's and every mark symbol's box, as rendered. */
type Drawn = {
  labels: Array<{ key: string; text: string; x0: number; x1: number; y0: number; y1: number }>;
  symbols: Array<{ key: string; family: string; x0: number; x1: number; y0: number; y1: number }>;
  lanes: number;
  lanesWithItems: number;
};

async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const box = (el: SVGGraphicsElement) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    };
    const labels = [...document.querySelectorAll<SVGTextElement>(".blt-labels text")].map((t) => ({
      key: t.getAttribute("data-key") ?? "",
      text: t.textContent ?? "",
      ...box(t),
    }));
    const symbols = [...document.querySelectorAll<SVGGElement>("g.blt-mark")].map((g) => ({
      key: g.getAttribute("data-key") ?? "",
      family: /fam-(\w+)/.exec(g.getAttribute("class") ?? "")?.[1] ?? "",
      ...box(g.querySelector("path.sym") as SVGPathElement),
    }));
    const handle = (window as unknown as { briefline: { layout(): { lanes: Array<{ count: number }> } } }).briefline;
    const lanes = handle.layout().lanes;
    return { labels, symbols, lanes: lanes.length, lanesWithItems: lanes.filter((l) => l.count > 0).length };
  });
}

/** Pairs of rendered boxes that overlap by more than half a pixel. */
function overlaps(d: Drawn): string[] {
  const out: string[] = [];
  const meet = (a: Drawn["labels"][number], b: { x0: number; x1: number; y0: number; y1: number }) =>
    a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
  d.labels.forEach((a, i) => {
    for (const b of d.labels.slice(i + 1)) if (meet(a, b)) out.push(`label ${a.key} × label ${b.key}`);
    for (const s of d.symbols) if (meet(a, s)) out.push(`label ${a.key} × mark ${s.key}`);
  });
  return out;
}

describe.skipIf(!ready)("labels as Chromium draws them", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases: Array<[string, () => Chronicle, string[]]> = [
    [
      "the EEF 2025 example",
      loadExample,
      ["", "range=2025-08-27T00:00:00Z/2025-09-08T00:00:00Z", "range=2025-09-02T00:00:00Z/2025-09-07T00:00:00Z"],
    ],
    [
      "the August 2017 chronicle",
      () => load("../../../examples/korea-2017/chronicle.yaml"),
      ["", "range=2017-08-07T00:00:00Z/2017-08-13T00:00:00Z"],
    ],
  ];
  for (const [name, chronicle, hashes] of cases)
    for (const hash of hashes)
      test(`${name} at ${hash || "the default view"}: every threat is labelled in words and no label covers a label or a mark`, async () => {
        for (const width of [1440, 1024]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          const errors = watchErrors(page);
          await page.goto(`${writePage(renderTimelinePage(chronicle()))}${hash ? `#${hash}` : ""}`);
          await page.waitForSelector(".blt-mark");
          const d = await drawn(page);
          expect(overlaps(d), `at ${width}px`).toEqual([]);
          const labelled = new Set(d.labels.filter((l) => !/^\d+$/.test(l.text)).map((l) => l.key));
          const threats = d.symbols.filter((s) => s.family === "threat" && !s.key.includes("@"));
          expect(threats.length).toBeGreaterThan(0);
          expect(
            threats.filter((s) => !labelled.has(s.key)).map((s) => s.key),
            `at ${width}px`,
          ).toEqual([]);
          // Zoomed in (the default view is, when the story is crowded), empty lanes give way.
          if (hash) expect(d.lanes).toBe(d.lanesWithItems);
          expect(errors).toEqual([]);
          await page.close();
        }
      });

  test("the chronicle's periods are shaded bands behind the lanes, named in the head, clipped to the view", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    const korea = load("../../../examples/korea-2017/chronicle.yaml");
    await page.goto(writePage(renderTimelinePage(korea)));
    await page.waitForSelector(".blt-mark");
    const bands = () =>
      page.evaluate(() => ({
        names: [...document.querySelectorAll(".blt-period-label")].map((t) => t.textContent),
        head: [...document.querySelectorAll(".blt-head-svg rect.blt-period")].map((r) => r.getBoundingClientRect()),
        body: [...document.querySelectorAll(".blt-body-svg rect.blt-period")].map((r) => r.getBoundingClientRect()),
        lanes: document.querySelector(".blt-body-svg")?.getBoundingClientRect(),
      }));
    const all = await bands();
    expect(all.names).toEqual(["Threats traded", "Kim holds off on Guam"]);
    expect(all.body).toHaveLength(2);
    // A band spans every lane, and head and body bands line up.
    for (const [i, b] of all.body.entries()) {
      expect(b.height).toBeGreaterThan((all.lanes?.height ?? 0) - 200);
      expect(Math.abs(b.left - (all.head[i]?.left ?? -1))).toBeLessThan(0.5);
    }
    // Zoomed into the first period, only it is left, filling the view.
    await page.goto(`${writePage(renderTimelinePage(korea))}#range=2017-08-08T00:00:00Z/2017-08-10T00:00:00Z`);
    await page.waitForSelector(".blt-mark");
    expect((await bands()).names).toEqual(["Threats traded"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the Empty button keeps lanes with nothing in view, and the deep link remembers it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${writePage(renderTimelinePage(loadExample()))}#range=2025-09-02T00:00:00Z/2025-09-07T00:00:00Z`);
    await page.waitForSelector(".blt-mark");
    const hidden = await drawn(page);
    await page.click("[data-action=empty-lanes]");
    await page.waitForFunction((n) => document.querySelectorAll(".blt-lane-label").length > n, hidden.lanes);
    const kept = await drawn(page);
    expect(kept.lanes).toBeGreaterThan(hidden.lanes);
    expect(kept.lanesWithItems).toBe(hidden.lanesWithItems);
    // The link is written after the frame that draws the change.
    await page.waitForFunction(() => location.hash.includes("empty=keep"), undefined, { timeout: 5000 });
    expect(await page.evaluate(() => location.hash)).toContain("empty=keep");
    await page.close();
  });

  test("the web renderer's SVG of the example matches the committed snapshot", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${writePage(renderTimelinePage(loadExample()))}#range=2025-08-27T00:00:00Z/2025-09-08T00:00:00Z`);
    await page.waitForSelector(".blt-mark");
    const svg = await page.evaluate(() => {
      const body = document.querySelector(".blt-body svg") as SVGSVGElement;
      return new XMLSerializer().serializeToString(body);
    });
    await page.close();
    // Numbers rounded to whole pixels before comparing (Observable Plot's approach), so
    // sub-pixel noise does not fail the test while a moved mark or label does.
    const text = svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n)))).replace(/></g, ">\n<");
    const file = fileURLToPath(new URL("./__snapshots__/example-september.svg", import.meta.url));
    const changed = file.replace(/\.svg$/, "-changed.svg");
    if (!existsSync(file)) writeFileSync(file, text);
    const expected = readFileSync(file, "utf8");
    if (text !== expected) writeFileSync(changed, text);
    expect(text === expected, `the rendered SVG differs from ${file}; see ${changed}`).toBe(true);
  });
});
