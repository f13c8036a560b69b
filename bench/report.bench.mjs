// Benchmark of the PDF briefing (issue 4): renderBriefing on generated chronicles of
// about 20, 100 and 500 pages — time, peak memory (each render in its own child
// process) and file size — side by side with Chromium (playwright-core page.pdf)
// printing an HTML rendering of the same content with the same DejaVu fonts: warm against
// warm (a render in a process that has rendered before, a print in a running browser) and
// cold against cold (a fresh `briefline report` process, a freshly launched browser).
// Writes docs/bench/report.md. Run after `pnpm build`: node bench/report.bench.mjs
// (BRIEFLINE_PDF_DIST=<dist folder> measures another build; BRIEFLINE_BENCH_OUT=<file> writes elsewhere).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHROMIUM, LAUNCH } from "./_chromium.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const pdfPackage = join(root, "packages/report-pdf");
const requirePdf = createRequire(join(pdfPackage, "package.json"));
// Another build of the renderer to measure (e.g. an earlier commit's), and where to write
// the report: for before/after comparisons without touching the committed figures.
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a switch for manual comparisons, not an input of a turbo task
const pdfDist = process.env.BRIEFLINE_PDF_DIST ?? join(pdfPackage, "dist");
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a switch for manual comparisons, not an input of a turbo task
const reportPath = process.env.BRIEFLINE_BENCH_OUT ?? join(root, "docs/bench/report.md");
// Core is imported where it is used, not here: a render child's "module load" includes it.
const SIZES = [
  { label: "~20 pages", items: 40 },
  { label: "~100 pages", items: 330 },
  { label: "~500 pages", items: 1960 },
];
const ISSUED = new Date("2025-09-06T12:00:00Z");

