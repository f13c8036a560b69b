import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkLabels } from "../real/check.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));
const earlier = ["../real/manifest.json", "../fresh/manifest.json"].flatMap(
  (p) => JSON.parse(readFileSync(join(here, p), "utf8")).articles,
);

describe("the final held-out set", () => {
  it("lists every folder once, and each has well-formed labels whose anchors are in its article", () => {
    const folders = readdirSync(here, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(manifest.articles.map((a) => a.folder).sort()).toEqual(folders);
    for (const a of manifest.articles) {
      const labels = JSON.parse(readFileSync(join(here, a.folder, "labels.json"), "utf8"));
      const text = readFileSync(join(here, a.folder, labels.article), "utf8");
      expect(checkLabels(text, labels), a.folder).toEqual([]);
    }
  });

  it("shares no article with the earlier sets, leaves out the example's story, and gives every article a URL, publisher and licence note", () => {
    const seen = new Set(earlier.map((a) => a.url));
    for (const a of manifest.articles) {
      expect(seen.has(a.url), a.folder).toBe(false);
      expect(a.url && a.publisher && a.licence, a.folder).toBeTruthy();
      const text = readFileSync(join(here, a.folder, "article.txt"), "utf8");
      expect(/Eastern Economic Forum|Vladivostok/i.test(text), a.folder).toBe(false);
    }
  });
});
