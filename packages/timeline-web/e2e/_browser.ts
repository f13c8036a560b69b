import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Chronicle, parseChronicle } from "@briefline/core";
import type { Browser, Page } from "playwright-core";

import { CHROMIUM, LAUNCH } from "../scripts/chromium.mjs";

/** Where the browser tests look for Chromium (Debian's package). */
export { CHROMIUM };
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM = `Chromium not found at ${CHROMIUM}: install it (Debian/Ubuntu: \`sudo apt-get install chromium\`) or set BRIEFLINE_CHROMIUM to run the browser tests; skipping them.`;

const bundle = fileURLToPath(new URL("../dist/_bundle.js", import.meta.url));
export const hasBundle = existsSync(bundle);
export const NO_BUNDLE =
  "packages/timeline-web/dist/_bundle.js is missing: run `pnpm build` first (the page inlines the built script); skipping the browser tests.";

/**
 * Whether the browser tests can run here (Chromium installed, the page script built);
 * when not, says why and how to fix it, so a skipped suite is never silent.
 */
export function browserTestsReady(): boolean {
  if (!hasChromium) console.warn(NO_CHROMIUM);
  else if (!hasBundle) console.warn(NO_BUNDLE);
  return hasChromium && hasBundle;
}

export const examplePath = fileURLToPath(new URL("../../../examples/eef-2025/chronicle.yaml", import.meta.url));

/** The example chronicle, parsed. */
export function loadExample(): Chronicle {
  const result = parseChronicle(readFileSync(examplePath, "utf8"), { filename: "chronicle.yaml" });
  if (!result.ok) throw new Error("the example chronicle does not validate");
  return result.chronicle;
}

/** Launches Debian's Chromium headless through playwright-core. */
export async function launch(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch(LAUNCH);
}

const dir = mkdtempSync(join(tmpdir(), "briefline-timeline-"));
let n = 0;

/** Writes a page to a temporary file and returns its file:// URL. */
export function writePage(html: string, name = `page-${++n}.html`): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

/** Collects console errors and page errors of a page, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}
