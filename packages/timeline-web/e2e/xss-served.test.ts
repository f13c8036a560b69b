import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserTestsReady, launch } from "./_browser.js";
import { hasCli, NO_CLI, type Served, startServe } from "./_serve.js";
import { hostileChronicle, XSS_HTTP_URLS, XSS_URLS } from "./_xss.js";
import { INERT, inspectDom, pageTraces, probeCsp, type Watch, watchPage } from "./_xss-check.js";
import { walkTimeline } from "./_xss-exercise.js";

const browser = browserTestsReady();
if (browser && !hasCli) console.warn(NO_CLI);
const ready = browser && hasCli;

// Through `serve` the chronicle is validated, so its addresses are http(s) ones that try
// to break out of the attribute; the invalid one (javascript:, data:…) gets the error page.
const valid = hostileChronicle({ urls: "http" });
const invalid = hostileChronicle({ urls: "all" });

describe.skipIf(!ready)("web safety: the hostile chronicle through briefline serve (http://127.0.0.1)", () => {
  let browser: Browser;
  let dir: string;
  let server: Served;
  const file = () => join(dir, "chronicle.json");
  const write = (value: unknown) => {
    // Saved as editors do: a temporary file renamed over the chronicle.
    writeFileSync(`${file()}.tmp`, JSON.stringify(value, null, 2));
    renameSync(`${file()}.tmp`, file());
  };
  // The page, its event stream and the blob: URL of its own PNG export.
  const own = (u: string) =>
    u === server.url || u === `${server.url}events` || u.startsWith(`blob:${server.url.slice(0, -1)}/`);

  beforeAll(async () => {
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), "briefline-served-"));
    write(valid);
    server = await startServe("chronicle.json", dir);
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) await server.stop();
    await browser?.close();
  });

  async function open(bypassCSP: boolean): Promise<{ page: Page; watch: Watch; close(): Promise<void> }> {
    const context = await browser.newContext({ bypassCSP, viewport: { width: 1400, height: 900 } });
    const watch = await watchPage(context, own);
    const page = await context.newPage();
    await page.goto(server.url);
    return { page, watch, close: () => context.close() };
  }

  test.each([
    ["under its Content-Security-Policy", false],
    ["with the Content-Security-Policy bypassed", true],
  ])("no payload runs, loads or links anywhere %s", async (_name, bypassCSP) => {
    const { page, watch, close } = await open(bypassCSP);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const walk = await walkTimeline(page, valid, { expectText: true });
    expect(walk.problems).toEqual([]);
    // The addresses that tried to break out of href are links, with the quotes and brackets escaped.
    // Exactly the http(s) addresses became links, with quotes and brackets escaped by the URL parser.
    expect([...walk.links].sort()).toEqual(XSS_HTTP_URLS.map((u) => new URL(u.text).href).sort());
    expect(await pageTraces(page)).toEqual({ xss: undefined, violations: [] });
    // Without its policy the page no longer says "no icon" (default-src 'none'), so Chromium
    // asks for /favicon.ico, which the server rightly refuses.
    if (bypassCSP) watch.errors = watch.errors.filter((e) => !/404 \(Not Found\)$/.test(e));
    expect(watch).toEqual(INERT);
    await close();
  });

  test("the served page's Content-Security-Policy refuses inline code it did not ship, and runs its own", async () => {
    const { page, watch, close } = await open(false);
    await page.waitForSelector(".blt-mark");
    const probe = await probeCsp(page);
    expect(probe).toMatchObject({ own: true, injected: undefined });
    expect(new Set(probe.violations.map((v) => v.split(" ")[0]))).toEqual(
      new Set(["img-src", "script-src-attr", "script-src-elem", "style-src-elem"]),
    );
    expect(watch.blocked.sort()).toEqual([`${server.url}x csp`, "http://127.0.0.1:9/xss/external.js csp"]);
    await close();
  });

  test("an invalid edit shows the errors (payloads as text), deleting the file too; a fix brings the timeline back", async () => {
    const { page, watch, close } = await open(false);
    await page.waitForSelector(".blt-mark");
    const reload = () => page.waitForEvent("load", { timeout: 15_000 });

    // javascript:, data:, vbscript: addresses do not validate: the page lists them as errors.
    let loaded = reload();
    write(invalid);
    await loaded;
    await page.waitForSelector(".blp-errors li");
    const errors = await page.locator(".blp-errors li").allTextContents();
    // One error per source whose address is not http(s), each naming the address as written.
    const bad = XSS_URLS.filter((u) => !XSS_HTTP_URLS.includes(u));
    const sources = invalid.sources ?? [];
    expect(errors).toHaveLength(sources.filter((s) => bad.some((u) => u.text === s.url)).length);
    for (const u of bad) expect(errors.join("\n"), u.name).toContain(u.text.trim().split("\n")[0]);
    const dom = await inspectDom(page);
    expect(dom.problems).toEqual([]);
    expect(dom.links).toEqual([]);

    // Deleted: the page says so, and the server keeps running.
    loaded = reload();
    rmSync(file());
    await loaded;
    await page.waitForFunction(() => /no such file/.test(document.querySelector(".blp-errors")?.textContent ?? ""));

    // Recreated: the timeline is back.
    loaded = reload();
    write(valid);
    await loaded;
    await page.waitForSelector(".blt-mark");
    expect(await pageTraces(page)).toEqual({ xss: undefined, violations: [] });
    expect(watch).toEqual(INERT);
    expect(server.child.exitCode).toBe(null);
    await close();
  });

  test("Ctrl-C stops the server within 3 s, with a page still connected to its event stream", async () => {
    write(valid);
    const { page, close } = await open(false);
    await page.waitForSelector(".blt-mark");
    const stopped = await server.stop();
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.ms).toBeLessThan(3000);
    expect(server.stdout()).toContain("stopped");
    await close();
  });
});
