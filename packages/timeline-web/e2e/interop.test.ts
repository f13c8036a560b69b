import { readFileSync } from "node:fs";
import type { Chronicle } from "@briefline/core";
import { chronicleFromTimelineJs } from "@briefline/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderTimelinePage } from "../src/page/render-page.js";
import { browserTestsReady, launch, watchErrors, writePage } from "./_browser.js";

const ready = browserTestsReady();

// TimelineJS3's own example of groups (packages/core/test-fixtures/timelinejs/README.md).
const groupSample = JSON.parse(
  readFileSync(new URL("../../core/test-fixtures/timelinejs/group_sample.json", import.meta.url), "utf8"),
);
const imported = chronicleFromTimelineJs(groupSample);
if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
const chronicle = imported.chronicle;

describe.skipIf(!ready)("an imported TimelineJS file in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("opens with one lane per TimelineJS group, and lanes=speaker / lanes=group links switch", async () => {
    const url = writePage(renderTimelinePage(chronicle));
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector(".blt-mark");
    const laneTitles = () => page.$$eval(".blt-lane-label title", (els) => els.map((e) => e.textContent));
    const groups = [...new Set(groupSample.events.map((e: { group: string }) => e.group))];
    expect(await page.getAttribute("[data-lanes=group]", "aria-pressed")).toBe("true");
    expect((await laneTitles()).join("|")).toContain(groups[0]);
    expect(await page.$$eval(".blt-lane-label", (els) => els.length)).toBe(4);
    await page.click("[data-lanes=speaker]");
    await page.waitForFunction(() => location.hash === "#lanes=speaker");
    expect(await page.$$eval(".blt-lane-label", (els) => els.length)).toBe(1);
    await page.goto(`${url}#lanes=group`);
    await page.reload();
    await page.waitForSelector(".blt-mark");
    expect(await page.$$eval(".blt-lane-label", (els) => els.length)).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the chronicle's own media (a title slide's) are links under the title, and nothing is fetched", async () => {
    const titled: Chronicle = {
      ...withMedia,
      media: [
        { url: "https://images.example.org/cover.png", caption: "Cover picture", credit: "Agency" },
        { url: "javascript:alert(1)", caption: "Not a link" },
      ],
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const fetched: string[] = [];
    await page.route(/^https?:/, (route) => {
      fetched.push(route.request().url());
      return route.fulfill({ status: 200, body: "" });
    });
    await page.goto(writePage(renderTimelinePage(titled)));
    await page.waitForSelector(".blp-header .blp-media");
    const items = await page.$$eval(".blp-media li", (lis) =>
      lis.map((li) => ({ text: li.textContent, href: li.querySelector("a")?.getAttribute("href") ?? null })),
    );
    expect(items).toEqual([
      { text: "Cover picture (credit: Agency)", href: "https://images.example.org/cover.png" },
      { text: "Not a link", href: null },
    ]);
    await page.waitForTimeout(200);
    expect(fetched).toEqual([]);
    await page.close();
  });

  // One transparent pixel, served for the picture so the test needs no network.
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    "base64",
  );
  const withMedia: Chronicle = {
    briefline: 1,
    title: "Media",
    events: [
      {
        id: "launch",
        kind: "other",
        title: "Launch",
        date: "2025-09-05",
        media: [
          { url: "https://images.example.org/launch.png", caption: "The launch pad", alt: "Launch pad" },
          { url: "https://youtu.be/lIvftGgps24", caption: "A video" },
        ],
      },
    ],
  };
  async function openDetails(images: boolean): Promise<{ page: Page; fetched: string[] }> {
    const url = writePage(renderTimelinePage(withMedia, { images }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const fetched: string[] = [];
    await page.route(/^https?:/, (route) => {
      fetched.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "image/png", body: PNG });
    });
    await page.goto(`${url}#sel=launch`);
    await page.waitForSelector(".blt-details:not([hidden]) .blt-media");
    return { page, fetched };
  }

  test("by default the details panel lists media as links and the page fetches nothing", async () => {
    const { page, fetched } = await openDetails(false);
    expect(await page.$$eval(".blt-details .blt-media a", (as) => as.map((a) => a.textContent))).toEqual([
      "The launch pad",
      "A video",
    ]);
    expect(await page.$$(".blt-details img")).toHaveLength(0);
    await page.waitForTimeout(200);
    expect(fetched).toEqual([]);
    await page.close();
  });

  test("createTimeline(..., { images: true }) shows image media as pictures, and only those", async () => {
    const { page, fetched } = await openDetails(true);
    const img = await page.waitForSelector(".blt-details img.blt-media-img");
    await page.waitForFunction(() => (document.querySelector(".blt-media-img") as HTMLImageElement)?.complete);
    expect(await img.getAttribute("src")).toBe("https://images.example.org/launch.png");
    expect(await img.getAttribute("alt")).toBe("Launch pad");
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await page.$$(".blt-details img")).toHaveLength(1);
    expect(await page.$$eval(".blt-details .blt-media a", (as) => as.length)).toBe(2);
    expect(fetched).toEqual(["https://images.example.org/launch.png"]);
    await page.close();
  });
});
