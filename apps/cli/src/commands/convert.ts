import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { writeFileAtomic } from "../io/files.js";
import { loadChronicle } from "../io/load.js";

/** `briefline convert`: between chronicle YAML/JSON and the interchange formats. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("convert")
    .description("convert between formats")
    .argument("<input>", "input file")
    .argument("<output>", "output file")
    .action(async (input: string, output: string) => {
      const core = await import("@briefline/core");
      const { chronicle } = await loadChronicle(input, env);
      writeFileAtomic(output, core.formatChronicle(chronicle, output.endsWith(".json") ? "json" : "yaml"), env.cwd, [
        input,
      ]);
    });
}
