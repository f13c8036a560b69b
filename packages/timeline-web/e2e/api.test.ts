// The embedding API (`createTimeline` and its handle) in real Chromium: the library is
// bundled from its sources into a script exposing `window.Briefline`, and drawn into a
// <div> of a plain page, as an application embedding it would.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Chronicle } from "@briefline/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { createTimeline, emptyFilter, TimelineHandle, TimelineOptions } from "../src/index.js";
import { browserTestsReady, launch, loadExample, watchErrors, writePage } from "./_browser.js";

const ready = browserTestsReady();

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const coreSrc = join(web, "../core/src");

/**
 * The public entry point as one IIFE (like bench/timeline.bench.mjs does with dist/), but
 * from the sources, with @briefline/core from its sources too: what vitest tests.
 */
async function bundleLibrary(): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: {
      contents: `import { createTimeline, emptyFilter } from "./src/index.ts"; window.Briefline = { createTimeline, emptyFilter };`,
      resolveDir: web,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "core-from-source",
        setup(b) {
          b.onResolve({ filter: /^@briefline\/core(\/[a-z]+)?$/ }, (args) => ({
            path: join(coreSrc, args.path.slice("@briefline/core".length), "index.ts"),
          }));
        },
      },
    ],
  });
  return (result.outputFiles[0] as { text: string }).text;
}

/** What the page holds: the library, the handle and what its listeners received. */
type Logged =
  | { type: "select"; id: string | null; title: string | null }
  | { type: "zoom"; domain: [number, number] }
  | { type: "filter"; kinds: string[]; text: string; shown: number; total: number };
type Win = {
  Briefline: { createTimeline: typeof createTimeline; emptyFilter: typeof emptyFilter };
  t: TimelineHandle;
  log: Logged[];
};

const chronicle = loadExample();
const statements = chronicle.statements ?? [];
const ITEMS = statements.length + (chronicle.events?.length ?? 0);
const ALL_IDS = [...statements.map((s) => s.id), ...(chronicle.events ?? []).map((e) => e.id)].sort();
const title = (id: string) =>
  statements
    .find((s) => s.id === id)
    ?.summary.replace(/\s+/g, " ")
    .trim();
