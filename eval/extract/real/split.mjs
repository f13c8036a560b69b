#!/usr/bin/env node
// Assigns the fixed dev/test split of the real-news corpus, once, before any label is scored.
// Stratified so that crises fall on both sides: from every crisis with at least three
// articles one article, drawn with a seeded generator, goes to `test`; everything else is
// `dev`. Rerunning gives the same split; `--write` stores it in manifest.json, `--check`
// exits 1 when manifest.json disagrees with it.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const SEED = 14; // issue #14

// mulberry32: a tiny deterministic generator, so the draw does not depend on Node's Math.random.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {{ folder: string, crisis: string }[]} articles @returns {Map<string, "dev" | "test">} */
export function assignSplit(articles, seed = SEED) {
  const random = mulberry32(seed);
  const byCrisis = new Map();
  for (const a of [...articles].sort((x, y) => x.folder.localeCompare(y.folder))) {
    if (!byCrisis.has(a.crisis)) byCrisis.set(a.crisis, []);
    byCrisis.get(a.crisis).push(a.folder);
  }
  const split = new Map();
  for (const crisis of [...byCrisis.keys()].sort()) {
    const folders = byCrisis.get(crisis);
    const pick = folders.length >= 3 ? folders[Math.floor(random() * folders.length)] : null;
    for (const f of folders) split.set(f, f === pick ? "test" : "dev");
  }
  return split;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(dirname(fileURLToPath(import.meta.url)), "manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  const split = assignSplit(manifest.articles);
  const args = new Set(process.argv.slice(2));
  if (args.has("--check")) {
    const wrong = manifest.articles.filter((a) => a.split !== split.get(a.folder));
    for (const a of wrong)
      console.error(`split.mjs: ${a.folder}: manifest says ${a.split}, the seeded draw says ${split.get(a.folder)}`);
    process.exit(wrong.length ? 1 : 0);
  }
  if (args.has("--write")) {
    for (const a of manifest.articles) a.split = split.get(a.folder);
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  for (const a of manifest.articles) console.log(`${split.get(a.folder)}\t${a.crisis}\t${a.folder}`);
  const count = (s) => [...split.values()].filter((v) => v === s).length;
  console.log(`dev ${count("dev")}, test ${count("test")}`);
}
