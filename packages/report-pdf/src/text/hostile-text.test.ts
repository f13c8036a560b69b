import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORBIDDEN } from "../_test/inspect.js";
import { createFontSet } from "../fonts/font-set.js";
import { fontRuns } from "./font-runs.js";
import { cleanText, sanitizeText } from "./sanitize.js";
import type { TextStyle } from "./types.js";
import { typeset } from "./typeset.js";
import { boxText, toWords } from "./words.js";

const fonts = createFontSet();
const body: TextStyle = { face: "serif", size: 10, color: "#000000", leading: 1.4 };
const bold: TextStyle = { ...body, face: "sans-bold" };

// Characters that stress the sanitiser and the typesetter, mixed with ordinary text.
const tricky = [
  ..."\u0000\u0007\u0009\u000A\u000B\u000C\u000D\u001B\u007F\u0085\u009B\u00A0\u00AD",
  ..."\u0301\u0334\u0483\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u2028\u2029",
  ..."\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\u206A\u3000",
  ..."\uD800\uDC00\uDFFF\uFDD0\uFE0F\uFEFF\uFFF9\uFFFD\uFFFE\uFFFF",
  "\u{E0041}",
  "\u{1FFFE}",
  "\u{10FFFF}",
  "🦄",
  "👍🏽",
  "م",
  "ש",
  "习",
  "Ж",
  "é",
  "e\u0301",
  "Å",
  "\u2000",
  "–",
  "“",
  " ",
  "  ",
];
const text = fc.array(
  fc.oneof(
    fc.constantFrom(...tricky),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  ),
  { maxLength: 40 },
);
const hostile = text.map((parts) => parts.join(""));

describe("cleanText on hostile text", () => {
  it("cleanText(text) never keeps a control, bidi, invisible, tag or noncharacter, and is NFC", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const clean = cleanText(s);
        expect(clean).not.toMatch(FORBIDDEN);
        expect(clean.normalize("NFC")).toBe(clean);
        expect(clean).not.toContain("  ");
      }),
      { numRuns: 3000 },
    );
  });

  it("cleanText is idempotent, so text already clean takes the fast path unchanged", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it("cleanText removes invisible characters but keeps joiners and variation selectors", () => {
    expect(cleanText("pu\u200Btin wo\u2060rd b\uFEFFom \u180Ex \u2061\u2064")).toBe("putin word bom x ");
    expect(cleanText("tag\u{E0041}\u{E0042}\u{E007F}s")).toBe("tags");
    expect(cleanText("non\uFDD0\uFFFE\uFFFF\u{1FFFE}\u{10FFFF}char")).toBe("nonchar");
    expect(cleanText("an\uFFF9no\uFFFAta\uFFFBted")).toBe("annotated");
    expect(cleanText("\u0627\u061C\u0628")).toBe("\u0627\u0628");
    expect(cleanText("می\u200Cخواهم 👨\u200D👩 ☺\uFE0F")).toBe("می\u200Cخواهم 👨\u200D👩 ☺\uFE0F");
  });

  it("cleanText folds vertical tab, form feed and NEL to spaces instead of gluing words", () => {
    expect(cleanText("one\u000Btwo\u000Cthree\u0085four")).toBe("one two three four");
  });

  it("cleanText returns clean Latin, Cyrillic and punctuation unchanged, and normalises the rest", () => {
    const plain = "Путин said “no” – twice… → ■ 5 €";
    expect(cleanText(plain)).toBe(plain);
    expect(cleanText("e\u0301")).toBe("é");
    expect(cleanText("\u2000x")).toBe("\u2002x");
    expect(sanitizeText("\u202E\u0007 ")).toBe("");
  });
});

describe("fontRuns and typeset on hostile text", () => {
  it("fontRuns drops a combining mark no face has, reporting it, instead of drawing .notdef", () => {
    const missing: string[] = [];
    // U+0363 COMBINING LATIN SMALL LETTER A is in no DejaVu face; after a base DejaVu has, and alone.
    const runs = fontRuns("x\u0363y \u0363", fonts.chain("serif"), (c) => missing.push(c));
    expect(runs.map((r) => r.text).join("")).toBe("xy ");
    expect(missing).toEqual(["\u0363", "\u0363"]);
  });

  it("fontRuns sets a space no face has as a plain space, without a warning", () => {
    const missing: string[] = [];
    const runs = fontRuns("a\u3000b", fonts.chain("serif"), (c) => missing.push(c));
    expect(runs.map((r) => r.text).join("")).toBe("a b");
    expect(missing).toEqual([]);
  });

  it("bold and italic text falls back to the regular faces for Arabic and Hebrew", () => {
    for (const face of ["sans-bold", "sans-italic", "serif-bold", "serif-italic"] as const) {
      const missing: string[] = [];
      fontRuns("Putin مرحبا שלום", fonts.chain(face), (c) => missing.push(c));
      expect(missing, face).toEqual([]);
    }
    // DejaVu Sans Oblique has Hebrew but no Arabic: the Arabic comes from the upright face.
    const runs = fontRuns("مرحبا", fonts.chain("sans-italic"), () => {});
    expect(runs.map((r) => r.face.name)).toEqual(["sans"]);
  });

  it("typeset(hostile spans) never throws, keeps lines within the width and draws no forbidden character", () => {
    fc.assert(
      fc.property(hostile, hostile, fc.integer({ min: 20, max: 400 }), (a, b, width) => {
        const lines = typeset(
          [
            { text: a, style: body },
            { text: b, style: bold, link: { url: "https://example.org/" } },
          ],
          fonts,
          { width },
        );
        for (const line of lines) {
          // A single glyph wider than the line is the one overflow allowed.
          if (line.fragments.length > 1 || [...(line.fragments[0]?.text ?? "")].length > 1)
            expect(line.width).toBeLessThanOrEqual(width + 0.001);
          for (const f of line.fragments) expect(f.text).not.toMatch(FORBIDDEN);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("toWords measures words found by index exactly as face.measure measures the word", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        for (const word of toWords([{ text: s, style: body }], fonts, () => {})) {
          for (const box of word.boxes) {
            expect(box.width).toBe(box.face.measure(boxText(box)) * body.size);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("typeset keeps every word of plain text, in order, whatever the width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zА-я0-9,.“”–]{1,12}$/), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 30, max: 500 }),
        (words, width) => {
          const source = words.join(" ");
          const lines = typeset([{ text: source, style: body }], fonts, { width });
          const joined = lines.map((l) => l.fragments.map((f) => f.text).join(" ")).join(" ");
          expect(joined.replace(/ /g, "")).toBe(source.replace(/ /g, ""));
        },
      ),
      { numRuns: 500 },
    );
  });
});
