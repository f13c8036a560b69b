import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { dejavuBytes, FACE_KEYS } from "./dejavu.js";
import { openFace } from "./face.js";

// Found by the hostile-text property test (seed 1424962519) and then by a sweep of
// every BMP character followed by a joiner or a combining mark through fontkit 2.0.4.
const TIFINAGH = Array.from({ length: 0x2d80 - 0x2d30 }, (_, i) => String.fromCharCode(0x2d30 + i));
const AFTER = ["\u200C", "\u200D", "\u0301", "\u034F", "\u0308\u0301"];
const MISSING_ANCHOR = ["\u0249\u0301", "\u1E2E\u0301", "\u1E2F\u0308\u0301"];

describe("a face measures text whose shaping fontkit cannot do", () => {
  it("a Tifinagh letter before a joiner or a combining mark, in every DejaVu face", () => {
    for (const key of FACE_KEYS) {
      const face = openFace(key, dejavuBytes(key));
      for (const letter of TIFINAGH)
        for (const after of AFTER) {
          const width = face.measure(`${letter}${after}`);
          expect(Number.isFinite(width), `${key} U+${letter.charCodeAt(0).toString(16)}`).toBe(true);
        }
    }
  });

  it("a combining mark on a base without a mark anchor is set glyph after glyph, at the glyphs' advances", () => {
    for (const key of FACE_KEYS) {
      const face = openFace(key, dejavuBytes(key));
      for (const text of MISSING_ANCHOR) {
        const run = face.font.layout(text);
        const sum = run.glyphs.reduce((w, g) => w + g.advanceWidth, 0);
        expect(run.glyphs.length, key).toBeGreaterThan(0);
        expect(face.measure(text), key).toBeCloseTo(sum / face.font.unitsPerEm, 9);
        expect(face.measure(text), key).toBeGreaterThan(0);
      }
    }
  });

  it("pdfkit measures a word set glyph after glyph as the typesetter does (its width follows pdfkit's scaling)", () => {
    const face = openFace("sans", dejavuBytes("sans"));
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont("sans", face.font as unknown as Buffer);
    doc.font("sans").fontSize(10);
    for (const word of ["\u2D30\u200C", "\u2D31\u0301\u2D32", "ab\u2D30\u034F"])
      expect(doc.widthOfString(word), word).toBeCloseTo(face.measure(word) * 10, 6);
  });

  it("text fontkit can shape is still shaped: an Arabic word is joined, not set letter by letter", () => {
    const face = openFace("sans", dejavuBytes("sans"));
    const joined = face.font.layout("مرحبا").glyphs.map((g) => g.id);
    const isolated = [..."مرحبا"].map((c) => face.font.glyphForCodePoint(c.codePointAt(0) as number).id);
    expect(joined).toHaveLength(isolated.length);
    expect(joined.filter((id) => !isolated.includes(id)).length).toBeGreaterThan(0);
  });
});
