import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleChronicle, hasTool, ISSUED, installHint } from "./_test/pdf.js";
import { renderBriefing } from "./index.js";

// Pages of the example compared with reference renders: the cover, BLUF and key
// judgments, the timeline chart and the first page of the chronology. Set
// UPDATE_REFERENCES=1 to rewrite the references after a deliberate change (and look at them).
const PAGES = [1, 2, 4, 10];
const DPI = 40;
const references = fileURLToPath(new URL("../test/reference/", import.meta.url));
const update = process.env.UPDATE_REFERENCES === "1";

/** Share of pixels whose colour differs by more than a visible step. */
function difference(a: PNG, b: PNG): number {
  let off = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(
      Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)),
      Math.abs((a.data[i + 1] ?? 0) - (b.data[i + 1] ?? 0)),
      Math.abs((a.data[i + 2] ?? 0) - (b.data[i + 2] ?? 0)),
    );
    if (d > 40) off++;
  }
  return off / (a.width * a.height);
}

describe.skipIf(!hasTool("pdftoppm"))(
  `the example's pages look as reviewed (${hasTool("pdftoppm") ? "pdftoppm installed" : installHint("pdftoppm")})`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), "briefline-look-"));
    beforeAll(async () => {
      const pdf = join(dir, "example.pdf");
      writeFileSync(pdf, await renderBriefing(exampleChronicle(), { creationDate: ISSUED }));
      execFileSync("pdftoppm", ["-png", "-r", String(DPI), pdf, join(dir, "page")]);
      if (update) mkdirSync(references, { recursive: true });
    });

    for (const n of PAGES) {
      it(`page ${n} matches test/reference/page-${n}.png within 0.5% of pixels`, () => {
        const rendered = join(dir, `page-${String(n).padStart(2, "0")}.png`);
        const reference = join(references, `page-${n}.png`);
        if (update) writeFileSync(reference, readFileSync(rendered));
        expect(existsSync(reference), `no reference ${reference}: run with UPDATE_REFERENCES=1 and look at it`).toBe(
          true,
        );
        const a = PNG.sync.read(readFileSync(rendered));
        const b = PNG.sync.read(readFileSync(reference));
        expect([a.width, a.height]).toEqual([b.width, b.height]);
        expect(difference(a, b)).toBeLessThan(0.005);
      });
    }
  },
);
