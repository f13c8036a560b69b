import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleChronicle, hasTool, ISSUED, installHint } from "./_test/pdf.js";
import { renderBriefing } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "briefline-pdf-"));
const plain = join(dir, "plain.pdf");
const tagged = join(dir, "tagged.pdf");

beforeAll(async () => {
  writeFileSync(plain, await renderBriefing(exampleChronicle(), { creationDate: ISSUED }));
  writeFileSync(
    tagged,
    await renderBriefing(exampleChronicle(), { creationDate: ISSUED, tagged: true, paper: "letter" }),
  );
});

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: "utf8" });

describe.skipIf(!hasTool("qpdf"))(`qpdf (${hasTool("qpdf") ? "installed" : installHint("qpdf")})`, () => {
  it("qpdf --check finds no errors in a plain or a tagged briefing", () => {
    for (const file of [plain, tagged])
      expect(run("qpdf", ["--check", file])).toContain("No syntax or stream encoding errors found");
  });
});

describe.skipIf(!hasTool("pdffonts"))(
  `poppler (${hasTool("pdffonts") ? "installed" : installHint("pdffonts")})`,
  () => {
    it("pdffonts shows every font embedded, subset, with a Unicode map", () => {
      const rows = run("pdffonts", [plain]).trim().split("\n").slice(2);
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const row of rows) {
        expect(row).toMatch(/DejaVu/);
        expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      }
    });

    it("pdfinfo -struct shows the tagged structure: sections, headings, tables, figures", () => {
      const info = run("pdfinfo", [tagged]);
      expect(info).toMatch(/Tagged:\s+yes/);
      const struct = run("pdfinfo", ["-struct", tagged]);
      expect(struct).toMatch(/^Document/m);
      for (const tag of ['Sect "Key judgments"', "H1", "TOCI", "Table", "TH", "TD", "Figure", "Note"])
        expect(struct).toContain(tag);
    });

    it("pdfinfo reports the metadata and a plain briefing is not tagged", () => {
      const info = run("pdfinfo", [plain]);
      expect(info).toMatch(/Title:\s+Foreign troops and the Moscow offer/);
      expect(info).toMatch(/Tagged:\s+no/);
      expect(info).toMatch(/CreationDate:\s+Sat Sep\s+6 12:00:00 2025/);
    });
  },
);
