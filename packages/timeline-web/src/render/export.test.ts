import { describe, expect, test } from "vitest";
import { xmlChars } from "./export.js";

describe("xmlChars", () => {
  test("xmlChars(text) drops the characters XML 1.0 forbids: C0 controls, lone surrogates, U+FFFE/U+FFFF", () => {
    expect(xmlChars("a\u0000b\u0007c\u001Bd\u000Be\u000Cf")).toBe("abcdef");
    expect(xmlChars("high \uD800 low \uDFFF pair \uD83D\uDE00")).toBe("high  low  pair \uD83D\uDE00");
    expect(xmlChars("x\uFFFEy\uFFFFz")).toBe("xyz");
  });

  test("xmlChars(text) keeps tab, newlines, markup escapes and every other character", () => {
    const text = "tab\tnl\ncr\r &lt;script&gt; \u202Eüñí €\u2028\u2029\uFFFD \u{10FFFD}";
    expect(xmlChars(text)).toBe(text);
  });
});
