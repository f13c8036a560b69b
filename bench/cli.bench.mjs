// CLI start-up and whole-process speed (issue 15): each command as a user runs it, a fresh
// process spawned and waited for, paired with Node's own start-up (`node -e 0`) in the same
// rounds (interleaved, so that the load of a shared machine falls on both alike), median of
// ROUNDS. Writes docs/bench/cli.md. Run after `pnpm build`: node bench/cli.bench.mjs
// (BRIEFLINE_BENCH_1M=0 leaves out the 1M-statement run; BRIEFLINE_CLI=<main.js> measures another
// build, e.g. an earlier commit's; BRIEFLINE_BENCH_OUT=<file> writes the table elsewhere).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateChronicle } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a switch for manual comparisons, not an input of a turbo task
const cli = process.env.BRIEFLINE_CLI ?? join(root, "apps/cli/dist/main.js");
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a switch for manual runs, not an input of a turbo task
const withMillion = process.env.BRIEFLINE_BENCH_1M !== "0";
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a switch for manual comparisons, not an input of a turbo task
const out = process.env.BRIEFLINE_BENCH_OUT ?? join(root, "docs/bench/cli.md");
const example = join(root, "examples/eef-2025/chronicle.yaml");
const ROUNDS = 9;
const temp = mkdtempSync(join(tmpdir(), "briefline-cli-bench-"));
const load = [loadavg()[0]];

// GNU time gives the CPU time (user + system) of each run: on a loaded machine the wall
// time measures the queue for the cores as much as the command, its CPU time much less so.
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const timeFile = join(temp, "time.txt");

/** Wall time of one fresh process, spawn to exit, and its CPU time, in ms; throws on a failure. */
function timed(args, ok = [0]) {
  const [command, argv] = gnuTime
    ? [gnuTime, ["-f", "%U %S", "-o", timeFile, process.execPath, ...args]]
    : [process.execPath, args];
  const t = performance.now();
  const r = spawnSync(command, argv, { cwd: temp, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (!ok.includes(r.status)) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const [user, system] = gnuTime ? readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number) : [];
  return { ms, cpu: gnuTime ? (user + system) * 1000 : Number.NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs every case once per round, in order, and returns each case's median wall and CPU time. */
function rounds(cases, n) {
  const times = cases.map(() => []);
  for (let round = 0; round < n; round++) cases.forEach((c, i) => times[i].push(timed(c.args, c.ok)));
  return cases.map((c, i) => ({
    ...c,
    ms: median(times[i].map((t) => t.ms)),
    cpu: median(times[i].map((t) => t.cpu)),
  }));
}

// Reads a file and parses it, nothing else: the floor of any JSON validator.
const parseOnly = join(temp, "parse-only.mjs");
writeFileSync(
  parseOnly,
  'import { readFileSync } from "node:fs";\nJSON.parse(readFileSync(process.argv[2], "utf8"));\n',
);
const big = join(temp, "100k.json");
writeFileSync(big, JSON.stringify(generateChronicle(100_000)));
const bigSize = statSync(big).size;

const small = rounds(
  [
    { key: "node", label: "`node -e 0` (Node's own start-up)", args: ["-e", "0"] },
    { key: "help", label: "`briefline --help`", args: [cli, "--help"], target: 1.5 },
    { key: "validate", label: "`briefline validate` of the example", args: [cli, "validate", example], target: 2.5 },
    {
      key: "timeline",
      label: "`briefline timeline` of the example",
      args: [cli, "timeline", example, "-o", join(temp, "t.html")],
      target: 4,
    },
    {
      key: "report",
      label: "`briefline report` of the example (20 pages)",
      args: [cli, "report", example, "-o", join(temp, "r.pdf"), "--issued", "2025-09-10"],
      target: 6,
    },
  ],
  ROUNDS,
);
const node = small[0].ms;
const nodeCpu = small[0].cpu;
const large = rounds(
  [
    { key: "parse", label: "a process that reads and `JSON.parse`s it", args: [parseOnly, big] },
    { key: "validate", label: "`briefline validate` of it", args: [cli, "validate", big], target: 2 },
  ],
  7,
);
load.push(loadavg()[0]);

/** 1M statements: wall time and peak memory of one run (GNU time's maximum resident set). */
function million() {
  const file = join(temp, "1m.json");
  writeFileSync(file, JSON.stringify(generateChronicle(1_000_000)));
  const size = statSync(file).size;
  const time = existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "%M"] : null;
  const t = performance.now();
  const r = time
    ? spawnSync(time[0], [...time.slice(1), process.execPath, cli, "validate", file], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      })
    : spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`validate 1M exited ${r.status}: ${r.stderr.slice(-500)}`);
  const kib = time ? Number(r.stderr.trim().split("\n").at(-1)) : Number.NaN;
  rmSync(file);
  return { ms, mib: kib / 1024, size };
}
const m = withMillion ? million() : null;
rmSync(temp, { recursive: true, force: true });

