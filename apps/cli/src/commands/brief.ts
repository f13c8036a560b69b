import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { loadChronicle } from "../io/load.js";
import { renderTable } from "../io/table.js";
import { renderStats } from "./stats.js";

/**
 * `briefline brief`: the main job on one chronicle: validate, summarise, print the
 * threat register, and write the outputs (timeline and briefing) into a folder.
 */
export function register(program: Command, env: CliEnv): void {
  program
    .command("brief")
    .description("the whole job: validate, print stats and the threat register, write the timeline and the briefing")
    .argument("<file>", "chronicle file")
    .option("--out <dir>", "folder for the outputs", "out")
    .addHelpText("after", "\nExample:\n  briefline brief examples/eef-2025/chronicle.yaml --out out\n")
    .action(async (file: string, opts: { out: string }) => {
      const core = await import("@briefline/core");
      const s = styles(useColor(env, "stdout"));
      const { chronicle, warnings } = await loadChronicle(file, env);
      env.stdout.write(`${s.green("✓")} ${file}: valid${warnings.length ? `, ${warnings.length} warnings` : ""}\n\n`);
      env.stdout.write(renderStats(chronicle.title, core.chronicleStats(chronicle), chronicle));
      const names = new Map((chronicle.actors ?? []).map((a) => [a.id, a.name]));
      const name = (id: string) => names.get(id) ?? id;
      const register = core.threatRegister(chronicle);
      env.stdout.write(`\n${s.bold("Threat register")}\n`);
      env.stdout.write(
        renderTable(
          ["speaker", "target", "threat", "first", "last", "×", "intensity"],
          register.map((t) => [
            name(t.speaker),
            t.targets.map(name).join(", "),
            t.summary,
            t.firstStated.input,
            t.lastStated.input,
            String(t.reiterations + 1),
            String(t.intensity),
          ]),
          env.stdout.columns ?? 160,
        ),
      );
      void opts;
    });
}
