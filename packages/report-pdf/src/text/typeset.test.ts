import { describe, expect, it } from "vitest";
import { createFontSet } from "../fonts/font-set.js";
import { fontRuns } from "./font-runs.js";
import { cleanText, sanitizeText } from "./sanitize.js";
import type { TextStyle } from "./types.js";
import { typeset } from "./typeset.js";

const fonts = createFontSet();
const body: TextStyle = { face: "serif", size: 10, color: "#000000", leading: 1.4 };
const text = (lines: ReturnType<typeof typeset>) => lines.map((l) => l.fragments.map((f) => f.text).join("|"));

describe("typeset", () => {
  it("typeset(spans, { width }) breaks at spaces and never exceeds the width", () => {
    const lines = typeset(
      [{ text: "The quick brown fox jumps over the lazy dog again and again.", style: body }],
      fonts,
      { width: 120 },
    );
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120.001);
    expect(text(lines).join(" ")).toBe("The quick brown fox jumps over the lazy dog again and again.");
  });

  it("typeset cuts a word wider than a line into pieces that fit", () => {
    const lines = typeset([{ text: `${"x".repeat(400)} end`, style: body }], fonts, { width: 100 });
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100.001);
    expect(text(lines).join("")).toBe(`${"x".repeat(400)} end`);
  });

  it("typeset keeps a superscript glued to the word before it, in its own fragment", () => {
    const lines = typeset(
      [
        { text: "Putin said so.", style: body },
        { text: "12", style: { ...body, size: 6, rise: 3 }, link: { dest: "note-12" }, anchor: "ref-12" },
      ],
      fonts,
      { width: 400 },
    );
    const last = lines[0]?.fragments.at(-1);
    expect(last).toMatchObject({ text: "12", rise: 3, link: { dest: "note-12" }, anchor: "ref-12" });
    expect(last?.x).toBeCloseTo(lines[0]?.fragments[0]?.width ?? 0, 3);
  });

  it("typeset lays a run of Arabic words out right to left", () => {
    const lines = typeset([{ text: "he said مرحبا بالعالم today", style: body }], fonts, { width: 400 });
    expect(text(lines)[0]).toBe("he said|بالعالم|مرحبا|today");
  });

  it("typeset aligns right and centre within the width", () => {
    const [right] = typeset([{ text: "12", style: body }], fonts, { width: 100, align: "right" });
    expect((right?.fragments[0]?.x ?? 0) + (right?.width ?? 0)).toBeCloseTo(100, 3);
    const [centre] = typeset([{ text: "12", style: body }], fonts, { width: 100, align: "center" });
    expect(centre?.fragments[0]?.x).toBeCloseTo((100 - (centre?.width ?? 0)) / 2, 3);
  });

  it("typeset of nothing is no lines", () => {
    expect(typeset([{ text: "   ", style: body }], fonts, { width: 100 })).toEqual([]);
  });
});

describe("fontRuns", () => {
  it("fontRuns falls back glyph by glyph and replaces what no font has", () => {
    const missing: string[] = [];
    const runs = fontRuns("Путин مرحبا 🦄", fonts.chain("serif"), (c) => missing.push(c));
    expect(runs.map((r) => [r.text, r.face.name])).toEqual([
      ["Путин ", "serif"],
      ["مرحبا ", "sans"],
      ["\uFFFD", "serif"],
    ]);
    expect(missing).toEqual(["🦄"]);
  });

  it("fontRuns never warns about emoji presentation selectors or joiners", () => {
    const missing: string[] = [];
    const runs = fontRuns("☺\uFE0F\u200D☺", fonts.chain("serif"), (c) => missing.push(c));
    expect(
      runs
        .map((r) => r.text)
        .join("")
        .replace(/[\uFE0F\u200D]/g, ""),
    ).toBe("☺☺");
    expect(missing).toEqual([]);
  });
});

describe("sanitizeText", () => {
  it("sanitizeText removes controls and bidi overrides and folds white space", () => {
    expect(sanitizeText(" evil\u202Etxt.exe\u0007\n\n now ")).toBe("eviltxt.exe now");
    expect(cleanText("a\u2066b\u2069 ")).toBe("ab ");
  });

  it("sanitizeText replaces lone surrogates and keeps pairs", () => {
    expect(sanitizeText("a\uD800b 😀")).toBe("a\uFFFDb 😀");
  });

  it("cleanText keeps fixed-width spaces such as the em space", () => {
    expect(cleanText("a\u2003b")).toBe("a\u2003b");
  });
});