// What was found and changed (issue 15), measured on 2026-12-07 with the machine's load
// average between 4 and 12: every figure below is from interleaved runs of the two
// variants, so that the load fell on both.
const NOTES = `### Where the time went, and what each change gave (issue 15)

Profiled with \`node --cpu-prof\` and by counting the scripts a run compiles (an inspector
session's \`Debugger.scriptParsed\`), on the code before this work:

- \`validate\` of the example compiled 620 files: date-fns 304 (520 kB), zod 71 (461 kB), yaml 72,
  core 72, iso-3166 9 (408 kB), commander, entities, edtf; resolving, reading and compiling them
  was about half of the process. Of the rest, most was the YAML parser reading the 36 KiB
  example cold (about a quarter), then zod (its schema's set-up and first parse, ~10%).
- \`report\` compiled 919 files, adding pdfkit, fontkit, brotli's 750 kB dictionary (fontkit's
  WOFF2 decoder, which a briefing never uses), linebreak's and unicode-trie's tables
  (inflated at load), restructure and @noble/ciphers.
- \`validate\` of 100k statements: positions of its ~30,000 warnings (one scan of the text),
  the scan for repeated keys, \`JSON.parse\`, and garbage collection.

Changes, in order:

1. **The bin is an esbuild bundle** (apps/cli/scripts/bundle.mjs, run by \`pnpm run build\`):
   \`dist/main.js\` plus chunks split at the commands' dynamic imports. \`validate\` compiles 10
   files instead of 620; CPU time of \`validate\` of the example 1.51 s → 0.73 s (median of 9,
   interleaved, load ~8). pdfkit and fontkit are in the bundle too (\`report\`: 15 files instead
   of 919), pdfkit's \`import.meta.url\` pointed at the installed pdfkit for its data files;
   brotli's decoder and linebreak load on first use (never, for a briefing). The packages'
   own \`dist\` builds are unchanged. A test (apps/cli/src/hardening/bundle-output.test.ts) runs
   the bundle against the sources and wants the same bytes: validate, validate --json, stats,
   query, --help, a 2.4 MB JSON, timeline, report and report --tagged --paper letter (\`--issued\`
   fixed).
2. **Short runs go without V8's optimising compiler** (apps/cli/src/io/tiering.ts): \`--help\`,
   and validate/stats/query/convert/schema/init/timeline/report/brief when every file argument
   is under 2 MB. A cold YAML parse of the example took 190–400 ms with TurboFan and 80–200 ms
   without (in-process, load ~10): its compile work runs on a background thread that competes
   for the two shared cores. Whole process, CPU time: \`validate\` 650 → 500 ms, \`report\` of the
   example 1.88 → 1.25 s, a 100-page report 3.3 → 1.9 s (wall 7.5 → 5.4 s). Large inputs keep
   it: without it, 100k statements took 7.4 s of CPU instead of 4.1 s. V8 does not take the
   optimising compiler back up for code that has already run once the flag is restored (a
   hot loop took 1.1–3.0 s against 0.1–0.7 s with it on throughout), so the choice is made in \`main.ts\`
   before any command code runs, from the arguments and the files' sizes.
3. **The fast structural check is generated at build time** (packages/core/scripts/gen-structure-check.mjs,
   Ajv standalone code in \`dist/schema/_structure-check.js\`): no Ajv compiler to load and no
   schema to compile (~130 ms) before a large file. Fixed on the way: in the bundle,
   \`loadFastValidation\` found no \`Ajv2020\` export (esbuild keeps only a CommonJS module's
   default) and every large file silently went through zod (~0.8 s of a 100k profile).

The same benchmark on the build before this work (commit 17f98fd, \`BRIEFLINE_CLI=<its main.js>
BRIEFLINE_BENCH_1M=0\`) and on this one, one after the other on 2026-12-07 (load average 8.1 → 6.0
during the second, 5.2 → 5.8 during the first). Node's own start-up took 267 ms in the run of this
build and 148 ms in that of the earlier one: wall-time ratios move with the load, CPU times less.

| run | before: wall | × \`node -e 0\` | CPU | × | after: wall | × \`node -e 0\` | CPU | × |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| \`node -e 0\` | 148 ms | 1.00× | 90 ms | 1.00× | 267 ms | 1.00× | 130 ms | 1.00× |
| \`briefline --help\` | 264 ms | 1.78× | 200 ms | 2.22× | 393 ms | 1.47× | 220 ms | 1.69× |
| \`briefline validate\` of the example | 1.12 s | 7.55× | 1.04 s | 11.56× | 1.16 s | 4.34× | 580 ms | 4.46× |
| \`briefline timeline\` of the example | 1.27 s | 8.57× | 1.22 s | 13.56× | 1.45 s | 5.43× | 660 ms | 5.08× |
| \`briefline report\` of the example | 1.98 s | 13.34× | 1.97 s | 21.89× | 2.01 s | 7.54× | 1.22 s | 9.38× |
| 100k: parse-only process | 1.13 s | 1.00× | 930 ms | 1.00× | 1.56 s | 1.00× | 1.09 s | 1.00× |
| 100k: \`briefline validate\` | 3.85 s | 3.41× | 3.33 s | 3.58× | 4.78 s | 3.07× | 3.51 s | 3.22× |

1M statements, the two builds one after the other (\`/usr/bin/time node <main.js> validate 1m.json\`,
load ~7): before 58.0 s and 1.77 GiB peak, after 44.8 s and 1.73 GiB. Peak memory varies from run
to run for both builds (1.69–2.08 GiB in this session's runs); the 10 s target is far off on this
loaded machine (the core benchmark's in-process load of 1M took 4.9 s on a quieter one).

Later changes (2026-12-07, a second session on the bin's start-up and the 100k path):

4. **A V8 code cache for the bundle** (apps/cli/scripts/bin-loader.mjs, copied to \`dist/main.js\`).
   Node 20 compiles every ES module from its text at each start and has no
   \`module.enableCompileCache\`, so the bundle's chunks are now scripts (esbuild's CommonJS form
   of the same split output) that the bin compiles with \`vm.Script\` and the bytecode stored
   beside each chunk (\`<chunk>.cache\`). The build writes the caches after sample runs of
   \`--help\`, \`validate\`, \`timeline\` and \`report\` of the example, each adding the functions
   it ran; not on a user's first run (an installed dist may be read-only, and two first runs
   would race). V8 refuses a cache made under other flags, so the tiering choice of change 2 is
   made by the bin before any cached chunk loads (a large input, which keeps the optimising
   compiler, compiles from text as before). A refused cache costs only the check. CPU time of
   \`validate\` of the example 560 → 480 ms (median of 11, interleaved, load 12–15).
   Tried first and rejected: one CommonJS file for the whole CLI (5.8 MB) with a code cache:
   810 → 670 ms of CPU with the cache, but the split ES bundle without one took 460 ms (each
   command loads only its chunks).
5. **No ICU set-up on \`validate\`.** The first \`Intl.DateTimeFormat\` of a process sets up ICU
   (30–40 ms quiet, 110–160 ms at load ~15). \`@date-fns/utc\`'s \`UTCDate\` module made three
   of them as it loaded, for its \`toString\` family, which nothing calls: the CLI's bundle maps
   it to the same class without them (\`UTCDateMini\`); and the zone check knows \`UTC\` without
   asking Intl. First done in core, which changed the bytes of the timeline page's script
   (timeline-web bundles core), so it moved into the CLI's bundle; the page is byte for byte
   as before.
6. **pdfkit's AES loads on first use** (\`@noble/ciphers\`, for encrypted PDFs, which a briefing
   never is): its module built its tables as it loaded (93 ms a run in a profile of \`report\`
   at load 27, about a thirtieth of the run).
7. **The 100k path** (core): positions of the warnings are found through a tree of the wanted
   paths instead of a path string joined, flattened and hashed for every array item and key of
   a wanted container, and text that \`JSON.parse\` accepted is stepped over, bracket by bracket,
   where no path leads (1.0–1.4 s → 0.4–0.85 s for the 100k file's ~30,000 warnings, in
   process, load 9–15); the repeated-key scan compares keys where they sit in the text instead
   of cutting a string for each of over a million keys (less garbage).

Every change was checked against the build before this work, byte for byte: \`validate\`,
\`validate --json\`, \`stats\`, \`query\`, \`convert\`, \`timeline\`, \`report --issued\`, \`validate\`
(text and \`--json\`) of the 100k file and of a broken 8k file. The bundle test
(apps/cli/src/hardening/bundle-output.test.ts) gained \`query --group week/day\`, the
escalation view and \`stats --json\`; the \`--help\` import test reads esbuild's metafile, as the
chunks no longer carry the comments that named the modules they inline.

Costs: the caches add 2.6 MB (14 files) to \`apps/cli/dist\` and some seconds to the build;
a cache made by another Node version is refused and the chunk compiled from its text. The chunks run
strict, as the ES modules they were made from. The 1M run in the table at the top (54 s, 1.98 GiB)
was at load ~10 and is not comparable with the 33 s measured earlier on a quieter machine; the
100k figure there is the better guide to the 1M path, and the 10 s target stays far off here.

Changes 4–7 against the build before them (2ff01d6), interleaved on 2026-12-07 under load 10–15
(indicative: wall times on this machine are mostly the wait for a core; CPU times are steadier),
median of 7 (5 for the 100k file):

| run | before: wall | CPU | after: wall | CPU |
|---|---:|---:|---:|---:|
| \`node -e 0\` | 380 ms | 120 ms | | |
| \`briefline --help\` | 550 ms | 190 ms | 570 ms | 190 ms |
| \`briefline validate\` of the example | 1.31 s | 530 ms | 920 ms | 410 ms |
| \`briefline timeline\` of the example | 1.30 s | 580 ms | 1.01 s | 460 ms |
| \`briefline report\` of the example | 2.19 s | 1.00 s | 2.16 s | 860 ms |
| 100k: parse-only process | 2.32 s | 1.08 s | | |
| 100k: \`briefline validate\` | 7.85 s | 3.06 s | 6.36 s | 2.69 s |

The same pairs again when the load fell to ~2.5 (23:20, median of 9, 5 for the 100k file; each run
through \`bash -c\` and GNU time, so the absolute figures are higher than the table at the top):
\`validate\` 620 → 490 ms wall (590 → 480 ms CPU), \`timeline\` 680 → 520 ms (660 → 480),
\`report\` 1.15 → 1.01 s (1.13 s → 960 ms), \`--help\` 220 → 220 ms; the 100k file 1.91 → 1.91 s
(2.29 → 2.28 s CPU): at this load the faster positions (change 7) do not show in the whole
process, so the 100k gain in the table above (under load 10–15) is not confirmed. A run of this
benchmark at load 2.5 (not the one at the top) gave \`validate\` 3.16× (before this work, quiet: 3.72×),
\`report\` 6.27× (7.25×), \`timeline\` 3.42×, \`--help\` 1.50× (1.42×; the same 220 ms before and
after in the pairs above, so the border is the load), 100k 2.69× (2.68×).

Later changes (2026-12-08, a third session; figures are CPU time, \`process.cpuUsage()\` at exit,
median of interleaved runs, because the load was 6–17 all session and wall times mostly measured
the queue for the two cores):

8. **Zod off the path** (core's \`@briefline/core/quick\`, used by every command for inputs under
   2 MB). \`parseChronicleQuick\` reads the text as before, runs the structural check generated at
   build time (change 3) instead of zod, then the same content checks (moved to
   \`schema/_check-content.ts\`), and copies the data with each object's keys in the schema's order
   (\`ORDER\`, generated beside the check from the same JSON Schema), which is what zod's parse
   returned: the chronicle is zod's to the byte (\`convert\` of a key-reversed copy writes the same
   JSON and YAML). Data the check refuses, non-finite numbers (YAML's \`.nan\`, \`.inf\`: Ajv's
   \`number\` takes them, zod does not), non-plain objects (a \`%YAML 1.1\` document's dates, sets)
   and \`__proto__\` keys are handed back to \`parseChronicle\`, so every error is reported by
   zod as before; a file with a structural error is read twice (small files only). The chunk
   that \`validate\` loads no longer holds zod. Tests: core's \`parse-quick.test.ts\` (the
   examples, a key-reversed copy, 400 mutations, the fuzz generators: the same result, order
   included) and the bundle test's new validate and convert cases.
9. **Node's own modules on demand** (bin-loader). The main chunk holds every command, so
   \`serve\`'s http and net, \`review\`'s readline, \`init\`'s crypto and commander's
   child_process loaded in every run, and the bin's ES \`import … from "node:fs"\` built an ES
   facade of fs whose lazy \`ReadStream\` getter loaded node:stream before any chunk ran. The bin
   now takes fs, path, url and vm through \`require\`, and gives the chunks a stand-in for the
   heavy modules that loads each the first time it is touched (a Proxy whose every operation is
   the module's own). \`validate\` of the example loads 151 of Node's modules instead of 191
   (\`node -e 0\`: 93).
10. **unicode-properties' trie made at build time** (bundle.mjs): fontkit's character classes
   were a base64 text inflated twice with tiny-inflate at every \`report\` (9–11 ms of CPU,
   in process, interpreter and Sparkplug only); the bundle holds the finished table, which
   unicode-trie takes as it is, and decodes it natively (0.3–0.5 ms). The chunk grows by 115 kB.

Changes 8–10, whole process, against the build before this session (458e205, its dist copied
aside), interleaved on 2026-12-08 at 01:54 (load 5.3 → 5.0), each run through GNU time, median of
11 (5 for the 100k file):

| run | before: wall | × \`node -e 0\` | CPU | after: wall | × \`node -e 0\` | CPU |
|---|---:|---:|---:|---:|---:|---:|
| \`node -e 0\` | 164 ms | 1.00× | 100 ms | | | |
| \`briefline --help\` | 250 ms | 1.53× | 170 ms | 186 ms | 1.14× | 140 ms |
| \`briefline validate\` of the example | 496 ms | 3.03× | 380 ms | 399 ms | 2.44× | 260 ms |
| \`briefline timeline\` of the example | 592 ms | 3.62× | 430 ms | 587 ms | 3.59× | 370 ms |
| \`briefline report\` of the example | 1.12 s | 6.85× | 760 ms | 1.02 s | 6.25× | 790 ms |
| \`briefline report\`, 100 pages (89; the PDF benchmark's 330 items) | 1.57 s | 9.59× | 1.17 s | 1.51 s | 9.23× | 1.15 s |
| 100k: parse-only process | 1.11 s | 1.00× | 980 ms | | | |
| 100k: \`briefline validate\` | 2.75 s | 2.48× | 2.46 s | 2.39 s | 2.15× | 2.46 s |

\`validate\` loses a third of its CPU time and \`--help\` a sixth; \`timeline\` a seventh.
\`report\` (20 and 100 pages) and the 100k file do not change in CPU time: their wall-time
gains above are within what the load moves. In other runs of this session \`report\` of the
example went from 774 to 773 ms of CPU (median of 15, load 6.1) and the trie alone (change 10)
from 797 to 802 ms (median of 11): its 10 ms are below what whole runs show here. Measured the
other way, with \`-r\` of a script that reads \`process.cpuUsage()\` at exit (median of 9, load
6.6): \`validate\` 374 → 264 ms, \`--help\` 173 → 155 ms, \`timeline\` 414 → 361 ms; change 8
alone (before change 9; median of 11, load 6.6): \`validate\` 410 → 310 ms of CPU. Runs of this
benchmark in the session gave \`validate\` 2.09–2.76× (CPU 2.78–3.50×), \`report\` 5.51–6.65×,
\`--help\` 1.22–1.62× and the 100k file 2.29–2.81× at loads 4–8; the build before, once at
load ~4, \`validate\` 3.49×, \`report\` 6.38×, \`--help\` 1.68×, 100k 2.09×. Output checked
byte for byte against the build before: \`validate\` (text and \`--json\`) of the example, of
broken copies and of the 100k file, \`stats --json\`, \`query\`, \`convert\` to JSON and YAML of
both examples and of a key-reversed copy, \`schema\`, \`extract\`, \`timeline\`, \`report\` of the
example and of the 100-page chronicle.

The run of this benchmark at the top (2026-12-08 01:57, load 3.4 → 3.6) has every target of the
first table met and the 100k file at 1.86× a parse-only process, but in that run \`node -e 0\`
took 181 ms of wall time (111–164 ms in the runs above), which flatters every ratio, and the
100k file's CPU time did not change with this session's work (paired, above): its 2× target is
not shown met, and neither, with any margin, is \`report\`'s 6× (CPU 5.83× there). The 1M file:
44.5 s and 1.68 GiB in that run (25 s of CPU in another at load 13–17): 2 GiB met, 10 s far off.

The 100-page report, profiled (\`--cpu-prof\`, load ~5): the chart's label placement
(\`fitLayout\` → core's \`computeLayout\`, a quarter of the run), the typesetter (a fifth),
loading the chunks (a seventh), garbage collection (a tenth); embedding the fonts (fontkit's
subsetting) is 3%. The cold 100-page target (≥ 5× Chromium, 3.7× in the PDF benchmark) needs
about a quarter off the whole run, which is mostly the layout and the typesetter, not the fonts.

Weighed and not done:

- *Core's schema built lazily.* \`timeline\` and \`report\` still load core's main chunk for
  the layout and the queries, and with it zod, which builds its schema as the chunk loads;
  only its parse is gone (change 8). Keeping zod out of that chunk needs the constants
  (\`ChronicleSchema\` …) out of core's index or built on first use: a change of core's public
  exports, not made here.
- *The YAML parse* of the example is about a fifth of \`validate\` (interpreter and Sparkplug
  only; see change 2). Not changed.
- *A V8 start-up snapshot.* Node 20's \`--snapshot-blob\` has to be given on \`node\`'s own
  command line (the bin would start a second process) and its user-land snapshot cannot hold
  ES modules or dynamic imports. The code cache (change 4) is what Node 20 allows.
- *A larger young generation* (\`--max-semi-space-size\`) halves the scavenges of a short run,
  but only on \`node\`'s command line: \`v8.setFlagsFromString\` after start-up had no effect.
- *Decoding with \`buffer.isUtf8\` and \`toString\`* instead of a fatal \`TextDecoder\` (a 29 MiB
  file): no steady difference under load; not changed.
- *Precomputed font tables for the PDF.* fontkit still parses the DejaVu faces' tables at the
  first render, and pdfkit needs fontkit anyway to subset and embed the glyphs; only
  unicode-properties' trie is made at build time (change 10). A table of advance widths and
  cmap made at build time would spare the measuring pass's glyph look-ups, not the parse
  that embedding needs. Not attempted in the time left.
- *The 100k path* is still above 2× a parse-only process: the rest is the structural check, the
  per-item checks, the ~30,000 warnings' objects and their sorting, and garbage collection.
  Positions for the 25 warnings that \`validate\` prints (not all ~30,000) would spare most of
  the placing, but issues whose path is not in the text (a missing field) are placed at their
  parent, earlier in the text, so the first 25 by position cannot be told without placing all:
  not done. The 1M file (302 MB) took 52 s, 25.4 s of CPU and 1.68 GiB at load 13–17 with
  this build: the 10 s target is far off even in CPU time. A \`--trace-gc\` run of it (23.7 s,
  19.2 s of CPU, load ~10) spent 6.4 s in 161 scavenges, nearly everything surviving each (the
  parsed data), and 0.6 s in 3 mark-compacts; \`--max-semi-space-size=128\` (23.9 s of CPU) and
  \`--single-threaded-gc\` (19.6 s) on \`node\`'s command line did not show a gain at that load.
`.split("\n");

