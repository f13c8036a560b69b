import { describe, expect, it } from "vitest";
import { shortenText, shortenToFit } from "./shorten.js";

describe("shortenText", () => {
  it("shortenText(text, max) keeps a text that fits", () => {
    expect(shortenText("Putin warns.", 20)).toBe("Putin warns.");
  });
  it("shortenText(text, max) cuts after a whole word with one ellipsis", () => {
    expect(shortenText("Russia will regard any foreign troops as targets.", 31)).toBe(
      "Russia will regard any foreign…",
    );
  });
  it("shortenText(text, max) never writes '….' or ',…'", () => {
    expect(shortenText("He said no. Then he left the room.", 12)).toBe("He said no…");
    expect(shortenText("Talks, then more talks and more.", 8)).toBe("Talks…");
  });
  it("shortenText(text, max) cuts inside a single word longer than max", () => {
    expect(shortenText("Donaudampfschifffahrtsgesellschaft", 10)).toBe("Donaudamp…");
  });
});

describe("shortenToFit", () => {
  it("shortenToFit(text, fits, minWords) refuses a cut shorter than minWords", () => {
    expect(shortenToFit("one two three four", (s) => s.length <= 9, 3)).toBeNull();
    expect(shortenToFit("one two three four", (s) => s.length <= 14, 3)).toBe("one two three…");
  });
  it("shortenToFit(text, fits) asks few questions of a long text", () => {
    let asked = 0;
    const text = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(" ");
    shortenToFit(text, (s) => {
      asked++;
      return s.length <= 300;
    });
    expect(asked).toBeLessThan(15);
  });
});
