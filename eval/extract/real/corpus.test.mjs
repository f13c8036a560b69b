import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkLabels } from "./check.mjs";
import { assignSplit, SEED } from "./split.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));

describe("checkLabels", () => {
  const text = "Ruritania warned Borduria. Borduria said nothing.";
  const good = {
    published: "2025-04-08",
    actors: { ruritania: ["Ruritania"], borduria: ["Borduria"] },
    statements: [
      {
        id: "w",
        required: true,
        kind: "warning",
        speaker: "ruritania",
        targets: ["borduria"],
        anchor: "Ruritania warned",
      },
    ],
    events: [],
  };

  it("checkLabels(text, labels) finds nothing wrong in well-formed labels", () => {
    expect(checkLabels(text, good)).toEqual([]);
  });

  it("checkLabels(text, labels) names the field path of an anchor that is not in the article", () => {
    const labels = { ...good, statements: [{ ...good.statements[0], anchor: "Ruritania threatened" }] };
    expect(checkLabels(text, labels)).toEqual([
      'statements[0].anchor: not found in the article: "Ruritania threatened"',
    ]);
  });

  it("checkLabels(text, labels) refuses kinds and actors the chronicle does not know", () => {
    const labels = {
      ...good,
      statements: [{ ...good.statements[0], kind: "menace", speaker: "ruritania-mfa", also: ["warning"] }],
    };
    const problems = checkLabels(text, labels);
    expect(problems.some((p) => p.startsWith('statements[0].kind: "menace" is not one of'))).toBe(true);
    expect(problems).toContain(
      'statements[0].speaker: "ruritania-mfa" is not in actors (add it, with the names the article uses)',
    );
  });

  it("checkLabels(text, labels) refuses a published date that is not EDTF", () => {
    expect(checkLabels(text, { ...good, published: "8 April 2025" })[0]).toMatch(/^published: expected an EDTF date/);
  });
});

describe("assignSplit", () => {
  const articles = ["a", "b", "c", "d", "e", "f", "g"].map((folder, i) => ({
    folder,
    crisis: i < 4 ? "one" : i < 6 ? "two" : "three",
  }));

  it("assignSplit(articles) draws one test article from each crisis with three or more, and none from smaller ones", () => {
    const split = assignSplit(articles);
    const test = [...split].filter(([, s]) => s === "test").map(([f]) => f);
    expect(test).toHaveLength(1);
    expect(["a", "b", "c", "d"]).toContain(test[0]);
  });

  it("assignSplit(articles) gives the same split whatever the order of the articles", () => {
    expect(assignSplit([...articles].reverse())).toEqual(assignSplit(articles));
  });

  it("assignSplit(articles, seed) depends on the seed", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      folder: `f${String(i).padStart(2, "0")}`,
      crisis: `c${i % 10}`,
    }));
    const draws = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify([...assignSplit(many, seed)])));
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe("the real-news corpus (eval/extract/real)", () => {
  it("holds at least 40 articles on at least 10 crises, each with its URL, publisher, date and licence note", () => {
    expect(manifest.articles.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.articles.map((a) => a.crisis)).size).toBeGreaterThanOrEqual(10);
    for (const a of manifest.articles) {
      expect(a.url, a.folder).toMatch(/^https?:\/\//);
      expect(a.publisher, a.folder).toBeTruthy();
      expect(a.published, a.folder).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(a.licence, a.folder).toMatch(/stored for evaluation.*©/);
    }
  });

  it("keeps the split drawn with the fixed seed: 30 dev, at least 10 test, crises on both sides", () => {
    const split = assignSplit(manifest.articles, SEED);
    for (const a of manifest.articles) expect(a.split, a.folder).toBe(split.get(a.folder));
    const dev = manifest.articles.filter((a) => a.split === "dev");
    const test = manifest.articles.filter((a) => a.split === "test");
    expect(dev).toHaveLength(30);
    expect(test.length).toBeGreaterThanOrEqual(10);
    const devCrises = new Set(dev.map((a) => a.crisis));
    for (const a of test) expect(devCrises.has(a.crisis), a.crisis).toBe(true);
  });

  it("has labels for every article that pass checkLabels and agree with the manifest's date", () => {
    for (const a of manifest.articles) {
      const dir = join(here, a.folder);
      expect(existsSync(join(dir, "labels.json")), a.folder).toBe(true);
      const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
      const text = readFileSync(join(dir, labels.article), "utf8");
      expect(checkLabels(text, labels), a.folder).toEqual([]);
      expect(labels.published, a.folder).toBe(a.published);
    }
  });

  it("leaves out the Eastern Economic Forum week of September 2025 (the example stays a fair demonstration)", () => {
    for (const a of manifest.articles) {
      const text = readFileSync(join(here, a.folder, "article.txt"), "utf8");
      expect(/Eastern Economic Forum|Vladivostok/i.test(text), a.folder).toBe(false);
    }
  });
});
