import PDFDocument from "pdfkit";
import { parseFont } from "./face.js";
import type { FallbackSample } from "./fallback-sample.js";
import { FontRefused } from "./refused.js";

// The worker of the CLI's pre-flight loads this file alone (`@briefline/report-pdf/try-font`);
// its declarations name no fontkit type, which the package's consumers may not have.
export { FontRefused };

/**
 * Does on a user's fallback font the fontkit and pdfkit work a briefing will do, in the
 * order the briefing does it: open it (as {@link parseFont}), pdfkit's font object
 * (metrics), the cmap for each character DejaVu lacks, the layout of the text that will
 * fall back to it, and pdfkit's embedding of a subset with those glyphs. A mutated font
 * can make any of these loop or allocate without end, which no check of the file's
 * structure foresees, so a caller runs this where it can stop it (the CLI: a worker
 * thread with a CPU budget and a heap limit) before drawing. Resolves with how many of
 * the sample's characters the font has; rejects with {@link FontRefused} for a reason
 * found here, with fontkit's or pdfkit's own error otherwise.
 *
 * @example
 * await tryFont(bytes, fallbackSample(texts)) // { covered: 12 }
 */
export async function tryFont(
  bytes: Uint8Array,
  sample: Pick<FallbackSample, "codePoints" | "runs">,
): Promise<{ covered: number }> {
  const font = parseFont(bytes);
  const doc = new PDFDocument({ autoFirstPage: true, compress: true, fontLayoutCache: false, size: [600, 800] });
  const out = new Promise((resolve, reject) => {
    doc.on("data", () => {});
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  // As the briefing registers every face: pdfkit reads the font's metrics here.
  doc.registerFont("fallback", font as unknown as Buffer);
  doc.font("fallback");
  // The typesetter scales every width by 1 / unitsPerEm and places lines by these.
  if (!(font.unitsPerEm > 0) || !Number.isFinite(font.ascent) || !Number.isFinite(font.descent))
    throw new FontRefused(
      `its units per em or vertical metrics are not usable (${font.unitsPerEm}, ${font.ascent}, ${font.descent})`,
    );
  let covered = 0;
  for (const cp of sample.codePoints) {
    if (!font.hasGlyphForCodePoint(cp)) continue;
    covered++;
    if (!Number.isFinite(font.glyphForCodePoint(cp).advanceWidth))
      throw new FontRefused("a glyph's width is not a number");
  }
  for (const run of sample.runs) {
    font.layout(run);
    // Drawn as the briefing draws shaped text (pdfkit lays it out word by word and
    // includes each glyph in the subset).
    doc.text(run, 10, 10, { lineBreak: false });
  }
  doc.end(); // embeds the subset: glyf/loca (composite glyphs), hmtx, name, OS/2, post
  await out;
  return { covered };
}
