import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { CliError } from "../errors.js";

/** `briefline review`: not built yet (its issue is open). */
export function register(program: Command, _env: CliEnv): void {
  program
    .command("review")
    .description("(not available yet)")
    .allowUnknownOption()
    .argument("[args...]")
    .action(() => {
      throw new CliError(
        3,
        "`briefline review` is not available in this version",
        "see the README for the commands that are",
      );
    });
}
