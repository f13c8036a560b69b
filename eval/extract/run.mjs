#!/usr/bin/env node
// `pnpm eval:extract`: scores `briefline extract` (the built extractor) on the seed article
// in ../shared/corpus/eef-2025, on the held-out texts in ./texts, on the blind texts in
// ./blind (written and labelled by a reviewer who had not seen the rules; rows labelled
// "(blind)") and on the real news articles in ./real (labelled blind; split once into dev
// and test by ./real/split.mjs). The real corpus is also pooled per split: one row for
// dev, one for test, a micro-average over statements.
// Usage: node eval/extract/run.mjs [--json] [--markdown] [--check] [--split dev|test] [--fresh]
//   --check  exits 1 when the seed article misses its targets (recall ≥ 0.8,
//            precision ≥ 0.7, speaker ≥ 0.9, both events found).
//   --split  scores only that split of the real corpus. Without it both splits are pooled,
//            but the test split prints its pooled row only (no per-article rows, misses or
//            false positives): it is scored at the end of the extraction work, not tuned on.
//   --fresh  scores only ./fresh, the held-out set gathered after the real test split had
//            been scored once (pooled row and per-article detail); scored once, at the end.
//   --final  scores only ./final, the set labelled blind on 8 December 2026 after ./fresh had
//            been worked on (pooled row and per-article detail): the figure to trust, scored
//            once, at the end of the extraction work.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { poolScores } from "./pool.mjs";
import { scoreArticle } from "./score.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
// Extraction lives in its own package, @briefline/extract.
const candidates = ["packages/extract/dist/index.js"].map((p) => join(root, p));
const built = candidates.find((p) => existsSync(p));
if (!built) {
  console.error(
    `eval:extract: the extractor is not built (looked for ${candidates.map((p) => p.slice(root.length + 1)).join(" and ")}); run \`pnpm build\` first`,
  );
  process.exit(2);
}
const argv = process.argv.slice(2);
const args = new Set(argv);
const splitAt = argv.indexOf("--split");
const onlySplit = splitAt >= 0 ? argv[splitAt + 1] : undefined;
if (splitAt >= 0 && onlySplit !== "dev" && onlySplit !== "test") {
  console.error(
    `eval:extract: invalid --split: ${onlySplit ?? "(missing)"}; expected dev or test, e.g. node eval/extract/run.mjs --split dev`,
  );
  process.exit(2);
}
const { extractCandidates, candidateInfo } = await import(built);

const sets = [];
const fresh = args.has("--fresh");
const final = args.has("--final");
const seed = resolve(root, "../shared/corpus/eef-2025");
if (fresh || final) {
  const folder = final ? "final" : "fresh";
  const heldOut = JSON.parse(readFileSync(join(here, folder, "manifest.json"), "utf8"));
  for (const a of heldOut.articles)
    sets.push({ name: `${a.folder} (${folder})`, dir: join(here, folder, a.folder), split: folder });
} else if (existsSync(join(seed, "labels.json")))
  sets.push({ name: "eef-2025 (seed, development)", dir: seed, seed: true });
else
  console.error(
    `eval:extract: skipped the seed article: ${seed} not found (it lives in the shared folder beside the repo)`,
  );
if (!fresh && !final) {
  for (const name of readdirSync(join(here, "texts")).sort())
    sets.push({ name: `${name} (held out)`, dir: join(here, "texts", name) });
  for (const name of readdirSync(join(here, "blind")).sort())
    sets.push({ name: `${name} (blind)`, dir: join(here, "blind", name), blind: true });
  const manifest = JSON.parse(readFileSync(join(here, "real", "manifest.json"), "utf8"));
  for (const a of manifest.articles)
    if (!onlySplit || a.split === onlySplit)
      sets.push({ name: `${a.folder} (real, ${a.split})`, dir: join(here, "real", a.folder), split: a.split });
}

