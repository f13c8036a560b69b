import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderTimelinePage } from "../src/page/render-page.js";
import { browserTestsReady, launch, writePage } from "./_browser.js";
import { BEACON, hostileChronicle, XSS_HTTP_URLS, XSS_IDS, XSS_TEXT } from "./_xss.js";
import { INERT, pageTraces, probeCsp, watchPage } from "./_xss-check.js";
import { walkTimeline } from "./_xss-exercise.js";

const ready = browserTestsReady();

// The API path: a chronicle that was never validated, so URL fields hold javascript:,
// data:, vbscript: and relative addresses too.
const chronicle = hostileChronicle({ urls: "all" });
const plain = (url: string) => url.replace(/#.*$/, "");
// The page itself, and the blob: URL its PNG export draws the SVG from (a file:// page's origin is "null").
const own = (page: string) => (u: string) => plain(u) === page || u.startsWith("blob:null/");

describe.skipIf(!ready)("web safety: the hostile chronicle as a standalone page (file://)", () => {
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    browser = await launch();
    url = writePage(renderTimelinePage(chronicle), "hostile.html");
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ["under its Content-Security-Policy", false],
    ["with the Content-Security-Policy bypassed (the DOM code alone keeps it inert)", true],
  ])("no payload runs, loads or links anywhere %s", async (_name, bypassCSP) => {
    const context = await browser.newContext({ bypassCSP, viewport: { width: 1400, height: 900 } });
    const watch = await watchPage(context, own(url));
    const page = await context.newPage();
    await page.goto(url);
    const walk = await walkTimeline(page, chronicle, { expectText: true });
    const traces = await pageTraces(page);
    expect(walk.problems).toEqual([]);
    expect(walk.items).toBe((chronicle.statements?.length ?? 0) + (chronicle.events?.length ?? 0));
    expect(walk.inspections).toBeGreaterThan(walk.items + 15);
    // Only http(s) sources became links; javascript:, data:, vbscript:, file:, relative ones stayed text.
    expect([...walk.links].sort()).toEqual(XSS_HTTP_URLS.map((u) => new URL(u.text).href).sort());
    expect(watch).toEqual(INERT);
    expect(traces).toEqual({ xss: undefined, violations: [] });
    await context.close();
  });

  test("the exported SVG opened as a document runs nothing and loads nothing", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(".blt-mark");
    const svg = await page.evaluate(() =>
      (window as unknown as { briefline: { exportSvg(): string } }).briefline.exportSvg(),
    );
    await context.close();
    const open = await browser.newContext({ bypassCSP: true });
    const svgUrl = writePage(svg, "hostile-export.svg");
    const watch = await watchPage(open, (u) => u === svgUrl);
    const doc = await open.newPage();
    await doc.goto(svgUrl);
    await doc.waitForTimeout(300);
    expect(await doc.evaluate(() => document.documentElement.localName)).toBe("svg");
    // The payloads are in it, as text.
    expect(await doc.evaluate(() => document.documentElement.textContent)).toContain(XSS_TEXT[0]?.text);
    expect(await pageTraces(doc)).toEqual({ xss: undefined, violations: [] });
    expect(watch).toEqual(INERT);
    await open.close();
  });

  test("the Content-Security-Policy refuses inline code the page did not ship, and runs the page's own", async () => {
    const context = await browser.newContext();
    const watch = await watchPage(context, own(url));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(".blt-mark");
    const probe = await probeCsp(page);
    expect(probe.own).toBe(true);
    expect(probe.injected).toBeUndefined();
    const directives = new Set(probe.violations.map((v) => v.split(" ")[0]));
    expect([...directives].sort()).toEqual(
      expect.arrayContaining(["img-src", "script-src-attr", "script-src-elem", "style-src-elem"]),
    );
    // The loads it asked for were stopped by the policy before the network.
    expect(watch.blocked.sort()).toEqual(
      [`${new URL("x", url).href} csp`, "http://127.0.0.1:9/xss/external.js csp"].sort(),
    );
    await context.close();
  });

  test("a deep link made of payloads (search, selection, filters, dates) opens inert", async () => {
    const hash = new URLSearchParams({
      q: XSS_TEXT[2]?.text ?? "",
      sel: `${XSS_IDS[0]}.st`,
      actors: "<script>window.__xss=1</script>,constructor",
      kinds: "<img src=x onerror=alert(1)>",
      from: `<svg onload="window.__xss=2">`,
      to: "javascript:alert(1)",
      view: "table",
    }).toString();
    const context = await browser.newContext({ bypassCSP: true });
    const watch = await watchPage(context, own(url));
    const page = await context.newPage();
    await page.goto(`${url}#${hash}`);
    await page.waitForSelector(".blt-table");
    await page.waitForTimeout(300);
    expect(await pageTraces(page)).toEqual({ xss: undefined, violations: [] });
    expect(watch).toEqual(INERT);
    expect(await page.inputValue(".blt-toolbar input[type=search]")).toBe(XSS_TEXT[2]?.text);
    await context.close();
  });

  test("the beacon the payloads aim at would be seen: a request outside the page is recorded", async () => {
    // The watch must be able to fail: a page that does load the beacon is caught.
    const context = await browser.newContext({ bypassCSP: true });
    const watch = await watchPage(context, (u) => u === pathToFileURL("/nonexistent").href);
    const page = await context.newPage();
    await page.setContent(`<img src="${BEACON}/control.png"><script>console.log("XSS-FIRED control")</script>`);
    await page.waitForTimeout(300);
    expect(watch.requests).toEqual([`GET ${BEACON}/control.png`]);
    expect(watch.markers).toEqual(["XSS-FIRED control"]);
    await context.close();
  });
});
