// CLI start-up: `briefline --help` and `briefline validate <example>` as a user runs
// them (a fresh process each time), median of 25 runs, against bare `node -e ""`.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "apps/cli/dist/main.js");
const example = join(root, "examples/eef-2025/chronicle.yaml");

function median(args) {
  const times = [];
  for (let i = 0; i < 25; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: "utf8" });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[12];
}

const node = median(["-e", ""]);
const help = median([cli, "--help"]);
const validate = median([cli, "validate", example]);
const lines = [
  "## CLI: start-up",
  "",
  `Command: \`node bench/cli.bench.mjs\` (part of \`pnpm bench\`); median of 25 fresh processes on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}.`,
  "",
  "| run | median |",
  "|---|---:|",
  `| \`node -e ""\` (Node's own start-up) | ${node.toFixed(0)} ms |`,
  `| \`briefline --help\` | ${help.toFixed(0)} ms |`,
  `| \`briefline validate examples/eef-2025/chronicle.yaml\` | ${validate.toFixed(0)} ms |`,
  "",
  `Target: \`briefline --help\` under 150 ms: ${help < 150 ? "met" : "NOT met"}. Heavy modules (core, d3, pdfkit, compromise) load only inside the command that needs them.`,
  "",
];
mkdirSync(join(root, "docs/bench"), { recursive: true });
writeFileSync(join(root, "docs/bench/cli.md"), lines.join("\n"));
process.stdout.write(lines.join("\n"));
