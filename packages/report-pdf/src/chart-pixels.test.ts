import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Chronicle, parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { hasTool, installHint, readPdf } from "./_test/pdf.js";
import { type Gray, meanAbsoluteDifference, readPgm, writePgm } from "./_test/pgm.js";
import { renderBriefing } from "./index.js";

// The example briefing's first timeline page, rendered at 30 dpi in grey and compared
// with a reviewed reference. Set UPDATE_REFERENCES=1 to rewrite it after a deliberate
// change (and look at it: `pdftoppm -png -r 80` the same page).
const DPI = 30;
/** Mean absolute difference allowed, in grey levels (0–255): one label of other words measures 0.054. */
const TOLERANCE = 0.02;
const ISSUED = new Date("2026-12-07T00:00:00Z");
const reference = fileURLToPath(new URL("../test/reference/timeline-page.pgm", import.meta.url));
const changed = reference.replace(/\.pgm$/, "-changed.pgm");
const update = process.env.UPDATE_REFERENCES === "1";

function example(): Chronicle {
  const text = readFileSync(new URL("../../../examples/eef-2025/chronicle.yaml", import.meta.url), "utf8");
  const result = parseChronicle(text, { filename: "examples/eef-2025/chronicle.yaml" });
  if (!result.ok) throw new Error("examples/eef-2025 does not validate");
  return result.chronicle;
}

/** The first timeline page of a chronicle's briefing as a grey image. */
async function timelinePage(chronicle: Chronicle): Promise<Gray> {
  const dir = mkdtempSync(join(tmpdir(), "briefline-pixels-"));
  const bytes = await renderBriefing(chronicle, { creationDate: ISSUED });
  const pdf = join(dir, "briefing.pdf");
  writeFileSync(pdf, bytes);
  const page = (await readPdf(bytes)).outline.find((o) => o.title.endsWith("Timeline"))?.page;
  if (page === undefined) throw new Error("the briefing has no Timeline section in its outline");
  const n = String(page + 1);
  execFileSync("pdftoppm", ["-gray", "-r", String(DPI), "-f", n, "-l", n, "-singlefile", pdf, join(dir, "page")]);
  return readPgm(readFileSync(join(dir, "page.pgm")));
}

describe("readPgm", () => {
  it("readPgm reads what writePgm wrote, and refuses what is not a P5 file", () => {
    const image = { width: 3, height: 2, pixels: Uint8Array.from([0, 10, 20, 30, 40, 255]) };
    expect(readPgm(writePgm(image))).toEqual(image);
    expect(() => readPgm(new TextEncoder().encode("P6\n1 1\n255\nabc"))).toThrow(/expected "P5"/);
    expect(meanAbsoluteDifference(image, { ...image, pixels: Uint8Array.from([0, 10, 20, 30, 40, 249]) })).toBe(1);
  });
});

describe.skipIf(!hasTool("pdftoppm"))(
  `the example's timeline page, pixel by pixel (${hasTool("pdftoppm") ? "pdftoppm installed" : `skipped: ${installHint("pdftoppm")}`})`,
  () => {
    it(`the first timeline page matches test/reference/timeline-page.pgm within ${TOLERANCE} grey levels on average`, async () => {
      const page = await timelinePage(example());
      if (update) writeFileSync(reference, writePgm(page));
      expect(existsSync(reference), `no reference ${reference}: run with UPDATE_REFERENCES=1 and look at it`).toBe(
        true,
      );
      const ref = readPgm(readFileSync(reference));
      const sameSize = page.width === ref.width && page.height === ref.height;
      const diff = sameSize ? meanAbsoluteDifference(page, ref) : Number.POSITIVE_INFINITY;
      if (diff > TOLERANCE) writeFileSync(changed, writePgm(page));
      expect(
        diff,
        `the timeline page differs from the reference by ${diff.toFixed(3)} grey levels on average (${page.width}×${page.height} vs ${ref.width}×${ref.height}); the render is in ${changed}`,
      ).toBeLessThanOrEqual(TOLERANCE);
    }, 60_000);

    it("one threat's words changed move the page past the tolerance (the comparison can fail)", async () => {
      const chronicle = example();
      const threat = chronicle.statements?.find((s) => s.id === "legit-targets");
      if (!threat) throw new Error("the example lost legit-targets");
      threat.title = "Putin: any foreign soldiers in Ukraine are fair game for Russia";
      const ref = readPgm(readFileSync(reference));
      expect(meanAbsoluteDifference(await timelinePage(chronicle), ref)).toBeGreaterThan(TOLERANCE);
    }, 60_000);
  },
);
