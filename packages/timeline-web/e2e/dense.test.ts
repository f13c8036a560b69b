import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Chronicle } from "@briefline/core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderTimelinePage } from "../src/page/render-page.js";
import { browserTestsReady, launch, loadExample, watchErrors, writePage } from "./_browser.js";

const ready = browserTestsReady();

/** `n` statements by 12 actors over 2024, deterministic. */
function dense(n: number): Chronicle {
  const actors = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, type: "person" as const }));
  const kinds = ["threat", "offer", "rejection", "comment", "warning"] as const;
  const statements = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: kinds[i % kinds.length] as (typeof kinds)[number],
    speaker: `a${(i * 7) % 12}`,
    date: new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 366) * 86_400_000).toISOString().slice(0, 10),
    summary: `Statement number ${i}`,
  }));
  return { briefline: 1, title: `Dense ${n}`, timezone: "UTC", actors, statements };
}

type Handle = {
  layout(): {
    marks: unknown[];
    clusters: Array<{ x: number; y: number }>;
    lanes: Array<{ dense: boolean }>;
    domain: [number, number];
    axis: { y: number; height: number };
  };
};

describe.skipIf(!ready)("dense chronicles and live reload in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("20k items draw on a canvas as density strips, and clicking a strip zooms into it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(writePage(renderTimelinePage(dense(20_000))));
    await page.waitForSelector(".blt-body canvas:not([hidden])");
    const before = await page.evaluate(() => {
      const l = (window as unknown as { briefline: Handle }).briefline.layout();
      return {
        dense: l.lanes.filter((x) => x.dense).length,
        clusters: l.clusters.length,
        span: l.domain[1] - l.domain[0],
      };
    });
    expect(before.dense).toBe(12);
    expect(before.clusters).toBeGreaterThan(12);
    expect(await page.$$eval("g.blt-cluster", (els) => els.length)).toBe(0); // drawn on the canvas
    // Click the middle of the first lane's strip.
    const point = await page.evaluate(() => {
      const l = (window as unknown as { briefline: Handle }).briefline.layout();
      const c = l.clusters[Math.floor(l.clusters.length / 24)] as { x: number; y: number };
      const rect = document.querySelector(".blt-body")?.getBoundingClientRect() as DOMRect;
      return { x: rect.left + c.x, y: rect.top + c.y - (l.axis.y + l.axis.height) };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(150);
    const after = await page.evaluate(() => {
      const l = (window as unknown as { briefline: Handle }).briefline.layout();
      return l.domain[1] - l.domain[0];
    });
    expect(after).toBeLessThan(before.span / 10);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the canvas first covers the lanes in the window, then a screen below once the browser is idle", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 420 } });
    const errors = watchErrors(page);
    // Every height the canvas is given, in order (the canvas reflects it as an attribute).
    await page.addInitScript(() => {
      const heights: number[] = [];
      (window as unknown as { canvasHeights: number[] }).canvasHeights = heights;
      new MutationObserver((records) => {
        for (const r of records) if (r.target instanceof HTMLCanvasElement) heights.push(r.target.height);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["height"] });
    });
    await page.goto(writePage(renderTimelinePage(dense(20_000))));
    await page.waitForSelector(".blt-body canvas:not([hidden])");
    await page.waitForFunction(() => (window as unknown as { canvasHeights: number[] }).canvasHeights.length >= 2);
    const seen = await page.evaluate(() => {
      const body = document.querySelector(".blt-body")?.getBoundingClientRect() as DOMRect;
      return {
        heights: (window as unknown as { canvasHeights: number[] }).canvasHeights.map((h) => h / devicePixelRatio),
        visible: innerHeight - body.top,
        body: body.height,
      };
    });
    expect(seen.body).toBeGreaterThan(seen.visible + 100); // the lanes run on below the window
    const [first, second] = seen.heights as [number, number];
    // First the window's part (measured before that render's writes, so within a row of
    // where the body settles), then the rest of the lanes, which fit in the screen below.
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(seen.visible + 60);
    expect(second).toBeGreaterThanOrEqual(seen.body - 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a zoom redraws lanes, gridlines and axis into the nodes already there, and the canvas keeps its pixels when the lanes shrink back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    const errors = watchErrors(page);
    await page.goto(writePage(renderTimelinePage(dense(20_000))));
    await page.waitForSelector(".blt-body canvas:not([hidden])");
    const seen = await page.evaluate(() => {
      type Zoomable = { zoomTo(a: number, b: number): void; flush(): void; layout(): { height: number } };
      const t = (window as unknown as { briefline: Zoomable }).briefline;
      const canvas = document.querySelector(".blt-body canvas") as HTMLCanvasElement;
      const label = document.querySelector(".blt-lane-label");
      const firstTick = () => document.querySelector(".blt-tick text")?.textContent;
      const count = (sel: string) => document.querySelectorAll(sel).length;
      const before = { tick: firstTick(), height: t.layout().height };
      // A week: the lanes open into marks and the chart grows taller than the window.
      t.zoomTo(Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 8));
      t.flush();
      const open = { height: t.layout().height, canvas: canvas.height, tick: firstTick() };
      t.zoomTo(Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1));
      t.flush();
      return {
        before,
        open,
        back: { height: t.layout().height, canvas: canvas.height, tick: firstTick() },
        sameLabelNode: document.querySelector(".blt-lane-label") === label,
        gridlines: count(".blt-gridline"),
        ticks: count(".blt-tick"),
      };
    });
    expect(seen.open.height).toBeGreaterThan(seen.before.height);
    expect(seen.open.tick).not.toBe(seen.before.tick); // the axis did change…
    expect(seen.sameLabelNode).toBe(true); // …into the same nodes
    expect(seen.gridlines).toBe(seen.ticks);
    expect(seen.back.height).toBeLessThan(seen.open.height);
    expect(seen.back.canvas).toBe(seen.open.canvas); // not allocated again for the shorter chart
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a zoom that opens the lanes into marks on the canvas paints the window at once, the screens around it when idle, and no cluster as SVG", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 600 } });
    const errors = watchErrors(page);
    await page.goto(writePage(renderTimelinePage(dense(6000))));
    await page.waitForSelector(".blt-body canvas:not([hidden])");
    const idle = () => page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
    await idle(); // the first paint's screens around the window are in
    const seen = await page.evaluate(() => {
      type Zoomable = {
        zoomTo(a: number, b: number): void;
        flush(): void;
        layout(): { height: number; marks: unknown[]; clusters: unknown[] };
      };
      const t = (window as unknown as { briefline: Zoomable }).briefline;
      const canvas = document.querySelector(".blt-body canvas") as HTMLCanvasElement;
      const before = canvas.height / devicePixelRatio;
      t.zoomTo(Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1));
      t.flush();
      const body = document.querySelector(".blt-body")?.getBoundingClientRect() as DOMRect;
      return {
        before,
        marks: t.layout().marks.length,
        clusters: t.layout().clusters.length,
        svgClusters: document.querySelectorAll("g.blt-cluster").length,
        svgMarks: document.querySelectorAll("g.blt-mark").length,
        canvas: canvas.height / devicePixelRatio,
        hidden: canvas.hidden,
        visible: innerHeight - body.top,
        body: body.height,
      };
    });
    expect(seen.marks).toBeGreaterThan(600);
    expect(seen.hidden).toBe(false);
    expect(seen.svgMarks).toBe(0);
    expect(seen.clusters).toBeGreaterThan(0);
    expect(seen.svgClusters).toBe(0); // the clusters went to the canvas with the marks
    expect(seen.body).toBeGreaterThan(seen.visible + 100); // the lanes run on below the window
    expect(seen.canvas).toBeLessThanOrEqual(Math.max(seen.before, seen.visible + 60)); // the window only, for now
    await idle();
    const later = await page.evaluate(() => (document.querySelector(".blt-body canvas") as HTMLCanvasElement).height);
    expect(later / (await page.evaluate(() => devicePixelRatio))).toBeGreaterThan(seen.visible + 100);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("marks on the canvas stay reachable by keyboard through the focus proxy", async () => {
    // A wide window over three months: lanes thin enough to be drawn as marks, and more of them than SVG takes.
    const page = await browser.newPage({ viewport: { width: 1920, height: 900 } });
    await page.goto(`${writePage(renderTimelinePage(dense(6000)))}#range=2024-01-01T00:00:00Z/2024-04-01T00:00:00Z`);
    await page.waitForSelector(".blt-body canvas:not([hidden])");
    expect(
      await page.evaluate(() => (window as unknown as { briefline: Handle }).briefline.layout().marks.length),
    ).toBeGreaterThan(600);
    await page.focus(".blt-focus-proxy");
    const first = await page.getAttribute(".blt-focus-proxy", "data-key");
    await page.keyboard.press("ArrowRight");
    const second = await page.getAttribute(".blt-focus-proxy", "data-key");
    expect(second).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("blt-focus-proxy"))).toBe(true);
    await page.keyboard.press("Enter");
    await page.locator(".blt-details").waitFor({ state: "visible" });
    expect(await page.textContent(".blt-details h2")).toMatch(/^Statement number \d+$/);
    await page.close();
  });

  test("a served page reloads when the server says the chronicle changed", async () => {
    let version = 1;
    const clients = new Set<ServerResponse>();
    const server = createServer((req, res) => {
      if (req.url === "/events") {
        res.writeHead(200, { "Content-Type": "text/event-stream" });
        res.write(": hello\n\n");
        clients.add(res);
        req.on("close", () => clients.delete(res));
        return;
      }
      const chronicle = { ...loadExample(), title: `Version ${version}` };
      res
        .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
        .end(renderTimelinePage(chronicle, { liveReload: "/events" }));
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/#lanes=kind`;
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector(".blt-mark");
    expect(await page.textContent("h1")).toBe("Version 1");
    while (clients.size === 0) await page.waitForTimeout(20);
    version = 2;
    for (const c of clients) c.write("event: reload\ndata: 2\n\n");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Version 2");
    // The view survives the reload: it is in the URL fragment.
    expect(await page.getAttribute("[data-lanes=kind]", "aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
    for (const c of clients) c.end();
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  });
});
