import { describe, expect, it } from "vitest";
import { cueWords, holdsCue } from "./cue-words.js";
import { DEFAULT_LEXICON } from "./lexicon/default.js";

describe("cueWords", () => {
  it("cueWords(lexicon) holds every form of a speech-act verb", () => {
    for (const w of ["warn", "warns", "warned", "warning"]) expect(cueWords(DEFAULT_LEXICON).has(w)).toBe(true);
  });

  it("cueWords(lexicon) holds an event word and a deadline verb", () => {
    expect(cueWords(DEFAULT_LEXICON).has("summit")).toBe(true);
    expect(cueWords(DEFAULT_LEXICON).has("gave")).toBe(true);
  });
});

describe("holdsCue", () => {
  it("holdsCue(lexicon)(words) is true for a sentence with a speech act and false for a plain one", () => {
    expect(holdsCue(DEFAULT_LEXICON)(["the", "envoy", "rejected", "the", "plan"])).toBe(true);
    expect(holdsCue(DEFAULT_LEXICON)(["the", "weather", "was", "mild"])).toBe(false);
  });
});
