import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { isStreamOutput, writeFileAtomic } from "../io/files.js";
import { checkOutputExtension, outputOption } from "../io/options.js";

/** `briefline schema`: prints the chronicle format as JSON Schema, for editors. */
export function register(program: Command, env: CliEnv): void {
  outputOption(
    program.command("schema").description("print the chronicle JSON Schema (for editor completion)"),
    "write to a file instead of stdout (- for stdout)",
  )
    .option("--markdown", "print the format's reference as Markdown instead (docs/chronicle.md)")
    .addHelpText(
      "after",
      "\nExample:\n  briefline schema > chronicle.schema.json\n  # then, first line of chronicle.yaml:\n  # yaml-language-server: $schema=chronicle.schema.json\n",
    )
    .action(async (opts: { output?: string; markdown?: boolean }) => {
      if (opts.output) {
        const stream = isStreamOutput(opts.output, env.cwd);
        if (opts.markdown) checkOutputExtension(opts.output, "Markdown", [".md", ".markdown"], stream, env.cwd);
        else checkOutputExtension(opts.output, "JSON Schema", [".json"], stream, env.cwd);
      }
      const { chronicleJsonSchema, renderChronicleReference } = await import("@briefline/core");
      const text = opts.markdown ? renderChronicleReference() : `${JSON.stringify(chronicleJsonSchema(), null, 2)}\n`;
      // "-" means standard output, as it does for convert and timeline.
      if (opts.output && opts.output !== "-") {
        writeFileAtomic(opts.output, text, env.cwd);
        env.stderr.write(`wrote ${opts.output}\n`);
      } else env.stdout.write(text);
    });
}
