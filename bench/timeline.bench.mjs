// Benchmark of the web timeline: generated chronicles of 1k, 10k and 100k items drawn in
// headless Chromium by Briefline and, in the same run and browser, by vis-timeline 8.5.
// Measures the first render (construction until the next frame), one zoom step (script
// time and time to the next frame) and the JS heap after a GC. Writes docs/bench/timeline.md.
//
//   pnpm build && node bench/timeline.bench.mjs            (BENCH_SIZES=1000,10000 to limit)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, LAUNCH } from "./_chromium.mjs";
import { generate } from "./_timeline-data.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "packages/timeline-web");
const require = createRequire(join(web, "package.json"));
const { BENCH_SIZES, BENCH_VIS_LIMIT } = process.env;
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) to run this benchmark.`);
  process.exit(0);
}
if (!existsSync(join(web, "dist/timeline.js"))) {
  console.error("packages/timeline-web/dist is missing: run `pnpm build` first.");
  process.exit(1);
}
const SIZES = (BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const VIS_LIMIT = Number(BENCH_VIS_LIMIT ?? 100000);
const VIS_TIMEOUT = 90_000;
const RUNS = 5;
const VIS_RUNS = 3;

// ---------------------------------------------------------------- harness
const { build } = require("esbuild");
const briefline = (
  await build({
    stdin: {
      contents: `import { createTimeline } from "./dist/timeline.js"; import { entriesOf } from "@briefline/core"; window.Briefline = { createTimeline, entriesOf };`,
      resolveDir: web,
    },
    bundle: true,
    format: "iife",
    minify: true,
    write: false,
    platform: "browser",
  })
).outputFiles[0].text;
const visDir = dirname(require.resolve("vis-timeline/package.json"));
const visJs = readFileSync(join(visDir, "standalone/umd/vis-timeline-graph2d.min.js"), "utf8");
const visCss = readFileSync(join(visDir, "styles/vis-timeline-graph2d.min.css"), "utf8");
const visVersion = JSON.parse(readFileSync(join(visDir, "package.json"), "utf8")).version;

const { chromium } = require("playwright-core");
const browser = await chromium.launch(LAUNCH);
const chromeVersion = browser.version();

async function newPage(library) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const css = library === "vis" ? `<style>${visCss}</style>` : "";
  await page.setContent(
    `<!doctype html><html><head>${css}<style>body{margin:0;font-family:sans-serif}#app{width:1400px;height:860px}</style></head><body><div id="app"></div></body></html>`,
  );
  await page.addScriptTag({ content: library === "vis" ? visJs : briefline });
  return page;
}

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { heapMB: get("JSHeapUsedSize") / 1048576, nodes: get("Nodes") };
}

const nextFrame = "() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))";

async function runBriefline(chronicle) {
  const page = await newPage("briefline");
  await page.evaluate((c) => {
    window.__data = c;
  }, chronicle);
  const first = await page.evaluate(`(async () => {
    const frame = ${nextFrame};
    await frame();
    const t0 = performance.now();
    window.t = Briefline.createTimeline(document.getElementById("app"), window.__data, { styles: true });
    const script = performance.now() - t0;
    await frame();
    return { script, total: performance.now() - t0 };
  })()`);
  const zoom = await page.evaluate(`(async () => {
    const frame = ${nextFrame};
    const t = window.t;
    const out = [];
    for (let i = 0; i < 12; i++) {
      const [a, b] = t.layout().domain;
      const m = (a + b) / 2, h = (b - a) / 2 / (i % 12 < 6 ? 1.25 : 0.8);
      await frame();
      const t0 = performance.now();
      t.zoomTo(m - h, m + h);
      t.flush();
      const script = performance.now() - t0;
      await frame();
      out.push({ script, total: performance.now() - t0 });
    }
    return out;
  })()`);
  // What waiting for a frame costs with nothing to draw: subtracted from "zoom → frame".
  const idle = await page.evaluate(`(async () => {
    const frame = ${nextFrame};
    const out = [];
    for (let i = 0; i < 12; i++) { await frame(); const t0 = performance.now(); await frame(); out.push(performance.now() - t0); }
    return out.sort((a, b) => a - b)[6];
  })()`);
  const layout = await page.evaluate(
    "({ marks: window.t.layout().marks.length, clusters: window.t.layout().clusters.length, canvas: !document.querySelector('canvas').hidden })",
  );
  const mem = await heap(page);
  await page.close();
  // Reading the chronicle's dates alone, in a fresh page (empty date cache): the part of
  // the first render that core's date parser takes.
  const fresh = await newPage("briefline");
  await fresh.evaluate((c) => {
    window.__data = c;
  }, chronicle);
  const parse = await fresh.evaluate(
    "(() => { const t0 = performance.now(); Briefline.entriesOf(window.__data); return performance.now() - t0; })()",
  );
  await fresh.close();
  return { first, zoom, layout, mem, parse, idle };
}

