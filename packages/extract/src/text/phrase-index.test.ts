import { describe, expect, it } from "vitest";
import { phraseAt, phraseIndex } from "./phrase-index.js";

const words = (...bases: string[]) => bases.map((base) => ({ base }));

describe("phraseIndex", () => {
  it("phraseAt(index, tokens, i) finds the first phrase of the list that matches, as a scan of the list would", () => {
    const list = [{ words: ["foreign minister"] }, { words: ["foreign ministry", "minister"] }];
    const index = phraseIndex(list, (e) => e.words);
    expect(phraseAt(index, words("the", "foreign", "minister"), 1)?.item).toBe(list[0]);
    expect(phraseAt(index, words("the", "foreign", "ministry"), 1)?.phrase).toBe("foreign ministry");
    expect(phraseAt(index, words("minister"), 0)?.item).toBe(list[1]);
    expect(phraseAt(index, words("foreign"), 0)).toBeUndefined();
  });

  it("phraseAt(index, tokens, i, accept) skips phrases the caller refuses and tries the next", () => {
    const index = phraseIndex(["call", "call for"], (p) => [p]);
    expect(phraseAt(index, words("call", "for"), 0, (p) => p.words.length > 1)?.phrase).toBe("call for");
  });

  it("phraseIndex(list) is built once per list", () => {
    const list = ["summit"];
    expect(phraseIndex(list, (p) => [p])).toBe(phraseIndex(list, (p) => [p]));
  });
});
