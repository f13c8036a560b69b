// Screenshots of the example's timeline for the docs: `pnpm build && node packages/timeline-web/scripts/screenshots.mjs`.
// Writes docs/screenshots/timeline-*.png. Needs Debian's Chromium at /usr/bin/chromium (or BRIEFLINE_CHROMIUM).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHROMIUM, LAUNCH } from "./chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const require = createRequire(join(here, "../package.json"));
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium).`);
  process.exit(1);
}
const { parseChronicle } = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
const { renderTimelinePage } = await import(pathToFileURL(join(here, "../dist/index.js")).href);
const parsed = parseChronicle(readFileSync(join(root, "examples/eef-2025/chronicle.yaml"), "utf8"), {
  filename: "chronicle.yaml",
});
if (!parsed.ok) throw new Error("the example does not validate");
const dir = mkdtempSync(join(tmpdir(), "briefline-shots-"));
const page = (name, html) => {
  const path = join(dir, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
};
const example = page("example.html", renderTimelinePage(parsed.chronicle));
const dark = page("dark.html", renderTimelinePage(parsed.chronicle, { theme: "dark" }));
const out = join(root, "docs/screenshots");
mkdirSync(out, { recursive: true });

const { chromium } = require("playwright-core");
const browser = await chromium.launch(LAUNCH);
const SEPT = "range=2025-08-27T00:00:00Z/2025-09-07T00:00:00Z";
const shots = [
  { name: "timeline-overview", url: example, viewport: [1440, 900], full: true },
  { name: "timeline-september", url: `${example}#${SEPT}&sel=legit-targets`, viewport: [1440, 900], full: false },
  {
    name: "timeline-dark-kinds",
    url: `${dark}#${SEPT}&lanes=kind&sel=moscow-offer`,
    viewport: [1440, 900],
    full: false,
  },
  { name: "timeline-table", url: `${example}#${SEPT}&view=table&q=moscow`, viewport: [1440, 900], full: false },
  { name: "timeline-phone", url: `${example}#${SEPT}`, viewport: [390, 844], full: false, scale: 2 },
];
for (const shot of shots) {
  const p = await browser.newPage({
    viewport: { width: shot.viewport[0], height: shot.viewport[1] },
    deviceScaleFactor: shot.scale ?? 1,
  });
  await p.goto(shot.url);
  await p.waitForSelector(shot.url.includes("view=table") ? ".blt-table tbody tr" : ".blt-mark");
  await p.waitForTimeout(300);
  await p.screenshot({ path: join(out, `${shot.name}.png`), fullPage: shot.full });
  await p.close();
  console.log(`wrote docs/screenshots/${shot.name}.png`);
}
await browser.close();
