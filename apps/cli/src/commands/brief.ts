import { mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { usageError } from "../errors.js";
import { refuseInputs } from "../io/files.js";
import { loadChronicle } from "../io/load.js";
import { choiceOption, formatSize, outputOption } from "../io/options.js";
import { inputName } from "../io/read-input.js";
import { terminalText } from "../io/terminal-text.js";
import { tableWidth, threatTable } from "../io/threat-table.js";
import { writeTogether } from "../io/write-together.js";
import { renderStats } from "./stats.js";

/**
 * `briefline brief`: the main job on one chronicle: validate, summarise, print the
 * threat register, and write the interactive timeline and the PDF briefing into a folder.
 */
export function register(program: Command, env: CliEnv): void {
  const command = program
    .command("brief")
    .description("the whole job: validate, print stats and the threat register, write timeline.html and briefing.pdf")
    .argument("<file>", "chronicle file, or - for standard input");
  outputOption(command, "folder for the outputs (created if missing)", "out", "dir")
    .addOption(choiceOption("--paper <size>", "paper size", ["a4", "letter"]).default("a4"))
    .addHelpText("after", "\nExample:\n  briefline brief examples/eef-2025/chronicle.yaml -o out\n")
    .action(async (file: string, opts: { output: string; paper: "a4" | "letter" }) => {
      const core = await import("@briefline/core");
      const s = styles(useColor(env, "stdout"));
      const { chronicle, warnings } = await loadChronicle(file, env);
      // The folder is made before anything is printed: a bad -o stops the job cleanly.
      const dir = resolve(env.cwd, opts.output);
      try {
        mkdirSync(dir, { recursive: true });
      } catch {
        throw usageError(`cannot create the output folder ${opts.output}`, "choose another -o folder");
      }
      // Both outputs are checked before anything is printed, and land together or not at all.
      const outputs = [join(dir, "timeline.html"), join(dir, "briefing.pdf")];
      for (const output of outputs) refuseInputs(output, [file], env.cwd);
      env.stdout.write(
        `${s.green("✓")} ${inputName(file)}: valid${warnings.length ? `, ${warnings.length} warnings` : ""}\n\n`,
      );
      env.stdout.write(terminalText(renderStats(chronicle.title, core.chronicleStats(chronicle), chronicle)));
      const names = new Map((chronicle.actors ?? []).map((a) => [a.id, a.name]));
      const name = (id: string) => names.get(id) ?? id;
      const register = core.threatRegister(chronicle);
      env.stdout.write(`\n${s.bold("Threat register")}\n`);
      env.stdout.write(
        terminalText(threatTable(register, name, tableWidth(env.stdout.columns), chronicle.timezone ?? "UTC")),
      );

      const shown = (path: string) => relative(env.cwd, path) || path;
      const { renderTimelinePage } = await import("@briefline/timeline-web");
      const page = renderTimelinePage(chronicle);
      const { renderBriefing } = await import("@briefline/report-pdf");
      const problems: string[] = [];
      const pdf = await renderBriefing(chronicle, { paper: opts.paper, onWarning: (m) => problems.push(m) });
      for (const p of problems) env.stderr.write(`${s.yellow("warning")}: ${p}\n`);
      const [html = "", briefing = ""] = writeTogether(
        [
          { path: outputs[0] as string, data: page },
          { path: outputs[1] as string, data: pdf },
        ],
        env.cwd,
        [file],
      );
      env.stdout.write(
        `\n${s.bold("Wrote")}\n  timeline  ${shown(html)}  (open it in a browser; works offline)\n  briefing  ${shown(briefing)}  (PDF, ${formatSize(pdf.length)})\n`,
      );
    });
}
