import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkLabels } from "../real/check.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));
const real = JSON.parse(readFileSync(join(here, "../real/manifest.json"), "utf8"));

describe("the fresh held-out set", () => {
  it("has well-formed labels whose anchors are in the articles", () => {
    for (const a of manifest.articles) {
      const labels = JSON.parse(readFileSync(join(here, a.folder, "labels.json"), "utf8"));
      const text = readFileSync(join(here, a.folder, labels.article), "utf8");
      expect(checkLabels(text, labels), a.folder).toEqual([]);
    }
  });
  it("shares no article with the first corpus and gives every article a URL, publisher and licence note", () => {
    const seen = new Set(real.articles.map((a) => a.url));
    for (const a of manifest.articles) {
      expect(seen.has(a.url), a.folder).toBe(false);
      expect(a.url && a.publisher && a.licence, a.folder).toBeTruthy();
    }
  });
});
