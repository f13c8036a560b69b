// `pnpm bench`: runs every bench/*.bench.mjs (or those named on the command line, e.g.
// `pnpm bench core`), each of which writes docs/bench/<area>.md, then gathers them
// into docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const wanted = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(".bench.mjs", "")))
  .sort();
let failed = 0;
for (const script of scripts) {
  process.stderr.write(`\n== ${script}\n`);
  const r = spawnSync(process.execPath, [join(here, script)], { stdio: "inherit", cwd: root });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`${script} failed with exit code ${r.status}\n`);
  }
}
const dir = join(root, "docs/bench");
const parts = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort()
  : [];
const header = [
  "# Benchmarks",
  "",
  `Produced by \`pnpm bench\` (bench/run.mjs, which runs bench/*.bench.mjs; \`pnpm bench core\` runs one). Last gathered on a machine with ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Each section below says how its figures were measured; sections are rewritten only when their benchmark runs.`,
  "",
];
writeFileSync(
  join(root, "docs/benchmarks.md"),
  `${header.join("\n")}\n${parts.map((p) => readFileSync(join(dir, p), "utf8").trim()).join("\n\n")}\n`,
);
process.stderr.write(`\nwrote docs/benchmarks.md (${parts.length} sections)\n`);
process.exitCode = failed ? 1 : 0;
