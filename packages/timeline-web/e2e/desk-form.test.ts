// Issue 16, the desk's item form beyond the must-holds: a statement's conditions, its
// source references (credibility, excerpt, the cited source's reliability) and its tags,
// edited in real Chromium and written back with the same splice; and the desk on a
// tablet, where the chart must be in the first screen and the form beside or below it.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseChronicle } from "@briefline/core";
import type { Layout } from "@briefline/core/layout";
import type { Browser, Frame, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TimelineHandle } from "../src/types.js";
import { browserTestsReady, launch, watchErrors } from "./_browser.js";
import { changedLines, ownDesk, parse } from "./_desk.js";
import { hasCli, NO_CLI } from "./_serve.js";

const browser = browserTestsReady();
if (browser && !hasCli) console.warn(NO_CLI);
const ready = browser && hasCli;
// Where to put the screenshots (set by hand when they are to be looked at or renewed).
const SHOTS = process.env.BRIEFLINE_DESK_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
}

describe.skipIf(!ready)("the desk's item form: conditions, sources and tags; the desk on a tablet", () => {
  let chromium: Browser;
  beforeAll(async () => {
    chromium = await launch();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  test("edit a condition, add and remove a tag, change a source's grades and excerpt, reload: the file holds exactly those lines and validates; a wrong source id is refused with did-you-mean", async () => {
    const { served, path, url } = await ownDesk();
    try {
      const original = readFileSync(path, "utf8");
      // axe is injected as a script, which the desk's CSP would rightly refuse.
      const context = await chromium.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const failed: string[] = [];
      page.on("response", (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      await page.goto(url);
      await page.getByRole("tab", { name: "Items" }).click();
      await page.getByRole("button", { name: "Edit beijing-moscow-invitation", exact: true }).click();
      const form = page.locator("#item-form");
      await page.locator("#form-title", { hasText: "Edit statement beijing-moscow-invitation" }).waitFor();

      // What the file holds is what the form shows.
      expect(await form.getByLabel("Condition 2: text").inputValue()).toBe("Zelensky is ready to come");
      expect(await form.getByLabel("Condition 1: kind").inputValue()).toBe("only_if");
      expect(await form.getByRole("list", { name: "Tags" }).locator("li").allTextContents()).toEqual(["venue×"]);
      expect(await form.getByLabel("Source 1", { exact: true }).inputValue()).toBe("kremlin-beijing-presser");
      expect(await form.getByLabel("Source 1: credibility of this claim").inputValue()).toBe("1");
      expect(await form.getByLabel(/^Reliability of kremlin-beijing-presser/).inputValue()).toBe("B");

      // A condition: its kind and text.
      await form.getByLabel("Condition 2: kind").selectOption("unless");
      await form.getByLabel("Condition 2: text").fill("Zelensky sets preconditions");
      // Tags: one removed, one added (Enter), one added and removed again.
      await form.getByRole("button", { name: "Remove tag venue" }).click();
      await form.getByLabel("New tag").fill("moscow");
      await form.getByLabel("New tag").press("Enter");
      await form.getByLabel("New tag").fill("draft");
      await form.getByRole("button", { name: "Add tag" }).click();
      await form.getByRole("button", { name: "Remove tag draft" }).click();
      expect(await form.getByRole("list", { name: "Tags" }).locator("li span").allTextContents()).toEqual(["moscow"]);
      // The first reference: the claim's credibility, an excerpt; the source's own reliability.
      await form.getByLabel("Source 1: credibility of this claim").selectOption("3");
      await form.getByLabel("Source 1: excerpt").fill("If Zelensky is ready, let him come to Moscow");
      await form.getByLabel(/^Reliability of kremlin-beijing-presser/).selectOption("A");

      // Bad input: a source the chronicle lacks. Validate's words beside the field, with the
      // did-you-mean; a save is refused and the file keeps every byte.
      const second = form.getByLabel("Source 2", { exact: true });
      await second.fill("tass-beijing-09");
      const note = form.locator('.field[data-field="sources.1.source"] .field-error');
      await note.filter({ hasText: 'did you mean "tass-beijing-0903"' }).waitFor({ timeout: 30_000 });
      expect(await second.getAttribute("aria-invalid")).toBe("true");
      await page.keyboard.press("Control+s");
      await page.locator("#status", { hasText: "would not validate" }).waitFor();
      expect(readFileSync(path, "utf8")).toBe(original);
      await second.fill("tass-beijing-0903");
      await page.locator("#form-errors").waitFor({ state: "hidden", timeout: 30_000 });

      // axe finds nothing serious in the form with its lists.
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
      const violations = await page.evaluate(async () => {
        type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
        const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Result> } }).axe;
        const r = await axe.run(document.getElementById("item-form"), {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] },
        });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
      });
      expect(violations).toEqual([]);
      await form.locator("fieldset", { hasText: "Sources" }).first().scrollIntoViewIfNeeded();
      await shot(page, "desk-form-sources.png");

      await page.keyboard.press("Control+s");
      await page.locator("#status", { hasText: "Saved: edit beijing-moscow-invitation" }).waitFor();

      // Reload: the form shows what was written.
      await page.reload();
      await page.getByRole("tab", { name: "Items" }).click();
      await page.getByRole("button", { name: "Edit beijing-moscow-invitation", exact: true }).click();
      expect(await form.getByLabel("Condition 2: kind").inputValue()).toBe("unless");
      expect(await form.getByLabel("Condition 2: text").inputValue()).toBe("Zelensky sets preconditions");
      expect(await form.getByRole("list", { name: "Tags" }).locator("li span").allTextContents()).toEqual(["moscow"]);
      expect(await form.getByLabel("Source 1: credibility of this claim").inputValue()).toBe("3");
      expect(await form.getByLabel("Source 1: excerpt").inputValue()).toBe(
        "If Zelensky is ready, let him come to Moscow",
      );
      expect(await form.getByLabel(/^Reliability of kremlin-beijing-presser/).inputValue()).toBe("A");
      // The refused save's 422, and the favicon a page without its CSP asks for: nothing else failed.
      expect(failed.filter((f) => f !== "404 /favicon.ico")).toEqual(["422 /desk/api/apply"]);
      expect(errors.filter((e) => !/ERR_FAILED|net::|status of (422|404)/.test(e))).toEqual([]);
      await context.close();

      // The file: valid, and exactly those lines changed; comments and every other line kept.
      const after = readFileSync(path, "utf8");
      const result = parseChronicle(after, { filename: "chronicle.yaml" });
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(changedLines(original, after)).toEqual({
        removed: [
          "    reliability: B",
          "      - { kind: if, text: Zelensky is ready to come }",
          "      - { source: kremlin-beijing-presser, credibility: 1 }",
          "    tags: [venue]",
        ],
        added: [
          "    reliability: A",
          "      - { kind: unless, text: Zelensky sets preconditions }",
          '      - { source: kremlin-beijing-presser, credibility: 3, excerpt: "If Zelensky is ready, let him come to Moscow" }',
          "    tags: [moscow]",
        ],
      });
      // And the data is the original with those edits made, nothing else.
      const before = parse(original);
      const now = parse(after);
      const s = now.statements.find((x: { id: string }) => x.id === "beijing-moscow-invitation");
      s.conditions[1] = { kind: "if", text: "Zelensky is ready to come" };
      s.sources[0] = { source: "kremlin-beijing-presser", credibility: 1 };
      s.tags = ["venue"];
      now.sources.find((x: { id: string }) => x.id === "kremlin-beijing-presser").reliability = "B";
      expect(now).toEqual(before);
    } finally {
      await served.stop();
    }
  }, 90_000);

  test.each([
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ])(
    "on a tablet ($width×$height, touch): the chart fills the first screen, the form opens beside or below it without covering it, and its controls are reachable and big enough to tap",
    async (viewport) => {
      const { served, path, url } = await ownDesk();
      try {
        const context = await chromium.newContext({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.route("**/events", (route) => route.abort());
        await page.goto(url, { waitUntil: "domcontentloaded" });
        await page.getByRole("tab", { name: "Timeline" }).tap();
        const frame = (await (await page.waitForSelector("#timeline-frame")).contentFrame()) as Frame;
        await frame.locator(".blt-mark").first().waitFor({ timeout: 30_000 });
        await expect.poll(() => frame.evaluate(() => "briefline" in window)).toBe(true);

        /** The part of the chart's lanes on screen, in the page's coordinates. */
        const chartOnScreen = async () => {
          const body = await page.frameLocator("#timeline-frame").locator(".blt-body").boundingBox();
          const box = await page.locator("#timeline-frame").boundingBox();
          if (!body || !box) throw new Error("no chart");
          const top = Math.max(body.y, box.y, 0);
          const bottom = Math.min(body.y + body.height, box.y + box.height, viewport.height);
          return { top, bottom, height: bottom - top, left: box.x, right: box.x + box.width };
        };
        // The chart's lanes start in the upper part of the first screen and take a good part of it.
        const chart = await chartOnScreen();
        expect(chart.top).toBeLessThan(viewport.height * 0.4);
        expect(chart.height).toBeGreaterThan(viewport.height * 0.45);
        // The page's own header and the timeline's details panel are not in the frame's way.
        expect(await frame.locator(".blp-header").isVisible()).toBe(false);
        // The timeline's controls in the frame are big enough to tap.
        const small = await frame.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>(".blt-toolbar button, .blt-toolbar input")]
            .filter((el) => el.offsetParent !== null)
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 40 || box.height < 40)
            .map(({ el, box }) => `${el.textContent || el.getAttribute("aria-label")}: ${box.width}×${box.height}`),
        );
        expect(small).toEqual([]);

        // The filters are one tap away, and fold again.
        const filters = page.getByRole("button", { name: /^Filters · 37 items/ });
        await filters.tap();
        await frame.locator(".blt-filters").waitFor();
        expect(await filters.getAttribute("aria-pressed")).toBe("true");
        await filters.tap();
        await frame.locator(".blt-filters").waitFor({ state: "hidden" });

        // A tap on a mark opens its item; the form does not cover the chart.
        const at = await frame.evaluate(() => {
          const t = (window as unknown as { briefline: TimelineHandle }).briefline;
          t.flush();
          const l = t.layout() as Layout;
          const m = l.marks.find((x) => x.id === "beijing-moscow-invitation");
          return m ? { x: m.x, y: m.y - l.axis.y - l.axis.height } : null;
        });
        expect(at).not.toBeNull();
        const body = await page.frameLocator("#timeline-frame").locator(".blt-body").boundingBox();
        await page.touchscreen.tap((body?.x ?? 0) + (at?.x ?? 0), (body?.y ?? 0) + (at?.y ?? 0));
        await page.locator("#form-title", { hasText: "Edit statement beijing-moscow-invitation" }).waitFor();
        expect(await frame.locator(".blt-details").isVisible()).toBe(false);
        const formBox = await page.locator("#item-form").boundingBox();
        const withForm = await chartOnScreen();
        const overlap =
          formBox &&
          formBox.x < withForm.right &&
          formBox.x + formBox.width > withForm.left &&
          formBox.y < withForm.bottom &&
          formBox.y + formBox.height > withForm.top;
        expect(overlap).toBe(false);
        expect(withForm.height).toBeGreaterThan(viewport.height * 0.3);
        await shot(page, `desk-tablet-${viewport.width}-form.png`);

        // Every control of the form can be reached (scrolled to in the form's own pane), is
        // not under anything else, and is at least 40 px each way.
        const form = page.locator("#item-form");
        const reachable = async (control: Locator) => {
          await control.scrollIntoViewIfNeeded();
          const box = await control.boundingBox();
          expect(box).not.toBeNull();
          const { x, y, width, height } = box as { x: number; y: number; width: number; height: number };
          expect(width >= 40 && height >= 40).toBe(true);
          expect(x >= 0 && y >= 0 && x + width <= viewport.width + 0.5 && y + height <= viewport.height + 0.5).toBe(
            true,
          );
          const hit = await control.evaluate(
            (el, p) => {
              const top = document.elementFromPoint(p.x, p.y);
              return top === el || el.contains(top);
            },
            { x: x + width / 2, y: y + height / 2 },
          );
          expect(hit).toBe(true);
        };
        for (const control of [
          form.getByLabel("Condition 1: text"),
          form.getByRole("button", { name: "Add condition" }),
          form.getByLabel("Source 1: credibility of this claim"),
          form.getByLabel("Source 1: excerpt"),
          form.getByRole("button", { name: "Remove tag venue" }),
          form.getByLabel("New tag"),
          form.getByRole("button", { name: "Add tag" }),
          form.getByRole("button", { name: "Save (Ctrl+S)" }),
        ])
          await reachable(control);

        // And they work by touch: a tag added, saved.
        await form.getByLabel("New tag").tap();
        await form.getByLabel("New tag").fill("tablet");
        await form.getByRole("button", { name: "Add tag" }).tap();
        await form.getByRole("button", { name: "Save (Ctrl+S)" }).tap();
        await page.locator("#status", { hasText: "Saved: edit beijing-moscow-invitation" }).waitFor();
        expect(readFileSync(path, "utf8")).toContain("    tags: [venue, tablet]\n");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(errors.filter((e) => !/ERR_FAILED|net::/.test(e))).toEqual([]);
        await context.close();
      } finally {
        await served.stop();
      }
    },
    120_000,
  );
});