// ---------------------------------------------------------------- generated chronicles
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A deterministic chronicle of `n` items: statements of every kind, events, sources, relations, judgments. */
export function generateChronicle(n, seed = 7) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const names = [
    "Volkov",
    "Kovalenko",
    "Harrington",
    "Moreau",
    "Lindqvist",
    "Okafor",
    "Tanaka",
    "Castillo",
    "Novak",
    "Petrov",
    "Haddad",
    "Schmidt",
  ];
  const actors = names.map((name, i) => ({
    id: `a${i}`,
    name: i % 3 === 1 ? `Олег ${name}` : `${pick(["Anna", "Pavel", "James", "Claire", "Erik", "Ngozi"])} ${name}`,
    type: "person",
    country: pick(["RUS", "UKR", "USA", "FRA", "DEU", "TUR"]),
    title: pick(["President", "Foreign Minister", "Defence Minister", "Special Envoy", "Prime Minister"]),
    aliases: [name, `Minister ${name}`],
  }));
  const sources = Array.from({ length: Math.max(8, Math.round(n / 6)) }, (_, i) => ({
    id: `src${i}`,
    title: `Report ${i} on statements made during the crisis talks`,
    publisher: pick([
      "Example Wire",
      "Agency News",
      "Daily Ledger",
      "Ministry of Foreign Affairs",
      "Kremlin transcript",
    ]),
    url: `https://example.org/news/${2025}/${i}`,
    published: `2025-${String(1 + (i % 9)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    reliability: pick(["A", "B", "B", "C", "C", "D"]),
  }));
  const kinds = [
    "threat",
    "warning",
    "offer",
    "proposal",
    "rejection",
    "demand",
    "accusation",
    "comment",
    "assurance",
    "appeal",
    "ultimatum",
  ];
  const start = Date.UTC(2025, 5, 1);
  const day = (k) => new Date(start + k * 86_400_000).toISOString().slice(0, 10);
  const span = Math.max(30, Math.round(n / 5));
  const statements = [];
  const events = [];
  const relations = [];
  for (let i = 0; i < n; i++) {
    const d = day(Math.floor(r() * span));
    const refs = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
      source: pick(sources).id,
      credibility: 1 + Math.floor(r() * 4),
    }));
    if (i % 6 === 5) {
      events.push({
        id: `e${i}`,
        kind: pick(["meeting", "summit", "call", "visit", "forum"]),
        title: `Talks between delegations, round ${i}`,
        date: d,
        location: { name: pick(["Geneva", "Istanbul", "Riyadh", "Vienna", "Доха"]) },
        participants: [pick(actors).id, pick(actors).id],
        summary: "Delegations met for several hours; both sides described the talks as difficult but useful.",
        sources: refs,
      });
      continue;
    }
    const kind = pick(kinds);
    const speaker = pick(actors).id;
    const statement = {
      id: `s${i}`,
      kind,
      speaker,
      targets: [pick(actors).id],
      date: d,
      summary: `${kind[0].toUpperCase()}${kind.slice(1)} number ${i}: the speaker said that the other side would bear full responsibility for what follows unless the talks resume on the agreed terms.`,
      sources: refs,
    };
    if (r() < 0.4)
      statement.quote = {
        text: "We will not accept any arrangement that ignores our security interests, and we have said so repeatedly.",
        verbatim: true,
        language: "en",
      };
    if (kind === "threat" || kind === "offer" || kind === "ultimatum")
      statement.conditions = [{ kind: "if", text: "the other side does not withdraw its forces" }];
    statements.push(statement);
  }
  const offers = statements.filter((s) => s.kind === "offer" || s.kind === "proposal");
  const rejections = statements.filter((s) => s.kind === "rejection");
  rejections.forEach((rej, i) => {
    const offer = offers[i % Math.max(1, offers.length)];
    if (offer && offer.date <= rej.date) relations.push({ type: "rejects", from: rej.id, to: offer.id });
  });
  const threats = statements.filter((s) => s.kind === "threat");
  for (let i = 1; i < threats.length; i += 3)
    if (threats[i - 1].date <= threats[i].date)
      relations.push({ type: "reiterates", from: threats[i].id, to: threats[i - 1].id });
  return {
    briefline: 1,
    title: `Generated crisis chronicle (${n} items)`,
    timezone: "UTC",
    actors,
    sources,
    events,
    statements,
    relations,
    judgments: [
      {
        id: "kj1",
        text: "Talks resume within the month.",
        likelihood: "unlikely",
        confidence: "moderate",
        basis: [statements[0].id],
      },
      {
        id: "kj2",
        text: "A further threat against the allies follows.",
        likelihood: "likely",
        confidence: "low",
        basis: [statements[1].id],
      },
    ],
    briefing: { marking: "UNCLASSIFIED", author: "Benchmark" },
  };
}

// ---------------------------------------------------------------- the same content as HTML
const esc = (s) =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

/** The briefing's content as one HTML page: same sections, tables, chronology and endnotes, same fonts. */
export async function htmlOf(chronicle) {
  const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
  const layoutMod = await import(pathToFileURL(join(root, "packages/core/dist/layout/index.js")).href);
  const font = (file) => pathToFileURL(requirePdf.resolve(`dejavu-fonts-ttf/ttf/${file}`)).href;
  const names = new Map(chronicle.actors.map((a) => [a.id, a.name]));
  const name = (id) => esc(names.get(id) ?? id);
  const entries = core.entriesOf(chronicle);
  const sources = new Map(chronicle.sources.map((s) => [s.id, s]));
  const layout = layoutMod.computeLayout(chronicle, {
    width: 700,
    laneBy: "speaker",
    maxRows: 3,
    rowHeight: 14,
    markSize: 8,
  });
  const svg = `<svg width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">${layout.lanes
    .map((l) => `<text x="2" y="${l.y + l.height / 2}" font-size="8">${esc(l.label)}</text>`)
    .join(
      "",
    )}${layout.escalation ? `<path d="${layout.escalation.line}" fill="none" stroke="#222"/>` : ""}${layout.marks
    .map(
      (m) =>
        `<path transform="translate(${m.x},${m.y})" d="${m.symbol}" fill="${m.color}" stroke="#222" stroke-width="0.4"/>`,
    )
    .join("")}</svg>`;
  const threats = core.threatRegister(chronicle);
  const offers = core.offers(chronicle);
  const byDay = core.groupByPeriod(entries, "day", "UTC");
  let note = 0;
  const notes = [];
  const chronology = byDay
    .map(
      (g) =>
        `<h3>${esc(g.key)}</h3>${g.entries
          .map((e) => {
            const refs = e.statement?.sources ?? e.event?.sources ?? [];
            const n = refs.length ? ++note : 0;
            if (n) notes.push({ n, e, refs });
            const who = e.type === "statement" ? `${name(e.speaker)} → ${e.targets.map(name).join(", ")}: ` : "";
            const quote = e.statement?.quote ? `<blockquote>“${esc(e.statement.quote.text)}”</blockquote>` : "";
            return `<div class="item"><span class="kind">${esc(e.kind)}</span><p><b>${who}</b>${esc(e.title)}${n ? `<sup><a href="#n${n}">${n}</a></sup>` : ""}</p>${quote}</div>`;
          })
          .join("")}`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(chronicle.title)}</title><style>
@font-face{font-family:"DejaVu Serif Condensed";src:url("${font("DejaVuSerifCondensed.ttf")}")}
@font-face{font-family:"DejaVu Serif Condensed";font-weight:bold;src:url("${font("DejaVuSerifCondensed-Bold.ttf")}")}
@font-face{font-family:"DejaVu Serif Condensed";font-style:italic;src:url("${font("DejaVuSerifCondensed-Italic.ttf")}")}
@font-face{font-family:"DejaVu Sans Condensed";src:url("${font("DejaVuSansCondensed.ttf")}")}
@font-face{font-family:"DejaVu Sans Condensed";font-weight:bold;src:url("${font("DejaVuSansCondensed-Bold.ttf")}")}
body{font:9.5pt/1.42 "DejaVu Serif Condensed";color:#1a1a1a} h1,h2,h3,table,.kind,.notes{font-family:"DejaVu Sans Condensed"}
h2{color:#1f3a5f;border-bottom:1.2pt solid #1f3a5f;break-after:avoid} h3{break-after:avoid}
table{border-collapse:collapse;width:100%;font-size:8pt} thead{display:table-header-group} tr{break-inside:avoid}
th{background:#edf0f4;text-align:left} td,th{padding:3pt 4pt;border-bottom:.4pt solid #c9ced6;vertical-align:top}
.item{display:grid;grid-template-columns:78pt 1fr;break-inside:avoid} .item blockquote{grid-column:2;font-style:italic}
.notes{font-size:8pt} .cover{break-after:page}
</style></head><body>
<section class="cover"><h1>${esc(chronicle.title)}</h1><p>Marking: UNCLASSIFIED</p></section>
<h2>1. Bottom line up front</h2><p>${esc(entries.length)} items.</p>
<h2>2. Key judgments</h2>${chronicle.judgments.map((j) => `<p><b>${esc(j.text)}</b><br>LIKELIHOOD ${esc(j.likelihood)} · CONFIDENCE ${esc(j.confidence)}</p>`).join("")}
<h2>3. Timeline</h2>${svg}
<h2>4. Threat register</h2><table><thead><tr><th>Speaker</th><th>Target</th><th>Threat</th><th>First</th><th>Last</th><th>×</th><th>Intensity</th></tr></thead><tbody>${threats
    .map(
      (t) =>
        `<tr><td>${name(t.speaker)}</td><td>${t.targets.map(name).join(", ")}</td><td>${esc(t.summary)}<br><i>${t.conditions.map((c) => esc(c.text)).join("; ")}</i></td><td>${esc(t.firstStated.input)}</td><td>${esc(t.lastStated.input)}</td><td>${t.reiterations + 1}</td><td>${t.intensity}</td></tr>`,
    )
    .join("")}</tbody></table>
<h2>5. Offers and proposals</h2><table><thead><tr><th>Date</th><th>From</th><th>Offer</th><th>Status</th><th>Responses</th></tr></thead><tbody>${offers
    .map(
      (o) =>
        `<tr><td>${esc(o.date.input)}</td><td>${name(o.speaker)}</td><td>${esc(o.summary)}</td><td>${o.status}</td><td>${o.responses.map((x) => `${x.type} by ${name(x.speaker)}`).join("; ")}</td></tr>`,
    )
    .join("")}</tbody></table>
<h2>6. Chronology</h2>${chronology}
<h2>7. Actors</h2><table><thead><tr><th>Actor</th><th>Role</th></tr></thead><tbody>${chronicle.actors.map((a) => `<tr><td><b>${esc(a.name)}</b><br>${esc(a.aliases?.join(", "))}</td><td>${esc(a.title)}</td></tr>`).join("")}</tbody></table>
<h2>8. Sources</h2><table><thead><tr><th>Source</th><th>Published</th><th>Reliability</th></tr></thead><tbody>${chronicle.sources.map((s) => `<tr><td><b>${esc(s.publisher)}</b><br><a href="${esc(s.url)}">${esc(s.title)}</a></td><td>${esc(s.published)}</td><td>${esc(s.reliability)}</td></tr>`).join("")}</tbody></table>
<h2>9. Endnotes</h2><div class="notes">${notes
    .map(
      ({ n, e, refs }) =>
        `<p id="n${n}"><b>${n}.</b> ${esc(e.date.input)}: ${esc(e.title)}<br>${refs
          .map((ref) => {
            const s = sources.get(ref.source);
            return `${esc(s?.publisher)}, “${esc(s?.title)}”, ${esc(s?.published)}. <a href="${esc(s?.url)}">${esc(s?.url)}</a>. Grades: ${esc(s?.reliability)}${ref.credibility ?? ""}.`;
          })
          .join("<br>")}</p>`,
    )
    .join("")}</div></body></html>`;
}

// ---------------------------------------------------------------- one render in a child process
// The first render in a process pays for compiling the code and parsing the fonts
// ("cold", what a one-shot CLI run sees); the following ones show the steady state
// ("warm", like Chromium printing in an already running browser). The second render
// alone is still partly unoptimised code, so it is reported too.
async function child(items, renders) {
  const t00 = performance.now();
  const { renderBriefing } = await import(pathToFileURL(join(pdfDist, "index.js")).href);
  const load = performance.now() - t00;
  const chronicle = generateChronicle(items);
  const times = [];
  let bytes;
  for (let i = 0; i < renders; i++) {
    const t0 = performance.now();
    bytes = await renderBriefing(chronicle, { creationDate: ISSUED });
    times.push(performance.now() - t0);
  }
  const pages =
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/Type \/Page\b/g)?.length ?? 0;
  process.stdout.write(
    JSON.stringify({
      load,
      cold: times[0],
      second: times[1] ?? times[0],
      warm: times.length > 1 ? median(times.slice(1)) : times[0],
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      pages,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

function inChild(items, renders) {
  const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "child", String(items), String(renders)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The machine is shared: each figure is the median of several runs. Peak memory is
// measured alone (one render per process), so the warm-up render does not add to it.
function measure(items, runs, renders) {
  const timed = Array.from({ length: runs }, () => inChild(items, renders));
  const memory = inChild(items, 1);
  return {
    load: median(timed.map((t) => t.load)),
    cold: median(timed.map((t) => t.cold)),
    second: median(timed.map((t) => t.second)),
    warm: median(timed.map((t) => t.warm)),
    bytes: memory.bytes,
    sha256: memory.sha256,
    pages: memory.pages,
    maxRssMb: memory.maxRssMb,
  };
}

const PDF_OPTIONS = {
  format: "A4",
  margin: { top: "88px", bottom: "83px", left: "72px", right: "72px" },
  displayHeaderFooter: true,
  headerTemplate: `<div style="font-size:7pt;width:100%;text-align:center">UNCLASSIFIED</div>`,
  footerTemplate: `<div style="font-size:7pt;width:100%;text-align:right;padding-right:54pt">page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
};

/** One page printed in a browser; `ms` is the time of `goto` + `pdf`. */
async function printPage(browser, htmlFile, pdfPath) {
  const page = await browser.newPage();
  const t0 = performance.now();
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
  const pdf = await page.pdf(pdfPath ? { ...PDF_OPTIONS, path: pdfPath } : PDF_OPTIONS);
  const ms = performance.now() - t0;
  await page.close();
  return { pdf, ms };
}

/** What a one-off print costs: launch the browser, print one page, close it. */
async function printCold(htmlFile, pdfPath) {
  const { chromium: browserType } = requirePdf("playwright-core");
  const browser = await browserType.launch(LAUNCH);
  try {
    await printPage(browser, htmlFile, pdfPath);
  } finally {
    await browser.close();
  }
}

// Warm: one browser, launched once; each print is `goto` + `pdf` in a new page.
async function chromiumWarm(cases) {
  const { chromium: browserType } = requirePdf("playwright-core");
  const browser = await browserType.launch(LAUNCH);
  const results = [];
  try {
    for (const c of cases) {
      const times = [];
      let pdf;
      for (let run = 0; run < 3; run++) {
        const printed = await printPage(browser, c.html);
        pdf = printed.pdf;
        times.push(printed.ms);
      }
      const pdfPath = c.html.replace(/\.html$/, ".pdf");
      writeFileSync(pdfPath, pdf);
      let pages = 0;
      try {
        pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" }))?.[1] ?? 0);
      } catch {}
      results.push({ ms: median(times), bytes: pdf.length, pages });
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** Wall time of a Node command from spawn to exit, in ms. */
function timed(args, cwd) {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 1 << 20 });
  const ms = performance.now() - t0;
  if (out.status !== 0) throw new Error(`${args.join(" ")} failed: ${out.stderr}`);
  return ms;
}

const cli = join(root, "apps/cli/dist/main.js");
// `briefline report` as a user runs it: a fresh Node process that loads the CLI, reads and
// validates the chronicle, loads the renderer, draws and writes the file.
const cliReport = (c, dir) => timed([cli, "report", c.json, "-o", `cli${c.items}.pdf`, "--issued", "2025-09-06"], dir);

// Cold against cold, interleaved (CLI, launch in this process, launch from a fresh Node
// process; size by size, three rounds) so a change in the machine's load hits all three.
async function coldRuns(cases, dir, withChromium) {
  const runs = cases.map(() => ({ cli: [], launch: [], fresh: [] }));
  cliReport(cases[0], dir); // the CLI's modules into the disk cache
  if (withChromium) await printCold(cases[0].html); // and the browser's
  for (let round = 0; round < 3; round++) {
    for (const [i, c] of cases.entries()) {
      runs[i].cli.push(cliReport(c, dir));
      if (!withChromium) continue;
      const t0 = performance.now();
      await printCold(c.html, join(dir, "launch.pdf"));
      runs[i].launch.push(performance.now() - t0);
      runs[i].fresh.push(timed([fileURLToPath(import.meta.url), "print", c.html, join(dir, "fresh.pdf")], dir));
    }
  }
  return cases.map((c, i) => {
    const cliPdf = readFileSync(join(dir, `cli${c.items}.pdf`));
    return {
      cli: median(runs[i].cli),
      launch: withChromium ? median(runs[i].launch) : null,
      fresh: withChromium ? median(runs[i].fresh) : null,
      sha256: createHash("sha256").update(cliPdf).digest("hex"),
    };
  });
}

async function main() {
  const started = Date.now();
  // The machine is shared with other work: its load is part of the context of the figures.
  const load = loadavg()[0].toFixed(2);
  inChild(40, 1); // warm the disk cache once
  const ours = SIZES.map((c) => ({ ...c, ...measure(c.items, c.items > 1000 ? 2 : 3, c.items > 1000 ? 4 : 8) }));
  // The inputs of both sides: the chronicle as a file for the CLI, its HTML rendering for Chromium.
  const dir = mkdtempSync(join(tmpdir(), "briefline-bench-"));
  const withChromium = existsSync(CHROMIUM);
  const cases = [];
  for (const c of SIZES) {
    const chronicle = generateChronicle(c.items);
    const json = join(dir, `c${c.items}.json`);
    writeFileSync(json, JSON.stringify(chronicle));
    const html = join(dir, `b${c.items}.html`);
    if (withChromium) writeFileSync(html, await htmlOf(chronicle));
    cases.push({ ...c, json, html });
  }
  let theirs;
  let cold;
  try {
    theirs = withChromium ? await chromiumWarm(cases) : null;
    cold = await coldRuns(cases, dir, withChromium);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadEnd = loadavg()[0].toFixed(2);
  const mb = (b) => (b / 1048576).toFixed(2);
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const x = (a, b) => `${(a / b).toFixed(1)}×`;
  const rows = ours.map((o, i) => {
    const c = theirs?.[i];
    const speedup = c ? `${x(c.ms, o.warm)} (cold ${x(c.ms, o.cold)})` : "–";
    return `| ${o.label} (${o.items} items) | ${o.pages} | ${s(o.warm)} | ${s(o.second)} | ${s(o.cold)} | ${s(o.load)} | ${o.maxRssMb.toFixed(0)} MB | ${mb(o.bytes)} MB | ${c ? c.pages : "–"} | ${c ? s(c.ms) : "not run"} | ${c ? `${mb(c.bytes)} MB` : "–"} | ${speedup} |`;
  });
  const coldRows = ours.map((o, i) => {
    const c = cold[i];
    const same = c.sha256 === o.sha256 ? "yes" : "**no**";
    return withChromium
      ? `| ${o.label} (${o.items} items) | ${s(c.cli)} | ${same} | ${s(c.launch)} | ${s(c.fresh)} | ${x(c.launch, c.cli)} | ${x(c.fresh, c.cli)} |`
      : `| ${o.label} (${o.items} items) | ${s(c.cli)} | ${same} | not run | not run | – | – |`;
  });
  const hundred = ours[1];
  const big = ours[2];
  const speed100 = theirs ? theirs[1].ms / hundred.warm : null;
  const speed100cold = theirs ? theirs[1].ms / hundred.cold : null;
  const speed100second = theirs ? theirs[1].ms / hundred.second : null;
  const cold100 = cold[1];
  const met = (r) => (r >= 5 ? "met" : "NOT met");
  const md = `# PDF briefing benchmark

Generated by \`node bench/report.bench.mjs\` (after \`pnpm build\`) on ${new Date().toISOString().slice(0, 10)}.

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version};
load average ${load} when the run started and ${loadEnd} when it ended (the machine is shared, so figures move by ±20%
from run to run; the cold rows, a few processes each, move more).

### Warm: a process that has rendered before, a browser that is running

Each Briefline measurement runs in a fresh child process (\`renderBriefing\` from \`packages/report-pdf/dist\`, A4, fixed
creation date). Time is the \`renderBriefing\` call: "cold" is the first render in a process (code not yet compiled, fonts
not yet parsed), "warm" the median of the following renders in the same process (the steady state of a service, and the
fair match for a browser that is already running), "2nd render" the second render alone (V8 is still optimising). Each
figure is the median over 3 processes of 8 renders (2 processes of 4 renders for the largest). Peak memory is the maximum
resident set size of a process that renders once (Node itself included). "Module load" is the \`import\` of the renderer
(and of \`@briefline/core\`, pdfkit, fontkit and its Unicode tables) before the first render.
Chromium is Debian's \`/usr/bin/chromium\` driven by playwright-core \`page.pdf\` (A4, same margins, header and
"page X of Y" footer) printing an HTML rendering of the same content (cover, judgments, timeline as SVG from the same
layout, threat register, offers, chronology with quotes and note numbers, actors, sources, endnotes) with the same
DejaVu TTF fonts, in an already running browser: its time is \`goto\` + \`pdf\` in a new page, the median of 3 prints.
The HTML has less on each page (no running header, simpler tables), so Chromium prints fewer pages for the same items.

| Briefing | Pages | Briefline (warm) | Briefline (2nd render) | Briefline (cold) | Module load | Briefline peak RSS | Briefline size | Chromium pages | Chromium (warm browser) | Chromium size | Speed-up |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join("\n")}

The "cold" speed-up in the last column sets Briefline's first render in a fresh process against a browser that was
launched and warmed up before: a lopsided comparison, kept because it shows that a first render is slower.

### Cold: one briefing, from nothing, on both sides

Measured in the same run, interleaved (for each size: the CLI, then Chromium launched in this process, then Chromium from
a fresh Node process; three rounds, median of 3), wall time from start to end:

- *Briefline CLI*: \`node apps/cli/dist/main.js report <chronicle>.json -o out.pdf --issued 2025-09-06\` in a fresh
  process, spawn to exit: Node's start-up, the CLI, reading and validating the chronicle (not part of the figures above),
  loading the renderer, the first render, writing the file. "Same PDF" says whether the file is byte-identical to the one
  \`renderBriefing\` gave above.
- *Chromium, launched*: \`chromium.launch\` (same executable and arguments), \`newPage\`, \`goto\`, \`pdf\`,
  \`browser.close()\` from the benchmark's process, which has playwright-core loaded already.
- *Chromium, fresh Node process*: the same in a new \`node\` process that first loads playwright-core, spawn to exit:
  what a one-off print script pays, and the like-for-like match of the CLI row (both start Node).

| Briefing | Briefline CLI (fresh process) | Same PDF | Chromium launched (in process) | Chromium (fresh Node process) | Speed-up vs launched | Speed-up vs fresh process |
| --- | ---: | :---: | ---: | ---: | ---: | ---: |
${coldRows.join("\n")}

Targets (ARCHITECTURE §6):
- 100 pages at least 5× faster than Chromium: ${
    speed100 === null
      ? "not measured (Chromium missing)"
      : `
  - warm against warm: ${speed100.toFixed(1)}× — ${met(speed100)} (${speed100second.toFixed(1)}× for the second render of a process);
  - cold against cold: \`briefline report\` ${s(cold100.cli)} against ${s(cold100.fresh)} for a fresh Node process that launches Chromium and prints, ${x(cold100.fresh, cold100.cli)} — ${met(cold100.fresh / cold100.cli)} (${x(cold100.launch, cold100.cli)} against a launch from a process that has playwright-core loaded — ${met(cold100.launch / cold100.cli)});
  - a cold first render in a fresh process against a browser already running: ${speed100cold.toFixed(1)}× — ${met(speed100cold)}; a first render is slower, ${x(hundred.cold, hundred.warm)} a warm one (see below)`
  }.
- under 300 MB peak memory at 500 pages: ${big.maxRssMb.toFixed(0)} MB at ${big.pages} pages — ${big.maxRssMb < 300 ? "met" : "NOT met"}.

## Where the time goes

Profiled with \`node --cpu-prof\` on the 100-page case (issue 6). A warm render was about 0.19–0.27 s before that work, of
which about a fifth was pdfkit turning every string it writes into bytes with a JavaScript loop and deflating page
content at level 6, a sixth garbage collection (thousands of small buffers and strings that lived until the end of the
document), and the rest the typesetter and pdfkit's object serialiser. What changed, with the output looking the same
(pages compared pixel for pixel at 50 dpi; the PDF is byte-identical from run to run):

- page content is written as bytes into one growing buffer per page (text operators and glyph codes written straight
  into a reused buffer, one text object per line instead of a save/transform/restore per fragment) and deflated at zlib
  level 3 (5% larger content streams, a third of the time); the file's bytes go into one buffer as written;
- link annotations, URI actions and named destinations are written as PDF syntax directly, and every link to one
  address shares one URI action (a long address linked from many lines was written once per line);
- words are found by index in the cleaned text and measured from a per-font table of advances, and each drawn fragment
  is sliced from its text once, instead of cutting out and re-joining every word; text that is already clean skips the
  sanitiser's replacements; dates are formatted once per day;
- pdfkit's per-word shaping cache is kept for text that needs shaping (Arabic, combining marks), which pdfkit otherwise
  shaped two or three times per fragment;
- the font's \`post\` table header is read directly: pdfkit asked fontkit for the italic angle, and fontkit decoded the
  names of all ~6,000 glyphs of each face (40–50 ms of a first render).

Before and after, with this script in one session (2026-12-01, \`BRIEFLINE_PDF_DIST\` pointed at a build of commit
0f50a11): the 100-page briefing went from 0.19 s warm, 0.24 s second render, 0.46 s cold and 0.82 MB to 0.12 s, 0.18 s,
0.38 s and 0.79 MB; 500 pages from 0.98 s warm, 1.42 s cold and 246 MB peak to 0.74 s, 1.39 s and 197 MB. The figures
published before this work (3.2× warm) took the second render as "warm", which the text above did not say; measured
as described (median of the renders after the first) the old build gave 4.5×.

A first render in a fresh process takes three to five times as long as a warm one: most of it is V8 compiling and
optimising the typesetter and pdfkit for the first time, fontkit decoding font tables on first use, and garbage
collection while the heap grows. A CLI run adds Node's start-up, the CLI, reading and validating the chronicle, and the
module load. Node 20 has no compile cache for ES modules; the CLI's bin now keeps the bytecode of its bundle in a V8
code cache written at build time (docs/bench/cli.md, change 4), but optimising, decoding font tables and the heap's
growth are still paid by every run; a long-running process (a
service, or \`briefline serve\`) pays it once.${
    withChromium
      ? ` Against a browser that is also started from nothing, the CLI is ${x(cold100.fresh, cold100.cli)} as fast at 100 pages
(${x(cold100.launch, cold100.cli)} against a launch from a running Node process): cold against cold, the target is ${met(cold100.fresh / cold100.cli)}.`
      : ""
  }

A profile of a cold CLI run of the 100-page case (\`node --cpu-prof apps/cli/dist/main.js report …\`, 2026-12-01) found
little start-up work the report does not need. The six DejaVu faces are all embedded in a briefing, so all six are
read and parsed; but their 3 MB were copied after reading: they are now used where they were read, which halves the
time to open the six faces (best of 15 fresh processes: 34–37 ms before, 17–18 ms after). The one large module that a
briefing never uses is fontkit's WOFF2 decoder: fontkit imports \`brotli/decompress.js\` at load, and its 750 kB
dictionary source takes 40 ms at best to load (best of 15; 90–200 ms on the loaded machine); only a patch of fontkit
(a lazy \`require\`) would remove it. The first \`Intl.DateTimeFormat\` of a process (ICU's
time-zone data) is paid by the briefing's date formatting in any case (a CLI \`validate\` of a chronicle in UTC
no longer pays it, docs/bench/cli.md, change 5). The bundle's lazy brotli, linebreak and AES are in docs/bench/cli.md.

Run time of this benchmark: ${((Date.now() - started) / 1000).toFixed(0)} s.
`;
  writeFileSync(reportPath, md);
  process.stdout.write(md);
}

const entry = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (entry && process.argv[2] === "child") await child(Number(process.argv[3]), Number(process.argv[4] ?? 1));
else if (entry && process.argv[2] === "print") await printCold(process.argv[3], process.argv[4]);
else if (entry) await main();
