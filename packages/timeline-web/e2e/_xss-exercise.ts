// Walks a hostile timeline the way an analyst would: opens the details of every item,
// moves by keyboard, hovers marks, opens the filter lists, switches lanes and the table
// view, searches for payload text and exports SVG and PNG, inspecting the DOM after each.
import { readFileSync } from "node:fs";
import type { Chronicle } from "@briefline/core";
import type { Page } from "playwright-core";
import { inspectDom, pageTraces, svgProblems } from "./_xss-check.js";

/** Searches an analyst might type, taken from the payloads. */
export const SEARCHES = [
  "<script>",
  "onerror=",
  "javascript:",
  "\"'><script>",
  "</style>",
  "\u202Etxt.exe",
  "аlert(1)",
];

interface Handle {
  select(id: string | null): void;
  flush(): void;
  state(): { filter: { text: string }; selected: string | null };
  exportSvg(): string;
}

/** What a walk found: problems (must be none), the links seen, and how much was exercised. */
export interface Walk {
  problems: string[];
  links: Set<string>;
  items: number;
  inspections: number;
  svg: string[];
}

/**
 * Exercises every interactive part of the page with the hostile chronicle loaded.
 * `expectText` checks that each item's heading shows its summary or title verbatim.
 */
export async function walkTimeline(page: Page, chronicle: Chronicle, opts: { expectText: boolean }): Promise<Walk> {
  const walk: Walk = { problems: [], links: new Set(), items: 0, inspections: 0, svg: [] };
  const inspect = async (step: string) => {
    const r = await inspectDom(page);
    walk.inspections++;
    for (const p of r.problems) walk.problems.push(`${step}: ${p}`);
    for (const l of r.links) walk.links.add(l);
    const { xss } = await pageTraces(page);
    if (xss !== undefined) walk.problems.push(`${step}: window.__xss = ${String(xss)}`);
  };
  await page.waitForSelector(".blt-mark");
  await inspect("opened");

  // 1. The details of every item, through the handle.
  const items = [
    ...(chronicle.statements ?? []).map((s) => ({ id: s.id, heading: s.summary })),
    ...(chronicle.events ?? []).map((e) => ({ id: e.id, heading: e.title })),
  ];
  for (const item of items) {
    const heading = await page.evaluate((id) => {
      const t = (window as unknown as { briefline: Handle }).briefline;
      t.select(id);
      t.flush();
      return document.querySelector(".blt-details:not([hidden]) h2")?.textContent ?? null;
    }, item.id);
    if (heading === null) walk.problems.push(`details of ${item.id} did not open`);
    else if (opts.expectText && heading !== item.heading)
      walk.problems.push(`details of ${item.id}: heading ${JSON.stringify(heading)} ≠ ${JSON.stringify(item.heading)}`);
    await inspect(`details of ${item.id}`);
    walk.items++;
  }

  // 2. The keyboard: Enter opens the focused mark, arrows move between marks.
  await page.keyboard.press("Escape");
  await page.focus("g.blt-mark[tabindex='0']");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Enter");
    await page.keyboard.press(i % 3 === 2 ? "ArrowDown" : "ArrowRight");
  }
  await inspect("keyboard");
  await page.keyboard.press("Escape");

  // 3. Tooltips over marks.
  const marks = page.locator("g.blt-mark path.sym");
  for (let i = 0; i < Math.min(10, await marks.count()); i++) await marks.nth(i).hover({ force: true });
  await inspect("tooltips");

  // 4. The filter lists (actor names are payloads), and the lane modes.
  for (const summary of await page.locator("details.blt-pop > summary").all()) {
    await summary.click();
    await inspect("filter list");
    await summary.click();
  }
  for (const mode of ["target", "kind", "group", "speaker"]) {
    await page.click(`[data-lanes=${mode}]`);
    await inspect(`lanes by ${mode}`);
  }

  // 5. The table view, and searches for payload text in it.
  await page.click("[data-action=fit]");
  await page.click("[data-view=table]");
  await page.waitForSelector(".blt-table tbody tr");
  const rows = await page.locator(".blt-table tbody tr").count();
  if (rows !== items.length) walk.problems.push(`table lists ${rows} of ${items.length} items`);
  await inspect("table");
  for (const q of SEARCHES) {
    await page.fill(".blt-toolbar input[type=search]", q);
    await page.waitForFunction(
      (text) => (window as unknown as { briefline: Handle }).briefline.state().filter.text === text,
      q,
    );
    await page.evaluate(() => (window as unknown as { briefline: Handle }).briefline.flush());
    const found = await page.locator(".blt-table tbody tr").count();
    const marked = await page.locator(".blt-table mark").count();
    if (found === 0 || marked === 0) walk.problems.push(`search ${JSON.stringify(q)}: ${found} rows, ${marked} marks`);
    await inspect(`search ${JSON.stringify(q)}`);
  }
  await page.fill(".blt-toolbar input[type=search]", "");
  await page.locator(".blt-table tbody tr button").first().click();
  await page.click("[data-view=timeline]");
  await page.waitForSelector(".blt-details:not([hidden])");
  await inspect("back to the timeline");

  // 6. Exports: through the handle and through the buttons (as downloads).
  walk.svg.push(await page.evaluate(() => (window as unknown as { briefline: Handle }).briefline.exportSvg()));
  for (const action of ["export-svg", "export-png"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-action=${action}]`)]);
    const path = await download.path();
    if (action === "export-svg") walk.svg.push(readFileSync(path, "utf8"));
    else if (readFileSync(path).subarray(1, 4).toString() !== "PNG") walk.problems.push("the PNG export is not a PNG");
  }
  for (const [i, text] of walk.svg.entries())
    for (const p of svgProblems(text)) walk.problems.push(`SVG export ${i + 1}: ${p}`);
  await inspect("exports");
  return walk;
}
