// Extraction speed: `extractCandidates` (the built @briefline/extract) over the written
// evaluation texts and the real-news development articles in eval/extract, warm (every
// article extracted once first, then timed), median of 5 passes; reported in ms per
// 1,000 words. Writes docs/bench/extract.md.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { extractCandidates } = await import(join(root, "packages/extract/dist/index.js"));
const evalDir = join(root, "eval/extract");
const articles = [];
for (const set of ["texts", "blind"])
  for (const name of readdirSync(join(evalDir, set)).sort()) {
    const labels = JSON.parse(readFileSync(join(evalDir, set, name, "labels.json"), "utf8"));
    articles.push({
      text: readFileSync(join(evalDir, set, name, labels.article), "utf8"),
      published: labels.published,
    });
  }
const manifest = JSON.parse(readFileSync(join(evalDir, "real/manifest.json"), "utf8"));
for (const a of manifest.articles.filter((x) => x.split === "dev")) {
  const labels = JSON.parse(readFileSync(join(evalDir, "real", a.folder, "labels.json"), "utf8"));
  articles.push({
    text: readFileSync(join(evalDir, "real", a.folder, labels.article), "utf8"),
    published: labels.published,
  });
}
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
// Wall time and CPU time (user + system) of one pass: on a shared machine the wall
// time grows with other processes' load, the CPU time much less.
const run = () => {
  const t = performance.now();
  const c = process.cpuUsage();
  for (const a of articles) extractCandidates(a.text, { source: { title: "bench", published: a.published } });
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
};
const loadBefore = loadavg()[0];
const cold = run();
const passes = [];
for (let i = 0; i < 5; i++) passes.push(run());
const median = (key) => passes.map((p) => p[key]).sort((a, b) => a - b)[2];
const warm = { wall: median("wall"), cpu: median("cpu") };
const loadAfter = loadavg()[0];
const per1000 = (ms) => (ms / words) * 1000;
const lines = [
  "## Extraction: speed",
  "",
  `Command: \`node bench/extract.bench.mjs\` (part of \`pnpm bench\`; \`pnpm bench extract\` alone); ${articles.length} articles (eval/extract texts, blind and real-news dev split), ${words.toLocaleString("en")} words, on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}.`,
  "",
  "| pass | wall | wall per 1,000 words | CPU | CPU per 1,000 words |",
  "|---|---:|---:|---:|---:|",
  `| first (cold: JIT, lexicon tables) | ${cold.wall.toFixed(0)} ms | ${per1000(cold.wall).toFixed(1)} ms | ${cold.cpu.toFixed(0)} ms | ${per1000(cold.cpu).toFixed(1)} ms |`,
  `| warm (median of 5) | ${warm.wall.toFixed(0)} ms | ${per1000(warm.wall).toFixed(1)} ms | ${warm.cpu.toFixed(0)} ms | ${per1000(warm.cpu).toFixed(1)} ms |`,
  "",
  `Load average ${loadBefore.toFixed(1)} when the run started and ${loadAfter.toFixed(1)} when it ended, on ${cpus().length} cores shared with other work: above ${cpus().length} the CPU time per 1,000 words grows too (contended caches and cores), and runs of the same build differ by ±30%.`,
  "",
  `Target: at most 60 ms per 1,000 words warm: ${per1000(warm.cpu) <= 60 ? "met" : "NOT met"} (${per1000(warm.cpu).toFixed(0)} ms of CPU per 1,000 words in this run). A CPU profile of this benchmark (\`node --cpu-prof bench/extract.bench.mjs\`, 7 Dec 2026, after the changes below) puts about two thirds of extraction time in compromise's tokenizer and tagger (its post-tagger's rule matching about a third, its first-pass tagger about a seventh), chrono-node about 7% (in the cold pass mostly), and the extractor's own rules the rest.`,
  "",
  "On 7 Dec 2026 the lexicon's phrase lists (titles, nouns of speech, event cues, deadline verbs) became look-ups by first word instead of a scan of each list at every word, the word lists of a sentence are built once instead of at every word, compromise's second level (tokenizer and tagger, without the phrase chunker) replaced the full library, and the lexicon's gazetteer is built once per lexicon and copied: warm CPU per 1,000 words went from 133–169 ms to 90–131 ms (old and new builds run one after the other, twice, on the same loaded machine), with the extractor's output identical on every evaluation article (texts, blind, real dev and test: the JSON compared byte for byte).",
  "",
  "Later on 7 Dec 2026 (branch `extract`): compromise's post-tagger picks the rules to try on a clause from the clause's own words and tags instead of visiting all ~730 of its index keys per clause, and a rule whose first two tokens match no neighbouring words is not tried (text/_tagger.ts, _rule-index.ts, _first-term.ts: tags identical to `nlp(text)` on every evaluation paragraph); chrono-node runs only on sentences holding a date word; sentences with no speech-act or event word of the lexicon skip the post-tagger (output identical on the written, blind and real-news dev texts). Old and new builds run in separate processes, alternated three times, twelve passes each (CPU time per pass, load 9 → 7 on 2 cores): passes 2–6, which this benchmark's warm median reads, went from 106–171 to 90–134 ms per 1,000 words; passes 7–12, once the JIT has settled, from about 76 to about 53 ms (two runs of three; the third new-build run was disturbed, 74–113 ms). The warm median of five passes right after one cold pass still includes the JIT warming up, and on this shared machine it varied from 96 to 148 ms for the same build within half an hour (load 6–14).",
  "",
  "On 8 Dec 2026 (branch `extract`): the post-tagger sweep finds where a rule can start through a per-clause index of words and tags, requires all of a rule's leading one-word tokens to match in turn (rules tried on the dev split 6,649 -> 5,446 per pass, words tried from 105,170 -> 90,057), skips a start with fewer words left than the rule needs, and chooses a clause's rules by hook index instead of set look-ups (text/_first-term.ts, _rule-index.ts; output byte-identical on texts, blind, real dev and fresh). Old (main) and new builds alternated three times, eight passes each, with the recall rules of the same branch included: passes 2-6 went from a median of about 82 to about 78 ms of CPU per 1,000 words at load 1.4-1.6 (about 95 to 82 at load 4.7-6.7, where contention blurs it): a small gain, the recall rules spending most of what the post-tagger saved. About 40% of a warm pass's process CPU in passes 2-6 is on V8's background threads (optimising compiler, GC): the main thread alone used about 50 ms per 1,000 words in those passes.",
];
mkdirSync(join(root, "docs/bench"), { recursive: true });
writeFileSync(join(root, "docs/bench/extract.md"), lines.join("\n"));
console.log(lines.join("\n"));
