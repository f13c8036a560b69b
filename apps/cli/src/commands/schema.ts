import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { writeFileAtomic } from "../io/files.js";

/** `briefline schema`: prints the chronicle format as JSON Schema, for editors. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("schema")
    .description("print the chronicle JSON Schema (for editor completion)")
    .option("-o, --output <file>", "write to a file instead of stdout (- for stdout)")
    .option("--markdown", "print the format's reference as Markdown instead (docs/chronicle.md)")
    .addHelpText(
      "after",
      "\nExample:\n  briefline schema > chronicle.schema.json\n  # then, first line of chronicle.yaml:\n  # yaml-language-server: $schema=chronicle.schema.json\n",
    )
    .action(async (opts: { output?: string; markdown?: boolean }) => {
      const { chronicleJsonSchema, renderChronicleReference } = await import("@briefline/core");
      const text = opts.markdown ? renderChronicleReference() : `${JSON.stringify(chronicleJsonSchema(), null, 2)}\n`;
      // "-" means standard output, as it does for convert and timeline.
      if (opts.output && opts.output !== "-") {
        writeFileAtomic(opts.output, text, env.cwd);
        env.stderr.write(`wrote ${opts.output}\n`);
      } else env.stdout.write(text);
    });
}
