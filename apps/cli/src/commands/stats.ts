import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { loadChronicle } from "../io/load.js";
import { count } from "../io/options.js";
import { renderTable } from "../io/table.js";
import { terminalText } from "../io/terminal-text.js";

/** `briefline stats`: counts by kind, speaker and month, and the date span. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("stats")
    .description("counts by kind, speaker and month, and the date span")
    .argument("<file>", "chronicle file, or - for standard input")
    .option("--json", "print as JSON")
    .addHelpText("after", "\nExample:\n  briefline stats examples/eef-2025/chronicle.yaml --json\n")
    .action(async (file: string, opts: { json?: boolean }) => {
      const { chronicleStats } = await import("@briefline/core");
      const { chronicle } = await loadChronicle(file, env, { quiet: true });
      const stats = chronicleStats(chronicle);
      env.stdout.write(
        opts.json
          ? `${JSON.stringify(stats, null, 2)}\n`
          : terminalText(renderStats(chronicle.title, stats, chronicle)),
      );
    });
}

/** Renders stats as text tables. */
export function renderStats(
  title: string,
  stats: import("@briefline/core").ChronicleStats,
  chronicle: import("@briefline/core").Chronicle,
): string {
  const names = new Map((chronicle.actors ?? []).map((a) => [a.id, a.name]));
  const sorted = (r: Record<string, number>) =>
    Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const span = stats.span ? `${isoDay(stats.span.from)} to ${isoDay(stats.span.to)}` : "no dated items";
  return [
    `${title}\n`,
    [
      count(stats.actors, "actor"),
      count(stats.sources, "source"),
      count(stats.events, "event"),
      count(stats.statements, "statement"),
      count(stats.relations, "relation"),
      count(stats.judgments, "judgment"),
    ].join(", "),
    `span: ${span}\n`,
    renderTable(
      ["kind", "items"],
      sorted(stats.byKind).map(([k, n]) => [k, String(n)]),
    ),
    renderTable(
      ["speaker", "statements"],
      sorted(stats.bySpeaker).map(([k, n]) => [names.get(k) ?? k, String(n)]),
    ),
    renderTable(
      ["month", "items"],
      Object.entries(stats.byMonth).map(([k, n]) => [k, String(n)]),
    ),
  ].join("\n");
}

/** "2025-09-05T…" → "2025-09-05"; "-009999-01-01T…" (an expanded ISO year) → "-9999-01-01", as EDTF writes it. */
function isoDay(iso: string): string {
  const expanded = /^([+-])0*(\d{4,})(-\d{2}-\d{2})/.exec(iso);
  if (!expanded) return iso.slice(0, 10);
  return `${expanded[1] === "-" ? "-" : ""}${expanded[2]}${expanded[3]}`;
}
