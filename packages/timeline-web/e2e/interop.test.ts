import { readFileSync } from "node:fs";
import { chronicleFromTimelineJs } from "@briefline/core";
import type { Browser } from "playwright-core";
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
});