const THREATS = ["threat", "warning", "ultimatum"];
const threatCount = statements.filter((s) => THREATS.includes(s.kind)).length;
const SEPT_3 = Date.UTC(2025, 8, 3);
const SEPT_7 = Date.UTC(2025, 8, 7);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embedding</title>
<style>body{margin:0;font-family:sans-serif}#app{width:1200px}</style></head>
<body><p id="before">An application around the timeline</p><div id="app"></div><button id="after">after</button></body></html>`;

describe.skipIf(!ready)("createTimeline's handle in a plain page in Chromium", () => {
  let browser: Browser;
  let library: string;
  let url: string;

  beforeAll(async () => {
    [browser, library] = await Promise.all([launch(), bundleLibrary()]);
    url = writePage(PAGE, "api.html");
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A plain page with the library, a timeline of `data` in #app as `window.t`, and its events logged. */
  async function open(
    data: Chronicle = chronicle,
    options: TimelineOptions = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, timezoneId: "UTC" });
    const errors = watchErrors(page);
    await page.goto(url);
    await page.addScriptTag({ content: library });
    await page.evaluate(
      ([c, o]) => {
        const w = window as unknown as Win;
        w.log = [];
        w.t = w.Briefline.createTimeline(document.getElementById("app") as HTMLElement, c, o);
        w.t.on("select", (e) => w.log.push({ type: "select", id: e.id, title: e.entry?.title ?? null }));
        w.t.on("zoom", (e) => w.log.push({ type: "zoom", domain: [...e.domain] as [number, number] }));
        w.t.on("filter", (e) =>
          w.log.push({ type: "filter", kinds: e.filter.kinds, text: e.filter.text, shown: e.shown, total: e.total }),
        );
      },
      [data, options] as const,
    );
    return { page, errors };
  }
  const log = (page: Page) => page.evaluate(() => (window as unknown as Win).log);
  const clearLog = (page: Page) =>
    page.evaluate(() => {
      (window as unknown as Win).log = [];
    });
  /** Ids the layout shows, as marks or counted in clusters. */
  const shownIds = (page: Page) =>
    page.evaluate(() => {
      const l = (window as unknown as Win).t.layout();
      if (!l) return [];
      return [...new Set([...l.marks.map((m) => m.id), ...l.clusters.flatMap((c) => c.ids)])].sort();
    });
  const domIds = (page: Page) =>
    page.$$eval("#app g.blt-mark", (els) => els.map((e) => e.getAttribute("data-id") ?? "").sort());
  const layoutMarkIds = (page: Page) =>
    page.evaluate(() =>
      ((window as unknown as Win).t.layout()?.marks ?? []).map((m) => m.id).sort((a, b) => (a < b ? -1 : 1)),
    );
  const domain = (page: Page): Promise<[number, number]> =>
    page.evaluate(() => (window as unknown as Win).t.layout()?.domain ?? [0, 0]);
  const ticks = (page: Page) => page.$$eval("#app .blt-tick text", (els) => els.map((e) => e.textContent));
  const nextFrame = (page: Page) =>
    page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));

  test("draws into the given element one mark per item, and the DOM matches layout()", async () => {
    const { page, errors } = await open();
    // Everything lives inside #app; the rest of the page is untouched.
    expect(await page.$$eval(".blt", (els) => els.map((e) => e.parentElement?.id))).toEqual(["app"]);
    expect(await page.textContent("#before")).toBe("An application around the timeline");
    expect(await page.$$eval("#briefline-timeline-css", (els) => els.length)).toBe(1);
    // Every item is drawn (as a mark or counted in a cluster), and nothing else.
    expect(await shownIds(page)).toEqual(ALL_IDS);
    const marks = await layoutMarkIds(page);
    expect(marks.length).toBeGreaterThan(ITEMS / 2);
    expect(await domIds(page)).toEqual(marks);
    expect(await page.textContent("#app .blt-summary")).toBe(`${ITEMS} items`);
    // The first render is synchronous: the handle reports the layout right away.
    expect(await page.evaluate(() => (window as unknown as Win).t.state())).toMatchObject({
      domain: null,
      laneBy: "speaker",
      selected: null,
      view: "timeline",
      filter: { kinds: [], actors: [], status: [], text: "" },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("select(id) and a click on a mark fire 'select' with the id and open its details", async () => {
    const { page, errors } = await open();
    const details = page.locator("#app .blt-details");
    expect(await details.isHidden()).toBe(true);

    await page.evaluate(() => (window as unknown as Win).t.select("legit-targets"));
    expect(await log(page)).toContainEqual({ type: "select", id: "legit-targets", title: title("legit-targets") });
    await details.waitFor({ state: "visible" });
    expect(await details.locator("h2").textContent()).toBe(title("legit-targets"));
    expect(await details.locator("blockquote").first().textContent()).toContain("legitimate targets for destruction");
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBe("legit-targets");

    // Clearing the selection closes the details and says so.
    await clearLog(page);
    await page.evaluate(() => (window as unknown as Win).t.select(null));
    expect(await log(page)).toContainEqual({ type: "select", id: null, title: null });
    await details.waitFor({ state: "hidden" });

    // A click on a drawn mark (zoomed in, so marks do not overlap).
    await page.evaluate(
      ([a, b]) => {
        const t = (window as unknown as Win).t;
        t.zoomTo(a, b);
        t.flush();
      },
      [SEPT_3, SEPT_7] as const,
    );
    await clearLog(page);
    await page.click('#app g.blt-mark[data-id="moscow-offer"]');
    expect((await log(page)).filter((e) => e.type === "select")).toEqual([
      { type: "select", id: "moscow-offer", title: title("moscow-offer") },
    ]);
    await details.waitFor({ state: "visible" });
    expect(await details.locator("h2").textContent()).toBe(title("moscow-offer"));
    await nextFrame(page);
    expect(await page.getAttribute('#app g.blt-mark[data-id="moscow-offer"]', "class")).toMatch(/selected/);

    // The function `on` returns unsubscribes.
    await clearLog(page);
    const after = await page.evaluate(() => {
      const w = window as unknown as Win;
      const seen: Array<string | null> = [];
      const off = w.t.on("select", (e) => seen.push(e.id));
      w.t.select("legit-targets");
      off();
      w.t.select("moscow-offer");
      return seen;
    });
    expect(after).toEqual(["legit-targets"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a click on empty chart space fires 'empty' (date, lane, the zoom's precision); Shift+click and Shift+Enter on a second mark fire 'pair' and keep the selection; focusPoint()", async () => {
    const { page, errors } = await open();
    await page.evaluate(
      ([a, b]) => {
        const w = window as unknown as Win & { seen: unknown[] };
        w.seen = [];
        w.t.on("empty", (e) => w.seen.push({ type: "empty", text: e.text, precision: e.precision, lane: e.lane }));
        w.t.on("pair", (e) => w.seen.push({ type: "pair", ...e }));
        w.t.zoomTo(a, b);
        w.t.flush();
      },
      [SEPT_3, SEPT_7] as const,
    );
    const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    // Where nothing is drawn: the left end of the time range in the first lane, at its top.
    const spot = await page.evaluate(() => {
      const l = (window as unknown as Win).t.layout();
      const lane = l?.lanes[0];
      if (!l || !lane) return null;
      const x = l.range[0] + 2;
      const y = lane.y + 2;
      const free = !l.marks.some((m) => Math.abs(m.x - x) < 16 && Math.abs(m.y - y) < 16);
      return free ? { x, y: y - l.axis.y - l.axis.height, lane: lane.key } : null;
    });
    expect(spot).not.toBeNull();
    await page.click("#app .blt-body", { position: { x: spot?.x ?? 0, y: spot?.y ?? 0 } });
    expect(await seen()).toEqual([{ type: "empty", text: "2025-09-03", precision: "day", lane: spot?.lane }]);
    expect(await page.evaluate(() => (window as unknown as Win).t.focusPoint())).toMatchObject({
      text: "2025-09-05",
      precision: "day",
      lane: null,
    });

    // With nothing selected, Shift+click selects as a click does; with one selected, it pairs.
    const symbol = (id: string) =>
      page.evaluate((wanted) => {
        const l = (window as unknown as Win).t.layout();
        const m = l?.marks.find((x) => x.id === wanted);
        return m && l ? { x: m.x, y: m.y - l.axis.y - l.axis.height } : { x: -1, y: -1 };
      }, id);
    const shiftClick = async (id: string) =>
      page.click("#app .blt-body", { position: await symbol(id), modifiers: ["Shift"] });
    await shiftClick("moscow-offer");
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBe("moscow-offer");
    await shiftClick("legit-targets");
    await page.focus('#app g.blt-mark[data-id="dismisses-ceasefire-calls"]');
    await page.keyboard.press("Shift+Enter");
    expect((await seen()).slice(1)).toEqual([
      { type: "pair", from: "moscow-offer", to: "legit-targets" },
      { type: "pair", from: "moscow-offer", to: "dismisses-ceasefire-calls" },
    ]);
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBe("moscow-offer");
    // The keyboard's point is the focused mark's day and lane.
    expect(await page.evaluate(() => (window as unknown as Win).t.focusPoint())).toMatchObject({
      text: "2025-09-05",
      lane: "putin",
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("zoomTo(a, b) shows about [a, b], fires 'zoom' and changes the axis; zoomTo('fit') goes back", async () => {
    const { page, errors } = await open();
    const fitted = await domain(page);
    const before = await ticks(page);
    expect(before).toContain("Sep");

    await clearLog(page);
    await page.evaluate(([a, b]) => (window as unknown as Win).t.zoomTo(a, b), [SEPT_3, SEPT_7] as const);
    // Drawn at the next frame, and reported then.
    await page.waitForFunction(() => (window as unknown as Win).log.some((e) => e.type === "zoom"));
    const [a, b] = await domain(page);
    const minute = 60_000;
    expect(Math.abs(a - SEPT_3)).toBeLessThan(minute);
    expect(Math.abs(b - SEPT_7)).toBeLessThan(minute);
    const zooms = (await log(page)).filter((e) => e.type === "zoom");
    expect(zooms.at(-1)).toEqual({ type: "zoom", domain: [a, b] });
    const zoomed = await ticks(page);
    expect(zoomed).not.toEqual(before);
    expect(zoomed).toContain("4 Sep");
    expect(zoomed).not.toContain("Aug");
    // Items outside the span are not drawn.
    expect(await shownIds(page)).not.toContain("jeddah-talks");

    // ISO text and Dates work as well, and "fit" shows everything again.
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.zoomTo("2025-09-01T00:00:00Z", new Date("2025-09-08T00:00:00Z"));
      t.flush();
    });
    const [c, d] = await domain(page);
    expect(Math.abs(c - Date.UTC(2025, 8, 1))).toBeLessThan(minute);
    expect(Math.abs(d - Date.UTC(2025, 8, 8))).toBeLessThan(minute);
    expect((await ticks(page))[0]).toBe("1 Sep");
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.zoomTo("fit");
      t.flush();
    });
    expect(await domain(page)).toEqual(fitted);
    expect(await ticks(page)).toEqual(before);
    expect((await log(page)).filter((e) => e.type === "zoom").at(-1)).toEqual({ type: "zoom", domain: fitted });

    // An empty or reversed span is refused and changes nothing.
    const refused = await page.evaluate(
      ([x, y]) => {
        try {
          (window as unknown as Win).t.zoomTo(y, x);
          return "accepted";
        } catch (e) {
          return (e as Error).name;
        }
      },
      [SEPT_3, SEPT_7] as const,
    );
    expect(refused).toBe("RangeError");
    await nextFrame(page);
    expect(await domain(page)).toEqual(fitted);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("setFilter hides items, fires 'filter' with the counts, and clearing it restores them", async () => {
    const { page, errors } = await open();
    await page.evaluate((kinds) => (window as unknown as Win).t.setFilter({ kinds }), THREATS);
    // The event is synchronous, with the whole filter and the counts.
    expect((await log(page)).filter((e) => e.type === "filter")).toEqual([
      { type: "filter", kinds: THREATS, text: "", shown: threatCount, total: ITEMS },
    ]);
    await page.waitForFunction((n) => (window as unknown as Win).t.layout()?.marks.length === n, threatCount);
    const threatIds = statements.filter((s) => THREATS.includes(s.kind)).map((s) => s.id);
    expect(await shownIds(page)).toEqual([...threatIds].sort());
    expect(await domIds(page)).toEqual([...threatIds].sort());
    expect(await page.$$eval("#app g.blt-mark.fam-offer", (els) => els.length)).toBe(0);
    expect(await page.textContent("#app .blt-summary")).toBe(`Showing ${threatCount} of ${ITEMS} items`);
    expect(await page.evaluate(() => (window as unknown as Win).t.state().filter.kinds)).toEqual(THREATS);

    // Filters combine: free text narrows further.
    await clearLog(page);
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.setFilter({ text: "troops" });
      t.flush();
    });
    const [narrowed] = (await log(page)).filter((e) => e.type === "filter");
    expect(narrowed).toMatchObject({ type: "filter", kinds: THREATS, text: "troops", total: ITEMS });
    const shown = (narrowed as { shown: number }).shown;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(threatCount);
    expect(await shownIds(page)).toHaveLength(shown);

    // Clearing restores everything.
    await clearLog(page);
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.setFilter({ kinds: [], text: "" });
      t.flush();
    });
    expect(await log(page)).toContainEqual({ type: "filter", kinds: [], text: "", shown: ITEMS, total: ITEMS });
    expect(await shownIds(page)).toEqual(ALL_IDS);
    expect(await domIds(page)).toEqual(await layoutMarkIds(page));
    expect(await page.textContent("#app .blt-summary")).toBe(`${ITEMS} items`);

    // A filter that hides the selected item clears the selection, and says so.
    await page.evaluate(() => (window as unknown as Win).t.select("moscow-offer"));
    await clearLog(page);
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.setFilter({ kinds: ["threat"] });
      t.flush();
    });
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBeNull();
    expect((await log(page)).filter((e) => e.type === "select")).toEqual([{ type: "select", id: null, title: null }]);
    expect(await page.isHidden("#app .blt-details")).toBe(true);
    // Selecting an item a kind filter hides clears that filter to show it.
    await clearLog(page);
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.select("moscow-offer");
      t.flush();
    });
    expect(await log(page)).toContainEqual({ type: "select", id: "moscow-offer", title: title("moscow-offer") });
    expect(await page.evaluate(() => (window as unknown as Win).t.state().filter.kinds)).toEqual([]);
    expect(await shownIds(page)).toEqual(ALL_IDS);
    await page.locator("#app .blt-details").waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("update(chronicle) redraws the new items, keeps the view, and a removed id can no longer be selected", async () => {
    const { page, errors } = await open();
    const removed = "sco-anchorage-understandings";
    const next: Chronicle = { ...chronicle, statements: statements.filter((s) => s.id !== removed) };
    // The page's scroll bar comes with the first render and narrows the chart a frame
    // later: the view below is laid out at the width that stays, and is narrow enough
    // that the item is a mark at either width (not counted in a +N box).
    await nextFrame(page);
    await nextFrame(page);
    await page.evaluate(
      ([a, b]) => {
        const t = (window as unknown as Win).t;
        t.zoomTo(a, b);
        t.select("sco-anchorage-understandings");
        t.flush();
      },
      [Date.UTC(2025, 7, 29), Date.UTC(2025, 8, 4)] as const,
    );
    expect(await domIds(page)).toContain(removed);
    const viewBefore = await domain(page);
    const marksBefore = (await layoutMarkIds(page)).length;
    await page.locator("#app .blt-details").waitFor({ state: "visible" });

    await clearLog(page);
    await page.evaluate((c) => {
      const t = (window as unknown as Win).t;
      t.update(c);
      t.flush();
    }, next);
    // The filter event reports the new total; the selection of the removed item is gone, and 'select' says so.
    expect(await log(page)).toContainEqual({ type: "filter", kinds: [], text: "", shown: ITEMS - 1, total: ITEMS - 1 });
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBeNull();
    expect((await log(page)).filter((e) => e.type === "select")).toEqual([{ type: "select", id: null, title: null }]);
    expect(await page.isHidden("#app .blt-details")).toBe(true);
    // The removed item's mark is gone, in the same view (an item it kept out of a row
    // may now be drawn instead of counted in a +N box, so the count can stay).
    expect(await domain(page)).toEqual(viewBefore);
    expect(await layoutMarkIds(page)).not.toContain(removed);
    expect((await layoutMarkIds(page)).length).toBeGreaterThanOrEqual(marksBefore - 1);
    expect(await domIds(page)).not.toContain(removed);
    expect(await domIds(page)).toEqual(await layoutMarkIds(page));
    expect(await page.textContent("#app .blt-summary")).toBe(`${ITEMS - 1} items`);
    await page.evaluate(() => (window as unknown as Win).t.zoomTo("fit"));
    await nextFrame(page);
    expect(await shownIds(page)).toEqual(ALL_IDS.filter((id) => id !== removed));

    // Selecting the removed id selects nothing; the others still open.
    await clearLog(page);
    await page.evaluate(() => (window as unknown as Win).t.select("sco-anchorage-understandings"));
    expect(await log(page)).toContainEqual({ type: "select", id: null, title: null });
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBeNull();
    expect(await page.isHidden("#app .blt-details")).toBe(true);
    await page.evaluate(() => (window as unknown as Win).t.select("legit-targets"));
    await page.locator("#app .blt-details").waitFor({ state: "visible" });
    expect(await page.textContent("#app .blt-details h2")).toBe(title("legit-targets"));

    // A new item appears, and the new chronicle's panels work with it.
    const added: Chronicle = {
      ...next,
      statements: [
        ...(next.statements ?? []),
        {
          id: "late-addition",
          kind: "offer",
          speaker: "putin",
          date: "2025-09-06",
          summary: "A statement added later.",
        },
      ],
    };
    await page.evaluate((c) => {
      const t = (window as unknown as Win).t;
      t.update(c);
      t.flush();
    }, added);
    expect(await shownIds(page)).toContain("late-addition");
    expect(await page.textContent("#app .blt-summary")).toBe(`${ITEMS} items`);
    await page.evaluate(() => (window as unknown as Win).t.select("late-addition"));
    await page.locator("#app .blt-details").waitFor({ state: "visible" });
    expect(await page.textContent("#app .blt-details h2")).toBe("A statement added later.");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("update(chronicle) redraws kept marks from the new data: accessible name, ? sign and bar", async () => {
    const { page, errors } = await open();
    // Six statements drawn as marks (not counted in a +N box) with a day-precise date
    // made uncertain, and summaries changed.
    const drawnBefore = new Set(await layoutMarkIds(page));
    const changed = (chronicle.statements ?? [])
      .filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(String(s.date)) && drawnBefore.has(s.id))
      .slice(0, 6);
    expect(changed).toHaveLength(6);
    const ids = new Set(changed.map((s) => s.id));
    const next: Chronicle = {
      ...chronicle,
      statements: (chronicle.statements ?? []).map((s) =>
        ids.has(s.id) ? { ...s, date: `${s.date}?`, summary: `CHANGED ${s.summary}` } : s,
      ),
    };
    await page.evaluate((c) => {
      const t = (window as unknown as Win).t;
      t.update(c);
      t.flush();
    }, next);
    const drawn = await page.evaluate(
      (list) =>
        list.map((id) => {
          const g = document.querySelector(`#app g.blt-mark[data-id="${id}"]`);
          return {
            id,
            label: g?.getAttribute("aria-label") ?? "",
            sign: g?.querySelector("text.q")?.textContent ?? "",
          };
        }),
      [...ids],
    );
    for (const mark of drawn) {
      expect(mark.label, mark.id).toContain("CHANGED");
      expect(mark.sign, mark.id).toBe("?");
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("update(chronicle) clears a selection the filter now hides (its text changed), with a 'select' of null", async () => {
    const marked = (summary: string): Chronicle => ({
      ...chronicle,
      statements: statements.map((s) => (s.id === "legit-targets" ? { ...s, summary } : s)),
    });
    const { page, errors } = await open(marked("Xyzzy: Putin warned that foreign troops would be targets."));
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.setFilter({ text: "xyzzy" });
      t.select("legit-targets");
      t.flush();
    });
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBe("legit-targets");
    await clearLog(page);
    await page.evaluate((c) => {
      const t = (window as unknown as Win).t;
      t.update(c);
      t.flush();
    }, marked("Putin warned that foreign troops would be targets."));
    expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBeNull();
    expect((await log(page)).filter((e) => e.type === "select")).toEqual([{ type: "select", id: null, title: null }]);
    expect(await page.isHidden("#app .blt-details")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("destroy() empties the element and detaches every listener", async () => {
    const { page, errors } = await open(chronicle, { hash: true });
    const plus = () =>
      page.evaluate(() => {
        const root = (window as unknown as { root: HTMLElement }).root;
        const e = new KeyboardEvent("keydown", { key: "+", bubbles: true, cancelable: true });
        root.dispatchEvent(e);
        return e.defaultPrevented;
      });
    const fitted = await domain(page);
    // "+" on the timeline zooms in (and is handled); the new view goes to the URL fragment
    // after a pause, and destroying the timeline at once must cancel that write too.
    const before = await page.evaluate(() => {
      const w = window as unknown as Win & { root: HTMLElement };
      w.root = document.querySelector("#app .blt") as HTMLElement;
      const e = new KeyboardEvent("keydown", { key: "+", bubbles: true, cancelable: true });
      w.root.dispatchEvent(e);
      w.t.flush();
      const domain = w.t.layout()?.domain ?? [0, 0];
      w.t.destroy();
      return { handled: e.defaultPrevented, domain };
    });
    expect(before.handled).toBe(true);
    const zoomed = before.domain;
    expect(zoomed[1] - zoomed[0]).toBeLessThan((fitted[1] - fitted[0]) * 0.75);

    expect(await page.evaluate(() => document.getElementById("app")?.childNodes.length)).toBe(0);
    expect(await page.$$eval(".blt, .blt-details, .blt-tooltip", (els) => els.length)).toBe(0);
    expect(await page.textContent("#before")).toBe("An application around the timeline");
    // No key handler reacts any more on the (detached) root.
    await clearLog(page);
    expect(await plus()).toBe(false);
    await nextFrame(page);
    expect(await domain(page)).toEqual(zoomed);
    // Nor does the URL fragment: it is neither written nor read.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).toBe("");
    await page.evaluate(() => {
      location.hash = "#sel=moscow-offer&lanes=kind";
    });
    await nextFrame(page);
    expect(await page.evaluate(() => (window as unknown as Win).t.state())).toMatchObject({
      selected: null,
      laneBy: "speaker",
    });
    // Listeners registered with on() are dropped, and nothing comes back into the element.
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.setFilter({ kinds: ["threat"] });
      t.select("moscow-offer");
      t.flush();
    });
    await nextFrame(page);
    expect(await log(page)).toEqual([]);
    expect(await page.evaluate(() => document.getElementById("app")?.childNodes.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("destroying one of two timelines on a page leaves the other working", async () => {
    const { page, errors } = await open();
    await page.evaluate((c) => {
      const w = window as unknown as Win & { other: TimelineHandle };
      const host = document.createElement("div");
      host.id = "other";
      document.body.append(host);
      w.other = w.Briefline.createTimeline(host, c);
      w.t.select("legit-targets");
      w.t.destroy();
      w.other.select("moscow-offer");
      w.other.flush();
    }, chronicle);
    expect(await page.$$eval(".blt", (els) => els.map((e) => e.parentElement?.id))).toEqual(["other"]);
    expect(await page.$$eval("#briefline-timeline-css", (els) => els.length)).toBe(1);
    await page.locator("#other .blt-details").waitFor({ state: "visible" });
    expect(await page.textContent("#other .blt-details h2")).toBe(title("moscow-offer"));
    expect(await page.$$eval("#other g.blt-mark", (els) => els.length)).toBeGreaterThan(ITEMS / 2);
    // The keyboard still works in the other one.
    await page.focus("#other g.blt-mark[tabindex='0']");
    await page.keyboard.press("Escape");
    await page.locator("#other .blt-details").waitFor({ state: "hidden" });
    expect(errors).toEqual([]);
    await page.close();
  });

  // A date bound hides items too: select() clears it with the other filters. (It once
  // kept it, since setFilter merges and emptyFilter() had no bounds to merge, so the item
  // stayed hidden and 'select' fired with { id: null, entry }.)
  test("select(id) reveals and opens an item hidden by a date filter", async () => {
    const { page, errors } = await open();
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.setFilter({ from: "2025-09-04" });
      t.flush();
    });
    expect(await shownIds(page)).not.toContain("jeddah-talks");
    await clearLog(page);
    await page.evaluate(() => {
      const t = (window as unknown as Win).t;
      t.select("jeddah-talks");
      t.flush();
    });
    try {
      expect((await log(page)).filter((e) => e.type === "select")).toEqual([
        { type: "select", id: "jeddah-talks", title: "US-Ukraine talks in Jeddah" },
      ]);
      expect(await page.evaluate(() => (window as unknown as Win).t.state().selected)).toBe("jeddah-talks");
      expect(await shownIds(page)).toContain("jeddah-talks");
      expect(await page.isVisible("#app .blt-details")).toBe(true);
      // And setFilter(emptyFilter()) shows everything again, date range included.
      const all = await page.evaluate(() => {
        const w = window as unknown as Win;
        w.t.setFilter({ from: "2025-09-04", kinds: ["threat"] });
        w.t.setFilter(w.Briefline.emptyFilter());
        w.t.flush();
        return w.t.state().filter;
      });
      expect(all).toEqual({ kinds: [], actors: [], status: [], text: "" });
      expect((await shownIds(page)).length).toBe(ITEMS);
    } finally {
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
