import { createRequire } from "node:module";
import type { Chronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { exampleChronicle, ISSUED, readPdf } from "./_test/pdf.js";
import { BriefingOptionError, renderBriefing } from "./index.js";

const base = (extra: Partial<Chronicle> = {}): Chronicle => ({
  briefline: 1,
  title: "Test chronicle",
  actors: [
    { id: "a", name: "Alpha", type: "state" },
    { id: "b", name: "Беta Бравo", type: "state" },
  ],
  statements: [
    { id: "s1", kind: "threat", speaker: "a", targets: ["b"], date: "2025-09-05", summary: "Alpha threatened Beta." },
  ],
  ...extra,
});

async function render(chronicle: Chronicle, options: Parameters<typeof renderBriefing>[1] = {}) {
  const warnings: string[] = [];
  const bytes = await renderBriefing(chronicle, {
    creationDate: ISSUED,
    onWarning: (w) => warnings.push(w),
    ...options,
  });
  return { pdf: await readPdf(bytes), warnings, bytes };
}

describe("renderBriefing on awkward input", () => {
  it("an empty period gives a short briefing that says it is empty, with a warning", async () => {
    const { pdf, warnings } = await render(exampleChronicle(), { from: "2030-01", to: "2030-02" });
    const text = pdf.pages.join("\n");
    expect(text).toContain("The chronicle records no statements or events in the period 1 Jan – 28 Feb 2030.");
    expect(text).not.toContain("A day after 26 allies pledged");
    expect(text).toContain("No threats, warnings or ultimatums were made in the period.");
    expect(warnings.some((w) => w.startsWith("no statements or events"))).toBe(true);
    expect(pdf.outline).toHaveLength(12);
  });

  it("an actor with no statements gets a warning, and the briefing shows what involves them", async () => {
    const { pdf, warnings } = await render(exampleChronicle(), { actors: ["zelensky"] });
    expect(warnings).toContain("Volodymyr Zelensky (zelensky) made no statements in the period");
    expect(pdf.pages.join("\n")).toContain("Putin repeated that he would meet Zelensky");
  });

  it("a 5,000-character quote wraps over lines and pages, all of it extractable", async () => {
    const words = Array.from({ length: 500 }, (_, i) => `word${i}`).join(" ");
    const unbroken = "x".repeat(1500);
    const chronicle = base({
      statements: [
        {
          id: "long",
          kind: "warning",
          speaker: "a",
          date: "2025-09-05",
          summary: "A very long speech.",
          quote: { text: `${words} ${unbroken}`.padEnd(5000, "y"), verbatim: true },
        },
      ],
    });
    const { pdf } = await render(chronicle);
    const text = pdf.pages.join("").replace(/\s+/g, "");
    expect(text).toContain("word0word1");
    expect(text).toContain("word499");
    expect(text).toContain("x".repeat(200));
    const quotePages = pdf.pages.filter((p) => p.includes("word") || p.includes("xxxxxxxx"));
    expect(quotePages.length).toBeGreaterThan(1);
  });

  it("Cyrillic, Greek and Arabic text is set; an emoji no font has is warned about by item", async () => {
    const chronicle = base({
      statements: [
        {
          id: "ru",
          kind: "comment",
          speaker: "b",
          date: "2025-09-05",
          summary: "Заявление на русском языке и ελληνικά.",
        },
        { id: "ar", kind: "comment", speaker: "a", date: "2025-09-05", summary: "Quote: مرحبا بالعالم end" },
        { id: "emoji", kind: "comment", speaker: "a", date: "2025-09-05", summary: "A unicorn 🦄 appeared." },
      ],
    });
    const { pdf, warnings } = await render(chronicle);
    const text = pdf.pages.join("\n");
    expect(text).toContain("Заявление на русском языке");
    expect(text).toContain("ελληνικά");
    expect(warnings.some((w) => w.startsWith('statement "emoji": no font has 🦄 (U+1F984)'))).toBe(true);
    expect(warnings.some((w) => w.includes('"ru"') || w.includes('"ar"'))).toBe(false);
  });

  it("a name in a script no font has is warned about once, naming the actor", async () => {
    const chronicle = base({
      actors: [
        { id: "a", name: "Alpha", type: "person", aliases: ["习近平"] },
        { id: "b", name: "Beta", type: "state" },
      ],
    });
    const { warnings } = await render(chronicle);
    expect(warnings.filter((w) => w.includes("习"))).toEqual([
      'actor "a": no font has 习 (U+4E60), 近 (U+8FD1), 平 (U+5E73); shown as \uFFFD. Add a font that has them with --font',
    ]);
  });

  it("a chronicle with no judgments and no sources still gives every section, saying what is missing", async () => {
    const { pdf, warnings } = await render(base());
    const text = pdf.pages.join("\n");
    expect(text).toContain("No key judgments have been recorded in this chronicle.");
    expect(text).toContain("No item in the period cites a source.");
    expect(text).toContain("GENERATED FROM THE DATA");
    expect(warnings).toContain("no item in the period cites a source");
  });

  it("a chronicle without dates or items renders without a period", async () => {
    const { pdf } = await render({ briefline: 1, title: "Empty" });
    expect(pdf.pages[0]).toContain("No dated items");
  });

  it("control characters and bidi overrides never reach the page", async () => {
    const { pdf } = await render(
      base({
        statements: [
          { id: "x", kind: "comment", speaker: "a", date: "2025-09-05", summary: "evil\u202Efdp.exe\u0007 text" },
        ],
      }),
    );
    const text = pdf.pages.join("\n");
    expect(text).toContain("evilfdp.exe text");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for a control character
    expect(text).not.toMatch(/[\u202A-\u202E\u0007]/);
  });

  it("source addresses that are not http(s) are printed but never made into links", async () => {
    const chronicle = base({
      sources: [
        { id: "js", title: "Script", url: "javascript:alert(1)" },
        { id: "file", title: "Local", url: "file:///etc/passwd" },
        { id: "web", title: "Web", url: "https://example.org/a" },
      ],
      statements: [
        {
          id: "s1",
          kind: "threat",
          speaker: "a",
          date: "2025-09-05",
          summary: "Alpha threatened Beta.",
          sources: [{ source: "js" }, { source: "file" }, { source: "web" }],
        },
      ],
    });
    const { pdf } = await render(chronicle);
    const urls = pdf.links.flat().flatMap((l) => (l.url ? [l.url] : []));
    expect(urls).toContain("https://example.org/a");
    expect(urls.every((u) => /^https?:/.test(u))).toBe(true);
  });

  it("a fallback font is used glyph by glyph for what DejaVu lacks", async () => {
    const math = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuMathTeXGyre.ttf");
    const chronicle = base({
      statements: [{ id: "m", kind: "comment", speaker: "a", date: "2025-09-05", summary: "Script g: ℊ here." }],
    });
    const without = await render(chronicle);
    expect(without.warnings.some((w) => w.startsWith('statement "m": no font has ℊ'))).toBe(true);
    const withFont = await render(chronicle, { fonts: [math] });
    expect(withFont.warnings.some((w) => w.includes("ℊ"))).toBe(false);
    expect(withFont.pdf.pages.join("\n")).toContain("Script g: ℊ here.");
  });

  it("bad options throw BriefingOptionError with a hint", async () => {
    const c = exampleChronicle();
    await expect(renderBriefing(c, { actors: ["puttin"] })).rejects.toThrow(BriefingOptionError);
    await expect(renderBriefing(c, { actors: ["puttin"] })).rejects.toMatchObject({ hint: 'did you mean "putin"?' });
    await expect(renderBriefing(c, { kinds: ["threatt"] })).rejects.toThrow('unknown kind "threatt"');
    await expect(renderBriefing(c, { from: "2025-13" })).rejects.toThrow(BriefingOptionError);
    await expect(renderBriefing(c, { from: "2025-09-06", to: "2025-09-01" })).rejects.toThrow(
      "the period ends before it starts",
    );
    await expect(renderBriefing(c, { fonts: [new Uint8Array([1, 2, 3])] })).rejects.toThrow(/fallback font 1/);
  });
});
