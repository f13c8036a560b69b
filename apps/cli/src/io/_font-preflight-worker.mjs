// The pre-flight of one fallback font (see font-preflight.ts), run in a worker thread
// that the caller terminates when it takes too long or the heap limit stops it. It
// does the fontkit work the briefing will do on the font, in the order the briefing
// does it: open, the pdfkit font object (metrics), the cmap for each character DejaVu
// lacks, the layout of the text that will fall back to it, and pdfkit's embedding of
// a subset with those glyphs. A mutated font can make any of these loop or allocate
// without end (issue 11), which no check of the file's structure foresees.
//
// Plain JavaScript with no project imports: tests run the CLI from its TypeScript
// sources, and a worker thread cannot load those; the bundle builds it as an entry.
import { parentPort, workerData } from "node:worker_threads";
import { create } from "fontkit";
import PDFDocument from "pdfkit";

/** @type {{ bytes: Uint8Array, codePoints: number[], runs: string[] }} */
const { bytes, codePoints, runs } = workerData;

/** A reason to refuse the font found by this code, said as it is (not an error inside fontkit). */
class Refusal extends Error {}

try {
  parentPort?.postMessage({ ok: true, ...(await preflight()) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: describe(error), inside: !(error instanceof Refusal) });
}

async function preflight() {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let font;
  try {
    font = create(buffer);
  } catch (error) {
    throw new Refusal(`not a TrueType or OpenType font (${describe(error)})`);
  }
  if (typeof font.layout !== "function")
    throw new Refusal("a font collection (.ttc) is not supported: give a single .ttf or .otf font");
  readPostHeader(font);
  guardLayout(font);
  const doc = new PDFDocument({ autoFirstPage: true, compress: true, fontLayoutCache: false, size: [600, 800] });
  const out = new Promise((resolve, reject) => {
    doc.on("data", () => {});
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  // As the briefing registers every face: pdfkit reads the font's metrics here.
  doc.registerFont("fallback", font);
  doc.font("fallback");
  // The typesetter scales every width by 1 / unitsPerEm and places lines by these.
  if (!(font.unitsPerEm > 0) || !Number.isFinite(font.ascent) || !Number.isFinite(font.descent))
    throw new Refusal(
      `its units per em or vertical metrics are not usable (${font.unitsPerEm}, ${font.ascent}, ${font.descent})`,
    );
  let covered = 0;
  for (const cp of codePoints) {
    if (!font.hasGlyphForCodePoint(cp)) continue;
    covered++;
    if (!Number.isFinite(font.glyphForCodePoint(cp).advanceWidth)) throw new Refusal("a glyph's width is not a number");
  }
  for (const run of runs) {
    font.layout(run);
    // Drawn as the briefing draws shaped text (pdfkit lays it out word by word and
    // includes each glyph in the subset).
    doc.text(run, 10, 10, { lineBreak: false });
  }
  doc.end(); // embeds the subset: glyf/loca (composite glyphs), hmtx, name, OS/2, post
  await out;
  return { covered };
}

// What face.ts does: pdfkit is given the 'post' header, not the whole decoded table.
function readPostHeader(font) {
  const table = font.directory?.tables?.post;
  if (!table || !font._tables || table.length < 32 || table.offset + 32 > bytes.byteLength) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + table.offset, 32);
  font._tables.post = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
}

// What guardLayout (report-pdf/src/fonts/fast-layout.ts) does: a word whose shaping
// throws is set glyph after glyph, so a throw there is not a reason to refuse the font.
function guardLayout(font) {
  const shape = font.layout.bind(font);
  font.layout = (text, ...rest) => {
    try {
      return shape(text, ...rest);
    } catch {
      const glyphs = [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0)));
      const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
      return {
        glyphs,
        positions,
        get advanceWidth() {
          return positions.reduce((width, p) => width + p.xAdvance, 0);
        },
      };
    }
  };
}

function describe(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 200);
}
