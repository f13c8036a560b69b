import type { Chronicle, InputFormat, OutputFormat } from "@briefline/core";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { CliError, usageError } from "../errors.js";
import { refuseInputs, writeFileAtomic } from "../io/files.js";
import { showIssues } from "../io/format-issues.js";
import { loadChronicle, parseChronicleText, settle } from "../io/load.js";
import { choiceOption } from "../io/options.js";
import { inputName, readInput } from "../io/read-input.js";

type From = InputFormat;
type To = OutputFormat;

/** `briefline convert`: between chronicle YAML/JSON and the interchange formats. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("convert")
    .description(
      "convert between chronicle YAML/JSON, ACLED CSV (in), TimelineJS3 JSON (in/out) and PLOVER JSON Lines (out)",
    )
    .argument("<input>", "input file (.yaml, .json, .csv), or - for standard input")
    .argument("<output>", "output file, or - for stdout")
    .addOption(
      choiceOption("--from <format>", "input format (default: from the extension and content)", [
        "chronicle",
        "acled",
        "timelinejs",
      ]),
    )
    .addOption(
      choiceOption("--to <format>", "output format (default: from the extension)", [
        "yaml",
        "json",
        "timelinejs",
        "plover",
      ]),
    )
    .option("--title <title>", "title for a chronicle imported from ACLED or TimelineJS")
    .addHelpText(
      "after",
      "\nExamples:\n  briefline convert chronicle.yaml chronicle.json\n  briefline convert acled-export.csv events.yaml --title 'ACLED, September 2025'\n  briefline convert chronicle.yaml timeline.json --to timelinejs\n  briefline convert chronicle.yaml events.plover.jsonl\n",
    )
    .action(async (input: string, output: string, opts: { from?: From; to?: To; title?: string }) => {
      const core = await import("@briefline/core");
      const to = opts.to ?? outputFormat(core, output);
      if (output !== "-") refuseInputs(output, [input], env.cwd);
      const chronicle = await readAny(input, opts.from, opts.title, env);
      let text: string;
      if (to === "plover") {
        const { records, skipped } = core.ploverExport(chronicle);
        for (const s of skipped) env.stderr.write(`warning: ${s.id}: not in the PLOVER output: ${s.reason}\n`);
        text = core.formatPloverJsonl(records);
      } else if (to === "timelinejs") text = `${JSON.stringify(core.chronicleToTimelineJs(chronicle), null, 2)}\n`;
      else text = core.formatChronicle(chronicle, to);
      if (output === "-") env.stdout.write(text);
      else {
        writeFileAtomic(output, text, env.cwd, [input]);
        env.stderr.write(`wrote ${output} (${to})\n`);
      }
    });
}

function outputFormat(core: typeof import("@briefline/core"), output: string): To {
  const format = output === "-" ? undefined : core.outputFormatOf(output);
  if (format !== undefined) return format;
  if (output === "-") throw usageError("writing to stdout needs --to", "add --to yaml, json, timelinejs or plover");
  throw usageError(
    `cannot tell the output format of "${output}"`,
    "use a .yaml or .json name, or give --to yaml|json|timelinejs|plover",
  );
}

async function readAny(
  input: string,
  from: From | undefined,
  title: string | undefined,
  env: CliEnv,
): Promise<Chronicle> {
  const core = await import("@briefline/core");
  const file = input === "-" ? {} : { name: input };
  // A .json file or standard input may be a chronicle or a TimelineJS document: read it first.
  if ((from ?? core.detectFormat(file)) === "chronicle") return (await loadChronicle(input, env)).chronicle;
  const name = inputName(input);
  const decoded = core.decodeText(await readInput(input, env), name);
  if (!decoded.ok) {
    showIssues(env, [decoded.error], undefined, core.formatPath);
    throw new CliError(1, `${name} could not be read`);
  }
  // Piped text that is not JSON is a chronicle, parsed once (under the YAML limit).
  let format: From | undefined = from ?? core.detectFormat({ ...file, text: decoded.text });
  let data: unknown;
  if (format !== "acled" && format !== "chronicle") {
    const read = core.readDocument(decoded.text, { filename: name });
    if (!read.ok) {
      showIssues(env, read.errors, decoded.text, core.formatPath);
      throw new CliError(1, `${name} is not valid JSON`);
    }
    data = read.data;
    format ??= core.detectFormat({ ...file, data });
  }
  if (format === "chronicle")
    return (await settle(input, decoded.text, await parseChronicleText(decoded.text, name, env), env)).chronicle;
  const result =
    format === "acled"
      ? core.chronicleFromAcled(decoded.text, { filename: name, ...(title ? { title } : {}) })
      : core.chronicleFromTimelineJs(data, title ? { title } : {});
  if (!result.ok) {
    const placed = format === "acled" ? result.errors : core.placeIssues(result.errors, decoded.text, name);
    showIssues(env, placed, decoded.text, core.formatPath);
    throw new CliError(
      1,
      `${name}: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in the ${format === "acled" ? "ACLED CSV" : "TimelineJS document"}`,
    );
  }
  return result.chronicle;
}
