#!/usr/bin/env node
// `pnpm eval:extract`: scores `briefline extract` (the built @briefline/extract) on the
// seed article in ../shared/corpus/eef-2025, on the held-out texts in ./texts and on
// the blind texts in ./blind (written and labelled by a reviewer who had not seen the
// rules; rows labelled "(blind)").
// Usage: node eval/extract/run.mjs [--json] [--markdown] [--check]
//   --check  exits 1 when the seed article misses its targets (recall ≥ 0.8,
//            precision ≥ 0.7, speaker ≥ 0.9, both events found).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreArticle } from "./score.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const built = join(root, "packages/extract/dist/index.js");
if (!existsSync(built)) {
  console.error("eval:extract: packages/extract is not built; run `pnpm build` first");
  process.exit(2);
}
const { extractCandidates, candidateInfo } = await import(built);
const args = new Set(process.argv.slice(2));

const sets = [];
const seed = resolve(root, "../shared/corpus/eef-2025");
if (existsSync(join(seed, "labels.json"))) sets.push({ name: "eef-2025 (seed, development)", dir: seed, seed: true });
else
  console.error(
    `eval:extract: skipped the seed article: ${seed} not found (it lives in the shared folder beside the repo)`,
  );
for (const name of readdirSync(join(here, "texts")).sort())
  sets.push({ name: `${name} (held out)`, dir: join(here, "texts", name) });
for (const name of readdirSync(join(here, "blind")).sort())
  sets.push({ name: `${name} (blind)`, dir: join(here, "blind", name), blind: true });

const results = [];
for (const set of sets) {
  const labels = JSON.parse(readFileSync(join(set.dir, "labels.json"), "utf8"));
  const text = readFileSync(join(set.dir, labels.article), "utf8");
  const started = performance.now();
  const { chronicle } = extractCandidates(text, { source: { title: set.name, published: labels.published } });
  const ms = performance.now() - started;
  const score = scoreArticle({ text, labels, chronicle, spansOf: (item) => candidateInfo(item).spans });
  results.push({ name: set.name, seed: Boolean(set.seed), blind: Boolean(set.blind), ms: Math.round(ms), ...score });
}

const pct = (x) => x.toFixed(2);
if (args.has("--json")) console.log(JSON.stringify(results, null, 2));
else {
  const head =
    "| text | required | found | precision | recall | F1 | right kind | speaker | conditions | events | ms |";
  const rows = results.map((r) => {
    const s = r.statements;
    return `| ${r.name} | ${s.required} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.recallRightKind)} | ${pct(s.speakerAccuracy)} | ${pct(s.conditionRecall)} | ${r.events.requiredFound}/${r.events.required} | ${r.ms} |`;
  });
  console.log([head, "|---|---|---|---|---|---|---|---|---|---|---|", ...rows].join("\n"));
  if (!args.has("--markdown")) {
    for (const r of results) {
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
