import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderTimelinePage } from "../src/page/render-page.js";
import { browserTestsReady, launch, loadExample, watchErrors, writePage } from "./_browser.js";

const ready = browserTestsReady();

const chronicle = loadExample();
const ITEMS = (chronicle.statements?.length ?? 0) + (chronicle.events?.length ?? 0);
const SEPT = "range=2025-09-03T00:00:00Z/2025-09-07T00:00:00Z";

describe.skipIf(!ready)("the timeline page in Chromium (file://)", () => {
  let browser: Browser;
  let url: string;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    url = writePage(renderTimelinePage(chronicle));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(hash = "", viewport = { width: 1400, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    errors.push(...[]);
    const seen = watchErrors(page);
    page.on("close", () => errors.push(...seen));
    await page.goto(`${url}${hash ? `#${hash}` : ""}`);
    await page.waitForSelector(".blt-mark");
    return page;
  }
  const ticks = (page: Page) => page.$$eval(".blt-tick text", (els) => els.map((e) => e.textContent));
  const shownIds = (page: Page) =>
    page.evaluate(() => {
      const t = (
        window as unknown as {
          briefline: { layout(): { marks: Array<{ id: string }>; clusters: Array<{ ids: string[] }> } };
        }
      ).briefline;
      const l = t.layout();
      return [...new Set([...l.marks.map((m) => m.id), ...l.clusters.flatMap((c) => c.ids)])].sort();
    });

  test("opens on the story window: the first week of September fills the chart, and Fit shows the whole period", async () => {
    const page = await open();
    const domain = () =>
      page.evaluate(
        () =>
          (window as unknown as { briefline: { layout(): { domain: [number, number] } } }).briefline.layout().domain,
      );
    const [a, b] = await domain();
    expect(a).toBeGreaterThan(Date.UTC(2025, 6, 1));
    expect(a).toBeLessThanOrEqual(Date.UTC(2025, 8, 1));
    expect(b).toBeGreaterThan(Date.UTC(2025, 8, 6));
    await page.click("[data-action=fit]");
    await page.waitForTimeout(100);
    const [c] = await domain();
    expect(c).toBeLessThan(Date.UTC(2025, 2, 12));
    await page.close();
  });

  test("draws one mark per item (or counts it in a cluster), and the DOM matches the layout", async () => {
    const page = await open();
    await page.click("[data-action=fit]");
    await page.waitForTimeout(100);
    const ids = await shownIds(page);
    expect(ids).toHaveLength(ITEMS);
    const domMarks = await page.$$eval("g.blt-mark", (els) => els.length);
    const layoutMarks = await page.evaluate(
      () => (window as unknown as { briefline: { layout(): { marks: unknown[] } } }).briefline.layout().marks.length,
    );
    expect(domMarks).toBe(layoutMarks);
    expect(await page.textContent(".blt-summary")).toBe(`${ITEMS} items`);
    await page.close();
  });

  test("the details list an item's media as links (with caption and credit), never as fetched images", async () => {
    const withMedia = structuredClone(chronicle);
    const target = withMedia.statements?.find((x) => x.id === "legit-targets");
    if (!target) throw new Error("the example lost legit-targets");
    target.media = [
      { url: "https://example.org/clip.mp4", caption: "Video of the plenary", credit: "Example TV" },
      { url: "https://example.org/bg.jpg", role: "background" },
    ];
    const mediaUrl = writePage(renderTimelinePage(withMedia));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${mediaUrl}#${SEPT}&sel=legit-targets`);
    await page.waitForSelector(".blt-details .blt-media");
    const links = await page.$$eval(".blt-details .blt-media a", (els) =>
      els.map((a) => [a.getAttribute("href"), a.textContent]),
    );
    expect(links).toEqual([
      ["https://example.org/clip.mp4", "Video of the plenary"],
      ["https://example.org/bg.jpg", "https://example.org/bg.jpg"],
    ]);
    expect(await page.textContent(".blt-details .blt-media")).toContain("credit: Example TV");
    expect(await page.$$eval(".blt-details img", (els) => els.length)).toBe(0);
    await page.close();
  });

  test("clicking a mark opens the details with its quote and every source", async () => {
    const page = await open(SEPT);
    await page.click('g.blt-mark[data-key="legit-targets"]');
    const details = page.locator(".blt-details");
    await details.waitFor({ state: "visible" });
    expect(await details.locator("h2").textContent()).toContain("lawful targets");
    expect(await details.locator("blockquote").first().textContent()).toContain("legitimate targets for destruction");
    const sources = await details
      .locator("li[data-source]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-source")));
    expect(sources).toEqual(["seed-article", "kremlin-eef-plenary", "tass-eef-0905", "wire-eef-0905"]);
    const hrefs = await details
      .locator("li[data-source] a")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(await details.textContent()).toContain("138 — Threaten with military force");
    await page.waitForFunction(() => location.hash.includes("sel=legit-targets"));
    // A relation moves to the related item.
    await page.goto(`${url}#${SEPT}&sel=moscow-offer`);
    await page.waitForSelector(".blt-details h2");
    const before = await page.textContent(".blt-details h2");
    const related = page.locator(".blt-details li [data-goto]").last();
    const target = await related.getAttribute("data-goto");
    await related.click();
    await page.waitForFunction((id) => location.hash.includes(`sel=${id}`), target);
    expect(await page.textContent(".blt-details h2")).not.toBe(before);
    await page.close();
  });

  test("the keyboard moves between items and lanes, opens with Enter and closes with Escape", async () => {
    const page = await open(SEPT);
    await page.focus("g.blt-mark[tabindex='0']");
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const laneOf = (key: string | null | undefined) =>
      page.evaluate(
        (k) =>
          (window as unknown as { briefline: { layout(): { marks: Array<{ key: string; lane: string }> } } }).briefline
            .layout()
            .marks.find((m) => m.key === k)?.lane,
        key,
      );
    await page.keyboard.press("ArrowDown");
    const third = await page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    expect(await laneOf(third)).not.toBe(await laneOf(second));
    await page.keyboard.press("Enter");
    await page.locator(".blt-details").waitFor({ state: "visible" });
    const id = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    await page.waitForFunction((i) => location.hash.includes(`sel=${i}`), id);
    await page.keyboard.press("Escape");
    await page.locator(".blt-details").waitFor({ state: "hidden" });
    await page.close();
  });

  test("zooming in changes the ticks from months to days, and Fit brings them back", async () => {
    const page = await open();
    await page.click("[data-action=fit]");
    await page.waitForTimeout(100);
    const before = await ticks(page);
    expect(before).toContain("Sep");
    for (let i = 0; i < 4; i++) await page.click("[data-action=zoom-in]");
    await page.waitForTimeout(100);
    const after = await ticks(page);
    expect(after).not.toEqual(before);
    expect(after.some((t) => /^\d+( \w+)?$/.test(t ?? ""))).toBe(true);
    await page.keyboard.press("0");
    await page.waitForTimeout(100);
    expect(await ticks(page)).toEqual(before);
    // Ctrl + wheel zooms as well.
    const box = await page.locator(".blt-body").boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.9, (box?.y ?? 0) + 40);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await page.waitForTimeout(150);
    expect(await ticks(page)).not.toEqual(before);
    await page.close();
  });

  test("filters hide items and update the counts", async () => {
    const page = await open();
    const threats = (chronicle.statements ?? []).filter((s) =>
      ["threat", "warning", "ultimatum"].includes(s.kind),
    ).length;
    await page.click("[data-family=threat]");
    await page.waitForTimeout(100);
    expect(await page.textContent(".blt-summary")).toBe(`Showing ${ITEMS - threats} of ${ITEMS} items`);
    expect(await page.$$eval(".blt-mark.fam-threat", (els) => els.length)).toBe(0);
    expect(await page.getAttribute("[data-family=threat]", "aria-pressed")).toBe("false");
    // Search narrows further and highlights.
    await page.fill(".blt-search input", "Moscow");
    await page.waitForTimeout(300);
    const summary = await page.textContent(".blt-summary");
    const shown = Number(/Showing (\d+)/.exec(summary ?? "")?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(ITEMS - threats);
    const offerCount = await page.textContent("[data-family=offer] .blt-count");
    expect(Number(offerCount)).toBeLessThan(6);
    // The page's footer counts the same items as the summary.
    expect(await page.textContent(".blp-footer")).toMatch(new RegExp(`^${shown} of ${ITEMS} items shown · `));
    await page.click("[data-action=clear-filters]");
    await page.waitForTimeout(100);
    expect(await page.textContent(".blt-summary")).toBe(`${ITEMS} items`);
    expect(await page.textContent(".blp-footer")).toMatch(new RegExp(`^${ITEMS} items · times in UTC`));
    await page.close();
  });

  test("a click on empty chart space gives the keyboard to the chart: + zooms in", async () => {
    const page = await open();
    const span = () =>
      page.evaluate(() => {
        const [a, b] = (
          window as unknown as { briefline: { layout(): { domain: [number, number] } } }
        ).briefline.layout().domain;
        return b - a;
      });
    const before = await span();
    // The lane labels' column is chart space with no mark in it.
    const body = await page.locator(".blt-body").boundingBox();
    await page.mouse.click((body?.x ?? 0) + 60, (body?.y ?? 0) + 40);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("blt-chart"))).toBe(true);
    await page.keyboard.press("+");
    await page.waitForTimeout(150);
    expect(await span()).toBeLessThan(before * 0.75);
    await page.close();
  });

  test("a deep link's filter is counted in the footer as soon as the page opens", async () => {
    const page = await open("kinds=offer,rejection");
    const summary = await page.textContent(".blt-summary");
    const shown = Number(/Showing (\d+)/.exec(summary ?? "")?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(await page.textContent(".blp-footer")).toMatch(new RegExp(`^${shown} of ${ITEMS} items shown`));
    await page.close();
  });

  test("the filter lists open inside the window, leftwards when they would run past its right edge", async () => {
    const page = await open("", { width: 1280, height: 800 });
    for (const name of ["kinds", "actors", "status"]) {
      await page.click(`details[data-filter=${name}] summary`);
      const panel = page.locator(`details[data-filter=${name}] .blt-pop-panel`);
      await panel.waitFor({ state: "visible" });
      // Opening fills the list: the actors with their counts.
      expect(await panel.locator("label").count()).toBeGreaterThan(1);
      const box = await panel.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
      await page.click(`details[data-filter=${name}] summary`);
    }
    await page.close();
  });

  test("a deep link restores range, lanes, filters and selection", async () => {
    const page = await open(
      `range=2025-09-01T00:00:00Z/2025-09-08T00:00:00Z&lanes=kind&kinds=offer,rejection&sel=moscow-offer`,
    );
    expect(await page.getAttribute("[data-lanes=kind]", "aria-pressed")).toBe("true");
    expect(await page.textContent(".blt-details h2")).toMatch(/Moscow/);
    const lanes = await page.$$eval(".blt-lane-label", (els) => els.map((e) => e.firstChild?.textContent));
    expect(lanes).toEqual(["Offer", "Rejection"]);
    const labels = await ticks(page);
    expect(labels[0]).toBe("1 Sep");
    expect(labels).toContain("7 Sep");
    await page.close();
  });

  test("the table view lists what the timeline shows", async () => {
    const page = await open(SEPT);
    const inView = await page.evaluate(
      () =>
        (window as unknown as { briefline: { layout(): { counts: { entries: number } } } }).briefline.layout().counts
          .entries,
    );
    await page.click("[data-view=table]");
    await page.waitForSelector(".blt-table tbody tr");
    expect(await page.$$eval(".blt-table tbody tr", (els) => els.length)).toBe(inView);
    expect(await page.isHidden(".blt-chart")).toBe(true);
    expect(await page.textContent(".blt-table caption")).toContain(`${inView} item`);
    await page.click(".blt-table tbody tr[data-id=legit-targets] button");
    await page.click("[data-view=timeline]");
    await page.locator(".blt-details").waitFor({ state: "visible" });
    await page.close();
  });

  test("the table breaks words only between them, but in summaries, at a desktop's width and a phone's", async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await open("", viewport);
      await page.click("[data-view=table]");
      await page.waitForSelector(".blt-table tbody tr");
      // A word set over two lines has two client rectangles.
      const split = await page.$$eval(".blt-table th, .blt-table td:not(.blt-summary-cell)", (cells) =>
        cells.flatMap((cell) => {
          const out: string[] = [];
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? "").matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              if (range.getClientRects().length > 1) out.push(m[0]);
            }
          }
          return out;
        }),
      );
      expect(split, `${viewport.width} px`).toEqual([]);
      expect(await page.$$eval(".blt-table td.blt-words-cell", (els) => els.length)).toBeGreaterThan(0);
      await page.close();
    }
  });

  test("exports the view as a standalone SVG", async () => {
    const page = await open(SEPT);
    const svg = await page.evaluate(() =>
      (window as unknown as { briefline: { exportSvg(): string } }).briefline.exportSvg(),
    );
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain("var(--");
    const marks = await page.$$eval("g.blt-mark", (els) => els.length);
    expect((svg.match(/class="blt-mark /g) ?? []).length).toBe(marks);
    const size = await page.evaluate(
      async () =>
        (await (window as unknown as { briefline: { exportPng(): Promise<Blob> } }).briefline.exportPng()).size,
    );
    expect(size).toBeGreaterThan(10_000);
    await page.close();
  });

  test("fits a phone's width without sideways scrolling", async () => {
    const page = await open("", { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test("logs no console errors or warnings", () => {
    expect(errors).toEqual([]);
  });
});
