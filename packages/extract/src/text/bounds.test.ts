import { describe, expect, it } from "vitest";
import { extractCandidates } from "../extract.js";
import { boundedPieces, MAX_SENTENCE_CHARS } from "./_bounds.js";
import { splitSentences } from "./tokenize.js";

// Issue 11: one long unpunctuated sentence made extraction super-linear (28 KB 4 s,
// 114 KB 59 s). A run without a sentence end is read in bounded pieces.
const WORDS = [
  "the",
  "minister",
  "said",
  "that",
  "troops",
  "would",
  "move",
  "north",
  "and",
  "Moscow",
  "warned",
  "talks",
];
const run = (chars: number) => {
  let s = "";
  for (let i = 0; s.length < chars; i++) s += `${WORDS[i % WORDS.length]} `;
  return s.trim();
};

describe("boundedPieces", () => {
  it("boundedPieces(a paragraph of ordinary sentences) keeps it whole", () => {
    const text = "Moscow warned on Monday. ".repeat(100).trim();
    expect(boundedPieces(text)).toEqual([[0, text]]);
  });

  it(`boundedPieces(a 114 KB run) cuts it at spaces into pieces of at most ${MAX_SENTENCE_CHARS} characters that add up to the text`, () => {
    const text = run(114 * 1024);
    const pieces = boundedPieces(text);
    expect(pieces.map(([, p]) => p).join("")).toBe(text);
    for (const [offset, piece] of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 1);
      expect(text.slice(offset, offset + piece.length)).toBe(piece);
      expect(text[offset - 1] ?? " ").toBe(" ");
    }
  });

  it("splitSentences(a long run) keeps every token's offsets in the original text", () => {
    const text = `Intro. ${run(5000)}`;
    for (const s of splitSentences(text)) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("extractCandidates(long unpunctuated text)", () => {
  it("extractCandidates(a 114 KB sentence) ends within 10 s, its time linear in the length", () => {
    const time = (chars: number) => {
      const started = performance.now();
      extractCandidates(run(chars), { source: { title: "t", published: "2025-09-05" } });
      return performance.now() - started;
    };
    time(2000); // warm up compromise
    const half = time(57 * 1024);
    const full = time(114 * 1024);
    expect(full).toBeLessThan(10_000);
    expect(full / half).toBeLessThan(3);
  }, 60_000);
});
