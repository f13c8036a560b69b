import { describe, expect, it } from "vitest";
import { didYouMean, suggestion } from "./did-you-mean.js";

describe("didYouMean", () => {
  it('didYouMean("puttin", ids) is "putin"', () => {
    expect(didYouMean("puttin", ["putin", "zelensky"])).toBe("putin");
  });

  it('didYouMean("xi", ids) is undefined: too far from every id', () => {
    expect(didYouMean("xi", ["putin", "zelensky"])).toBeUndefined();
  });

  it("didYouMean ignores case and returns the candidate as written", () => {
    expect(didYouMean("PUTIN", ["putin"])).toBe("putin");
    expect(didYouMean("b", ["A", "B", "C"])).toBe("B");
  });

  it("didYouMean(a one-letter value sharing nothing with the options) does not guess", () => {
    expect(didYouMean("G", ["A", "B", "C", "D", "E", "F"])).toBeUndefined();
  });

  it("didYouMean(empty input or no candidates) is undefined", () => {
    expect(didYouMean("", ["putin"])).toBeUndefined();
    expect(didYouMean("putin", [])).toBeUndefined();
  });

  it("didYouMean allows about one edit in three letters", () => {
    expect(didYouMean("zelenskyy", ["zelensky"])).toBe("zelensky");
    expect(didYouMean("zlnsky", ["zelensky"])).toBe("zelensky");
    expect(didYouMean("zxxxsky", ["zelensky"])).toBeUndefined();
  });
});

describe("suggestion", () => {
  it("suggestion(near miss) asks did you mean", () => {
    expect(suggestion("puttin", ["putin"], "actor")).toBe('did you mean "putin"?');
  });

  it("suggestion(no candidates) asks to define one first", () => {
    expect(suggestion("putin", [], "actor")).toBe("define the actor first");
  });

  it("suggestion(far from all) lists at most eight, with the count", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `id-${i}`);
    expect(suggestion("zzzzzz", ids, "source")).toBe(
      "known sources: id-0, id-1, id-2, id-3, id-4, id-5, id-6, id-7, … (10 in all)",
    );
    expect(suggestion("zzzzzz", ["a"], "statement or event", "statements and events")).toBe(
      "known statements and events: a",
    );
  });
});
