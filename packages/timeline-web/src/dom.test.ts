import { describe, expect, test } from "vitest";
import { safeHref } from "./dom.js";

describe("safeHref", () => {
  test("safeHref(url) keeps http and https addresses", () => {
    expect(safeHref("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHref(" http://example.org ")).toBe("http://example.org/");
  });

  test("safeHref refuses javascript:, data:, relative and malformed links", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "data:text/html,x",
      "/etc/passwd",
      "file:///etc/passwd",
      "vbscript:x",
      "not a url",
    ]) {
      expect(safeHref(url)).toBeNull();
    }
  });
});