const f = (ms) => (Number.isNaN(ms) ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const met = (ok) => (ok ? "met" : "NOT met");
const parse = large[0].ms;
const lines = [
  "## CLI: start-up",
  "",
  `Command: \`node bench/cli.bench.mjs\` (part of \`pnpm bench\`), ${new Date().toISOString().slice(0, 10)}; ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load average ${load.map((l) => l.toFixed(1)).join(" → ")} (other work shares the cores). Each command is a fresh process, spawn to exit, as a user runs it; every round runs all the commands of a table once, in turn, so a busy moment falls on the pairs alike; median of ${ROUNDS} rounds (7 for the 100k file). The ratio is to \`node -e 0\` measured in the same rounds. The targets are on wall time; CPU time (user + system, from GNU time) is given beside it because on a loaded machine the wall time also measures the wait for a core.`,
  "",
  "| run | median (wall) | × `node -e 0` | target | | CPU time | × `node -e 0`'s |",
  "|---|---:|---:|---:|---|---:|---:|",
  ...small.map(
    (c) =>
      `| ${c.label} | ${f(c.ms)} | ${(c.ms / node).toFixed(2)}× | ${c.target ? `≤ ${c.target}×` : ""} | ${c.target ? met(c.ms / node <= c.target) : ""} | ${f(c.cpu)} | ${(c.cpu / nodeCpu).toFixed(2)}× |`,
  ),
  "",
  `A generated chronicle of 100,000 statements (bench/generate.mjs; the example above is ${(statSync(example).size / 1024).toFixed(0)} KiB of YAML, this one ${(bigSize / 2 ** 20).toFixed(0)} MiB of JSON, with the ~30,000 warnings the generator's random dates give):`,
  "",
  "| run | median (wall) | × the parse-only process | target | | CPU time | × the parse-only process's |",
  "|---|---:|---:|---:|---|---:|---:|",
  ...large.map(
    (c) =>
      `| ${c.label} | ${f(c.ms)} | ${(c.ms / parse).toFixed(2)}× | ${c.target ? `≤ ${c.target}×` : ""} | ${c.target ? met(c.ms / parse <= c.target) : ""} | ${f(c.cpu)} | ${(c.cpu / large[0].cpu).toFixed(2)}× |`,
  ),
  "",
  m
    ? `1,000,000 statements (${(m.size / 2 ** 20).toFixed(0)} MiB of JSON), one run: \`briefline validate\` ${f(m.ms)}, peak resident memory ${Number.isNaN(m.mib) ? "not measured (no /usr/bin/time)" : `${(m.mib / 1024).toFixed(2)} GiB`}; targets under 10 s (${met(m.ms < 10_000)}) and under 2 GiB (${Number.isNaN(m.mib) ? "not measured" : met(m.mib < 2048)}).`
    : "1,000,000 statements: not run (BRIEFLINE_BENCH_1M=0).",
  "",
  ...NOTES,
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join("\n"));
process.stdout.write(lines.join("\n"));
