import { createRequire } from "node:module";
import type { Chronicle } from "@briefline/core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderTimelinePage } from "../src/page/render-page.js";
import { browserTestsReady, launch, loadExample, watchErrors, writePage } from "./_browser.js";

const ready = browserTestsReady();

const SCRIPT = "<script>window.__pwned='script'</script>";
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const RTL = "\u202Eelif.exe\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627";
const LONG = `${"A long summary that goes on and on. ".repeat(280)}END`;

function hostile(): Chronicle {
  return {
    briefline: 1,
    title: `Hostile ${SCRIPT} ${IMG}`,
    description: `</script><script>window.__pwned='description'</script> ${RTL}`,
    timezone: "UTC",
    briefing: { marking: `<b onclick="window.__pwned='marking'">SECRET</b>` },
    actors: [
      { id: "evil", name: `${IMG} Evil`, type: "person" },
      { id: "rtl", name: RTL, type: "state" },
    ],
    sources: [
      { id: "js", title: `javascript link ${SCRIPT}`, url: "javascript:window.__pwned='href'" },
      { id: "data", title: "data link", url: "data:text/html,<script>window.__pwned='data'</script>" },
      { id: "ok", title: "A fine source", url: "https://example.org/report" },
    ],
    events: [
      {
        id: "ev",
        kind: "meeting",
        title: `${SCRIPT} meeting`,
        date: "2025-09-04",
        participants: ["evil", "rtl"],
        summary: IMG,
      },
    ],
    statements: [
      {
        id: "long",
        kind: "threat",
        speaker: "evil",
        targets: ["rtl"],
        date: "2025-09-05",
        summary: LONG,
        quote: { text: `${IMG} ${RTL}`, verbatim: true },
        conditions: [{ kind: "if", text: SCRIPT }],
        sources: [
          { source: "js", credibility: 2, excerpt: IMG },
          { source: "data", credibility: 3 },
          { source: "ok", credibility: 1 },
        ],
        tags: [SCRIPT],
      },
      { id: "rtl-s", kind: "offer", speaker: "rtl", date: "2025-09-06", summary: RTL, at: "ev" },
    ],
    relations: [{ type: "rejects", from: "rtl-s", to: "long" }],
  } as Chronicle;
}

describe.skipIf(!ready)("hostile strings in a chronicle", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("render as inert text, even with the Content-Security-Policy bypassed", async () => {
    const url = writePage(renderTimelinePage(hostile()));
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${url}#sel=long`);
    await page.waitForSelector(".blt-details h2");
    await page.click("[data-view=table]");
    await page.click("[data-view=timeline]");
    await page.hover("g.blt-mark[data-id=ev] path.sym");
    expect(await page.textContent(".blt-tooltip")).toContain("<script>");
    const result = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      imgs: document.querySelectorAll("#briefline-page img").length,
      scripts: document.querySelectorAll("#briefline-page script, #briefline-page [onclick], #briefline-page [onerror]")
        .length,
      badLinks: [...document.querySelectorAll("a[href]")].filter((a) => !/^https?:/.test(a.getAttribute("href") ?? ""))
        .length,
      goodLinks: [...document.querySelectorAll(".blt-details a[href]")].map((a) => a.getAttribute("href")),
      h1: document.querySelector("h1")?.textContent,
      marking: document.querySelector(".blp-marking")?.textContent,
      summary: document.querySelector(".blt-details h2")?.textContent?.length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      toolbarLeft: document.querySelector(".blt-toolbar")?.getBoundingClientRect().left,
      dir: getComputedStyle(document.querySelector(".blt") as Element).direction,
    }));
    expect(result.pwned).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(result.imgs).toBe(0);
    expect(result.scripts).toBe(0);
    expect(result.badLinks).toBe(0);
    expect(result.goodLinks).toEqual(["https://example.org/report"]);
    expect(result.h1).toContain("<script>");
    expect(result.marking).toBe(`<b onclick="window.__pwned='marking'">SECRET</b>`);
    expect(result.summary).toBe(LONG.length);
    expect(result.overflow).toBeLessThanOrEqual(0);
    // The RTL override in names and quotes stays inside its element: the layout stays left to right.
    expect(result.dir).toBe("ltr");
    expect(result.toolbarLeft).toBeLessThan(40);
    expect(await page.textContent(".blt-details")).toContain("data link");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the page holds the data as JSON that cannot close its script element", () => {
    const html = renderTimelinePage(hostile());
    const island = /<script type="application\/json" id="briefline-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(island).not.toMatch(/[<>]/);
    expect(JSON.parse(island).chronicle.title).toBe(hostile().title);
    expect(html.match(/<script/g)).toHaveLength(2);
  });
});

describe.skipIf(!ready)("accessibility (axe-core)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ["timeline, light", "range=2025-09-01T00:00:00Z/2025-09-08T00:00:00Z&sel=legit-targets", "light"],
    ["table view, dark", "view=table", "dark"],
  ])("%s has no serious or critical violations", async (_name, hash, theme) => {
    const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
    const url = writePage(renderTimelinePage(loadExample(), { theme: theme as "light" | "dark" }));
    // axe is injected as a script, which the page's CSP would rightly refuse.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}#${hash}`);
    await page.waitForSelector(hash.includes("table") ? ".blt-table tbody tr" : ".blt-mark");
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: unknown,
              o: unknown,
            ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      const r = await axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] },
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      }));
    });
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await context.close();
  });
});