const results = [];
for (const set of sets) {
  const labels = JSON.parse(readFileSync(join(set.dir, "labels.json"), "utf8"));
  const text = readFileSync(join(set.dir, labels.article), "utf8");
  const started = performance.now();
  const { chronicle } = extractCandidates(text, { source: { title: set.name, published: labels.published } });
  const ms = performance.now() - started;
  const score = scoreArticle({ text, labels, chronicle, spansOf: (item) => candidateInfo(item).spans });
  results.push({
    name: set.name,
    seed: Boolean(set.seed),
    blind: Boolean(set.blind),
    ...(set.split ? { split: set.split } : {}),
    ms: Math.round(ms),
    ...score,
  });
}
const splits = ["dev", "test", "fresh", "final"].filter((split) => results.some((r) => r.split === split));
const pooled = splits.map((split) => ({ split, ...poolScores(results.filter((r) => r.split === split)) }));
// Per-article detail of the test split is printed only when asked for by name.
const shown = results.filter((r) => r.split !== "test" || onlySplit === "test");

const pct = (x) => x.toFixed(2);
// JSON stays a list of rows, as before; the pooled rows come last, marked `pooled: true`.
const pooledRows = pooled.map((p) => ({ name: `real ${p.split} (pooled)`, pooled: true, ...p }));
if (args.has("--json")) console.log(JSON.stringify([...shown, ...pooledRows], null, 2));
else {
  const head =
    "| text | required | found | precision | recall | F1 | right kind | speaker | conditions | events | ms |";
  const rows = shown.map((r) => {
    const s = r.statements;
    return `| ${r.name} | ${s.required} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.recallRightKind)} | ${pct(s.speakerAccuracy)} | ${pct(s.conditionRecall)} | ${r.events.requiredFound}/${r.events.required} | ${r.ms} |`;
  });
  console.log([head, "|---|---|---|---|---|---|---|---|---|---|---|", ...rows].join("\n"));
  if (pooled.length) {
    console.log(
      `\nReal news (eval/extract/${final ? "final" : fresh ? "fresh" : "real"}), pooled per split (micro-average over statements):\n`,
    );
    console.log(
      "| split | articles | required | found | extracted | precision | recall | F1 | right kind | speaker | conditions | events |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (const p of pooled) {
      const s = p.statements;
      const c = `${pct(s.conditionRecall)} (${s.conditions.found}/${s.conditions.wanted})`;
      console.log(
        `| ${p.split} | ${p.articles} | ${s.required} | ${s.matched} | ${s.extracted} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.recallRightKind)} | ${pct(s.speakerAccuracy)} | ${c} | ${p.events.requiredFound}/${p.events.required} |`,
      );
    }
    if (pooled.some((p) => p.split === "test"))
      console.log("\n(test: scored at the end of the extraction work only; do not tune on it)");
  }
  if (!args.has("--markdown")) {
    for (const r of shown) {
      console.log(`\n${r.name}`);
      console.log("  per kind (required found/labelled; extracted, unmatched):");
      for (const [kind, k] of Object.entries(r.statements.perKind))
        console.log(`    ${kind.padEnd(11)} ${k.found}/${k.labelled}; ${k.extracted} extracted, ${k.wrong} unmatched`);
      if (r.statements.missed.length) console.log(`  missed: ${r.statements.missed.join(", ")}`);
      for (const fp of r.statements.falsePositives) console.log(`  not matched: ${fp}`);
      for (const e of r.events.labels)
        console.log(`  event ${e.id}${e.required ? "" : " (optional)"}: ${e.found ? `found as ${e.as}` : "missed"}`);
    }
  }
}
if (args.has("--check")) {
  const seedResult = results.find((r) => r.seed);
  if (seedResult) {
    const s = seedResult.statements;
    const ok =
      s.recall >= 0.8 &&
      s.precision >= 0.7 &&
      s.speakerAccuracy >= 0.9 &&
      seedResult.events.requiredFound === seedResult.events.required;
    if (!ok) {
      console.error("eval:extract: the seed article misses its targets");
      process.exit(1);
    }
  }
}
