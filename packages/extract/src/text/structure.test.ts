import { describe, expect, it } from "vitest";
import { datelineEnd, headlineOf } from "./structure.js";
import { type Sentence, splitSentences } from "./tokenize.js";

const first = (text: string): Sentence => {
  const sentence = splitSentences(text)[0];
  if (!sentence) throw new Error("no sentence");
  return sentence;
};

// Texts written for these tests: other conflicts, other wordings.
describe("headlineOf", () => {
  it("headlineOf takes a first one-line paragraph without a full stop as the headline", () => {
    const sentences = splitSentences(
      "Chile rejects Bolivian claim to sea corridor\n\nChile on Monday rejected the claim.",
    );
    expect(headlineOf(sentences)?.text).toBe("Chile rejects Bolivian claim to sea corridor");
  });
  it("headlineOf finds none when the first paragraph is a sentence or the text has one paragraph", () => {
    expect(headlineOf(splitSentences("Chile rejected the claim.\n\nBolivia protested."))).toBeUndefined();
    expect(headlineOf(splitSentences("Chile rejects Bolivian claim"))).toBeUndefined();
  });
});

describe("datelineEnd", () => {
  it("datelineEnd covers an all-capitals place and its dash, with a country or agency", () => {
    expect(datelineEnd(first("MAPUTO — The army said so."))).toBe(1);
    expect(datelineEnd(first("LIMA, Peru — The army said so."))).toBe(2);
    expect(datelineEnd(first("QUITO (Reuters) - The army said so."))).toBe(2);
  });
  it("datelineEnd is 0 for an ordinary sentence or an acronym subject", () => {
    expect(datelineEnd(first("Peru protested on Monday."))).toBe(0);
    expect(datelineEnd(first("NATO said it was watching."))).toBe(0);
  });
});