async function runVis(chronicle) {
  const page = await newPage("vis");
  const items = [
    ...chronicle.statements.map((s) => ({ id: s.id, group: s.speaker, content: s.summary, start: s.date })),
    ...chronicle.events.map((e) => ({ id: e.id, group: e.participants[0], content: e.title, start: e.date })),
  ];
  // vis-timeline reads ISO dates; give it the start of each EDTF date, as it has no fuzzy dates.
  for (const item of items) {
    const [a, b] = item.start.replace("?", "").split("/");
    item.start = a.length === 7 ? `${a}-01` : a;
    if (b) item.end = b;
  }
  await page.evaluate(
    (d) => {
      window.__items = d.items;
      window.__groups = d.groups;
    },
    { items, groups: chronicle.actors.map((a) => ({ id: a.id, content: a.name })) },
  );
  const result = await Promise.race([
    page.evaluate(`(async () => {
      const frame = ${nextFrame};
      await frame();
      const t0 = performance.now();
      window.t = new vis.Timeline(document.getElementById("app"), new vis.DataSet(window.__items), new vis.DataSet(window.__groups), { stack: true, height: "860px" });
      const script = performance.now() - t0;
      await frame();
      const first = { script, total: performance.now() - t0 };
      const zoom = [];
      for (let i = 0; i < 12; i++) {
        await frame();
        const z0 = performance.now();
        if (i < 6) window.t.zoomIn(0.2, { animation: false }); else window.t.zoomOut(0.25, { animation: false });
        window.t.redraw();
        const zs = performance.now() - z0;
        await frame();
        zoom.push({ script: zs, total: performance.now() - z0 });
      }
      return { first, zoom };
    })()`),
    new Promise((resolve) => setTimeout(() => resolve(null), VIS_TIMEOUT)),
  ]);
  if (!result) {
    await page.close().catch(() => undefined);
    return null;
  }
  const mem = await heap(page);
  await page.close();
  return { ...result, mem };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const max = (xs) => Math.max(...xs);
const ms = (v) =>
  v === undefined || v === null ? "—" : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`;

const loadAtStart = loadavg()[0].toFixed(1);
const rows = [];
for (const n of SIZES) {
  const chronicle = generate(n);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runBriefline(chronicle));
  const b = {
    first: median(runs.map((r) => r.first.total)),
    firstBest: Math.min(...runs.map((r) => r.first.total)),
    firstScript: median(runs.map((r) => r.first.script)),
    zoom: median(runs.flatMap((r) => r.zoom.map((z) => z.script))),
    zoomP90: quantile(
      runs.flatMap((r) => r.zoom.map((z) => z.script)),
      0.9,
    ),
    zoomMax: max(runs.flatMap((r) => r.zoom.map((z) => z.script))),
    parse: median(runs.map((r) => r.parse)),
    zoomFrame: median(runs.flatMap((r) => r.zoom.map((z) => z.total))),
    idle: median(runs.map((r) => r.idle)),
    mem: runs[0].mem,
    layout: runs[0].layout,
  };
  // vis-timeline's first render also moves from run to run: the median of three up to
  // 10k items (at 100k one run takes over half a minute, so one).
  const visRuns = [];
  for (let i = 0; i < (n <= 10_000 ? VIS_RUNS : 1) && n <= VIS_LIMIT; i++) {
    const run = await runVis(chronicle);
    if (!run) break;
    visRuns.push(run);
  }
  const v = visRuns.length ? { ...visRuns[0], first: { total: median(visRuns.map((r) => r.first.total)) } } : null;
  const row = {
    n,
    b,
    v: v && {
      first: v.first.total,
      zoom: median(v.zoom.map((z) => z.script)),
      zoomFrame: median(v.zoom.map((z) => z.total)),
      mem: v.mem,
    },
  };
  rows.push(row);
  console.log(
    `${n} items: Briefline first ${ms(b.first)} (script ${ms(b.firstScript)}, dates ${ms(b.parse)}), zoom ${ms(b.zoom)} (p90 ${ms(b.zoomP90)}, max ${ms(b.zoomMax)}, frame ${ms(b.zoomFrame)}), heap ${b.mem.heapMB.toFixed(1)} MB, ${b.layout.marks} marks ${b.layout.clusters} clusters ${b.layout.canvas ? "canvas" : "svg"} | vis-timeline ${row.v ? `first ${ms(row.v.first)}, zoom ${ms(row.v.zoom)} (frame ${ms(row.v.zoomFrame)}), heap ${row.v.mem.heapMB.toFixed(1)} MB` : n <= VIS_LIMIT ? `did not finish within ${VIS_TIMEOUT / 1000} s` : "skipped"}`,
  );
}
await browser.close();

// ---------------------------------------------------------------- report
const ten = rows.find((r) => r.n === 10000);
const hundred = rows.find((r) => r.n === 100000);
const targets = [
  ten && [`10k items: first render ≤ 150 ms`, ten.b.first <= 150, ms(ten.b.first)],
  ten && [
    `10k items: ≥ 10× faster than vis-timeline`,
    ten.v ? ten.v.first / ten.b.first >= 10 : true,
    ten.v ? `${(ten.v.first / ten.b.first).toFixed(1)}×` : "vis-timeline did not finish",
  ],
  ten && [
    `10k items: zoom step p90 ≤ 16 ms (script)`,
    ten.b.zoomP90 <= 16,
    `median ${ms(ten.b.zoom)}, p90 ${ms(ten.b.zoomP90)}, max ${ms(ten.b.zoomMax)}`,
  ],
  hundred && [
    `100k items: zoom step < 16 ms (script, median)`,
    hundred.b.zoom < 16,
    `median ${ms(hundred.b.zoom)}, p90 ${ms(hundred.b.zoomP90)}, max ${ms(hundred.b.zoomMax)}`,
  ],
  hundred && [
    `100k items: zoom frame (script, style, layout, paint) < 16 ms`,
    hundred.b.zoomFrame - hundred.b.idle < 16,
    `${ms(hundred.b.zoomFrame - hundred.b.idle)} (${ms(hundred.b.zoomFrame)} to the next frame, of which ${ms(hundred.b.idle)} is the wait for it)`,
  ],
].filter(Boolean);
const md = `# Timeline benchmark

Generated chronicles (30 actors, 85 % statements, 15 % events over three years, with month-precise,
uncertain and interval dates) drawn in headless Chromium ${chromeVersion} at 1400×860 CSS px, by Briefline's
\`createTimeline\` and by vis-timeline ${visVersion} (groups by speaker, stacking on, the same items) in the same run.

- Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 1073741824).toFixed(0)} GiB; Node ${process.version};
  load average ${loadAtStart} at the start and ${loadavg()[0].toFixed(1)} at the end (other work shares the cores, so figures vary from run to run).
- Command: \`pnpm build && node bench/timeline.bench.mjs\` (${new Date().toISOString().slice(0, 10)}).
- *First render*: from the constructor call until the next frame has run (median of ${RUNS} for Briefline; for vis-timeline, median of ${VIS_RUNS} up to 10k items, 1 run at 100k).
- *Zoom step*: script time of one zoom by 1.25× (6 in, 6 out; median and 90th percentile of 12 × ${RUNS}, the first
  steps included); *zoom → frame*: from the step until the next frame has run, which includes waiting for that frame
  (the wait alone, measured with nothing to draw, is given under Targets). vis-timeline's zoom defers part of its work
  to later frames, so its step time understates its cost.
- *Dates*: reading the chronicle's EDTF dates alone (\`entriesOf\`, empty cache), the part of the first render that
  \`@briefline/core\`'s date parser takes.
- *Heap*: JS heap after a forced GC, with the chart drawn (the data included).

| items | Briefline first render (best) | of which dates | vis-timeline first render | speed-up | Briefline zoom step: median, p90 (max) | Briefline zoom → frame | vis-timeline zoom step | Briefline heap | vis-timeline heap | drawn as |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--|
${rows
  .map(
    (r) =>
      `| ${r.n.toLocaleString("en")} | ${ms(r.b.first)} (${ms(r.b.firstBest)}) | ${ms(r.b.parse)} | ${r.v ? ms(r.v.first) : r.n <= VIS_LIMIT ? `> ${VIS_TIMEOUT / 1000} s` : "not run"} | ${r.v ? `${(r.v.first / r.b.first).toFixed(1)}×` : "—"} | ${ms(r.b.zoom)}, ${ms(r.b.zoomP90)} (${ms(r.b.zoomMax)}) | ${ms(r.b.zoomFrame)} | ${r.v ? ms(r.v.zoom) : "—"} | ${r.b.mem.heapMB.toFixed(1)} MB | ${r.v ? `${r.v.mem.heapMB.toFixed(1)} MB` : "—"} | ${r.b.layout.marks.toLocaleString("en")} marks + ${r.b.layout.clusters} clusters, ${r.b.layout.canvas ? "canvas" : "SVG"} |`,
  )
  .join("\n")}

## Targets

| target | met | measured |
|:--|:-:|:--|
${targets.map(([name, ok, value]) => `| ${name} | ${ok ? "yes" : "**no**"} | ${value} |`).join("\n")}

How it stays fast: the layout finds each lane's items in view by bisecting an index sorted by time (built once), so
a zoom frame costs the lanes and time bins on screen, not the data; a lane whose items in view would get less than
three mark widths each becomes a density strip of counts, and overflow beyond a lane's rows becomes \`+N\` badges, so the number of drawn
marks is bounded by the screen; marks beyond 600 go to a canvas that covers only the time range and the lanes on
screen; the overview's density is computed once per filter.

What the first render costs, and what was cut from it (2026-12-01). An earlier run gave 133.2 ms at 10k items against
vis-timeline's 1.21 s (9.1×). On the day of these changes the same machine ran both libraries about half as fast
(vis-timeline 2.2–2.9 s, the Briefline code of that earlier run 301.9 ms against 2.20 s, 7.3×): compare the speed-up,
which holds the machine constant, not the milliseconds across days. CPU profiles and traces of the first render in
headless Chromium showed, besides reading the dates, work done for every item that the first frame does not need,
browser work caused by the order of DOM reads and writes, and a canvas larger than the window. Changed since:

- The kinds, actors and status lists sit in closed popovers: they are built when opened (sorting actor names woke the
  browser's collator, several ms in a fresh page), and the actor and status counts are counted then. A facet the
  filter leaves open reuses the filtered entries; with no filter, the entries are neither filtered nor copied.
- Marks are joined to the DOM by hand instead of through d3 (no selector query per mark and part), and a mark's bar,
  \`?\`/\`~\` sign and label exist only when it has one: 1,944 elements became 1,065 at 10k, fewer to create, style
  and lay out.
- The chart's width is read once, in the first render (attaching zoom read it earlier and forced an extra layout);
  the canvas's colours are read before the DOM writes (read after them, they recalculated the styles of the whole
  chart); the canvas no longer spans the lane labels.
- The canvas's first paint covers the lanes inside the window; the screen above and below it (so that a scroll shows
  marks at once) is added when the browser is idle. A software canvas costs its area twice in the first frame: to
  allocate it and to hand it to the compositor (15–35 ms each at 1214 × 988 to 1214 × 1466 px in traces). At 1k items
  this took the first render from 326 ms to 248 ms.
- The layout sorts once per entries array: indexes are ordered by a native sort of their values and dealt to their
  lanes in that order (no comparator call per pair, no sort per lane), each lane's reach noted on the way. Clusters
  share one shape (one \`ids\` getter for all), which also speeds zoom frames; the overview reuses the layout's
  midpoints; date formatters are found by precision.

Labels (2026-12-07). Naming marks (issue 10) took the 10k first render from about 133–300 ms to 375 ms and the
10k zoom step to a median of 57 ms. Profiles (CPU profile of the first render and of zoom steps in headless Chromium,
per-phase timings of \`computeLayout\`) showed where: canvas \`measureText\` on every label and on each of its cuts
(the largest single cost, about a sixth of the first render's CPU profile: tens of microseconds a call in a
fresh page); a second packing and placement to
keep room beside threats, run for 342 marks; the priority of all 10k entries worked out when a few hundred are drawn;
and, one zoom step in from the whole period, 5,245 marks packed shoulder to shoulder (no label fitted; every frame
packed, placed and painted them all). Changed: text is measured a word at a time and summed (each word measured once;
equal to whole-text widths in Chromium for every text of the bundled chronicles); priorities are worked out per drawn
entry; room is reserved for threats' labels only up to 200 marks; a lane becomes a density strip when its items
would get less than three mark widths each (so the 10k overview is a strip of counts, and marks appear a few zoom
steps in, with labels); label placement stops after 150 tries in a row find no room; symbols are traced without
closures per mark; cluster shapes are kept by index, not in a map by id (a density frame draws a thousand). A 10k
zoom frame of density strips takes 7–14 ms; the step where lanes open into marks (2,503 marks, 113 labels) about
75–110 ms, and the first steps after the first render run cold: together they make the p90.

Zoom frames (2026-12-07, later). CPU time of zoom steps, read per step through Chromium's \`Performance.getMetrics\`
(the renderer's main-thread time, which the load on the other core moves less than the wall clock), showed three costs
that were not drawing: the cluster font set on the canvas in every frame (about 1 ms each: \`restore()\` dropped it),
the canvas allocated again whenever the lanes opened into marks or closed back (its band's height changed; the
allocation landed on the next \`setTransform\`), and the lanes' backgrounds, gridlines, names and the whole axis
emptied and created again (about 200 SVG elements at 30 lanes). Now the font is set outside save/restore and only when
it differs, the canvas keeps its height up to three windows, and those layers are patched into the nodes already there
(\`patch\` in dom.ts writes only the attributes and text that differ). The old and new builds in the same run, seven pages
each, alternated, on a quiet machine: 10k zoom step median 13.8 → 10.7 ms (script, wall clock), renderer CPU per step
22.8 → 18.7 ms; the p90 did not move (29.1 → 29.8 ms): it is the step where the lanes open into 2,503 marks (130–140 ms of
CPU) and the first two steps after the first render, which run cold (30–40 ms of CPU). The 10k first render did not
change (CPU 187 ms both; a native sort of dates in place of the comparator sort of \`entriesOf\` was tried and was slower
in Chromium, where the comparator is optimised after a few hundred calls). Between this table's run and the previous
one, a few hours apart on the same machine, vis-timeline's 10k first render went from 1.92 s to 2.87 s and Briefline's
from 181 ms to 254 ms (the old build measured 209 ms in the A/B run half an hour later): compare speed-ups across runs,
not milliseconds.

The step where the lanes open (2026-12-08). A CPU profile of the 10k step that opens the lanes into 2,503 canvas
marks showed half its time outside layout: its ~180 clusters went to SVG (900 new nodes, then their styles and layout,
about 30 ms of script and most of 84 ms of native time) while the marks went to the canvas, and the canvas was
allocated three windows tall in that frame (20 ms in \`setTransform\`). Clusters now go to the canvas with the marks,
and a frame that would make the canvas taller paints the window only, leaving the screens around it to the idle
callback, as the first paint does: that step went from about 200 to about 90 ms of renderer CPU in same-page
profiles (a browser test checks both). Label placement measured each cut's last word with its ellipsis as a new
word ("offers…"); it is now the word and "…" (exact in Chromium: 733 words in four faces, difference 0). Clusters and
density strips now count in calendar bins (days, weeks, months… in the chronicle's time zone) instead of fixed lengths
of time from 1970, so cells line up with the axis: that changes the benchmark's cluster counts (1,080 in the 10k
overview instead of 974) but not its cost (a density zoom step's profile shows the bins' edges under 0.1 ms). This
table's run (quiet machine, load 0.9; vis-timeline's 10k first render 1.94 s, as on the morning of 7 December): 10k
first render 192 ms (254 ms in the previous table), zoom step median 11.1 ms, p90 38.3 ms, and the slowest step, the
one that opens the lanes, 100.9 ms (185.7 ms before). The p90 is still the lanes-opening step and the two cold steps
after the first render; same-page A/B runs of the old and new builds under load did not separate on first render or
p90 through the noise. Still missed: first render ≤ 150 ms and p90 ≤ 16 ms.

What remains: reading the dates (column *of which dates*); the layout's passes over every entry, run before the code
is optimised; the canvas; the browser's first style, layout and paint of the page, and the garbage collections that
making 10k entries causes (about 20 ms of scavenges in a trace). Handing the chronicle to the page as JSON text and
parsing it just before the timing starts, as the generated page does, made Briefline's first render slower in a
trial run (about 430 ms at 10k; the first seconds after a large \`JSON.parse\` run slow in this browser, and waiting
3 s brought it back to 256 ms); vis-timeline was not measured that way. The benchmark hands both libraries their
data as the same structured clone.
`;
mkdirSync(join(root, "docs/bench"), { recursive: true });
writeFileSync(join(root, "docs/bench/timeline.md"), md);
console.log("wrote docs/bench/timeline.md");
