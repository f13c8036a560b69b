// CLI start-up and whole-process speed (issue 15): each command as a user runs it, a fresh
// process spawned and waited for, paired with Node's own start-up (`node -e 0`) in the same
// rounds (interleaved, so that the load of a shared machine falls on both alike), median of
// ROUNDS. Writes docs/bench/cli.md. Run after `pnpm build`: node bench/cli.bench.mjs
// (BRIEFLINE_BENCH_1M=0 leaves out the 1M-statement run; BRIEFLINE_CLI=<main.js> measures another
// build, e.g. an earlier commit's; BRIEFLINE_BENCH_OUT=<file> writes the table elsewhere).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/** Wall time of one fresh process, spawn to exit, in ms; throws on a failure. */
function timed(args, ok = [0]) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: temp, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (!ok.includes(r.status)) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs every case once per round, in order, and returns each case's median. */
function rounds(cases, n) {
  const times = cases.map(() => []);
  for (let round = 0; round < n; round++) cases.forEach((c, i) => times[i].push(timed(c.args, c.ok)));
  return cases.map((c, i) => ({ ...c, ms: median(times[i]) }));
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

const f = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const met = (ok) => (ok ? "met" : "NOT met");
const parse = large[0].ms;
const lines = [
  "## CLI: start-up",
  "",
  `Command: \`node bench/cli.bench.mjs\` (part of \`pnpm bench\`), ${new Date().toISOString().slice(0, 10)}; ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load average ${load.map((l) => l.toFixed(1)).join(" → ")} (other work shares the cores). Each command is a fresh process, spawn to exit, as a user runs it; every round runs all the commands of a table once, in turn, so a busy moment falls on the pairs alike; median of ${ROUNDS} rounds (7 for the 100k file). The ratio is to \`node -e 0\` measured in the same rounds.`,
  "",
  "| run | median | × `node -e 0` | target | |",
  "|---|---:|---:|---:|---|",
  ...small.map(
    (c) =>
      `| ${c.label} | ${f(c.ms)} | ${(c.ms / node).toFixed(2)}× | ${c.target ? `≤ ${c.target}×` : ""} | ${c.target ? met(c.ms / node <= c.target) : ""} |`,
  ),
  "",
  `A generated chronicle of 100,000 statements (bench/generate.mjs; the example above is ${(statSync(example).size / 1024).toFixed(0)} KiB of YAML, this one ${(bigSize / 2 ** 20).toFixed(0)} MiB of JSON, with the ~30,000 warnings the generator's random dates give):`,
  "",
  "| run | median | × the parse-only process | target | |",
  "|---|---:|---:|---:|---|",
  ...large.map(
    (c) =>
      `| ${c.label} | ${f(c.ms)} | ${(c.ms / parse).toFixed(2)}× | ${c.target ? `≤ ${c.target}×` : ""} | ${c.target ? met(c.ms / parse <= c.target) : ""} |`,
  ),
  "",
  m
    ? `1,000,000 statements (${(m.size / 2 ** 20).toFixed(0)} MiB of JSON), one run: \`briefline validate\` ${f(m.ms)}, peak resident memory ${Number.isNaN(m.mib) ? "not measured (no /usr/bin/time)" : `${(m.mib / 1024).toFixed(2)} GiB`}; targets under 10 s (${met(m.ms < 10_000)}) and under 2 GiB (${Number.isNaN(m.mib) ? "not measured" : met(m.mib < 2048)}).`
    : "1,000,000 statements: not run (BRIEFLINE_BENCH_1M=0).",
  "",
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join("\n"));
process.stdout.write(lines.join("\n"));
