import { extname } from "node:path";
import type { Chronicle } from "@briefline/core";
import { type Command, Option } from "commander";
import type { CliEnv } from "../env.js";
import { CliError, usageError } from "../errors.js";
import { refuseInputs, writeFileAtomic } from "../io/files.js";
import { showIssues } from "../io/format-issues.js";
import { loadChronicle, parseChronicleText, settle } from "../io/load.js";
import { inputName, readInput } from "../io/read-input.js";

type From = "chronicle" | "acled" | "timelinejs";
type To = "yaml" | "json" | "timelinejs" | "plover";

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
      new Option("--from <format>", "input format (default: from the extension and content)").choices([
        "chronicle",
        "acled",
        "timelinejs",
      ]),
    )
    .addOption(
      new Option("--to <format>", "output format (default: from the extension)").choices([
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
      const to = opts.to ?? outputFormat(output);
      if (output !== "-") refuseInputs(output, [input], env.cwd);
      const chronicle = await readAny(input, opts.from, opts.title, env);
      const core = await import("@briefline/core");
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

function outputFormat(output: string): To {
  const lower = output.toLowerCase();
  if (lower.endsWith(".timelinejs.json") || lower.endsWith(".tjs.json")) return "timelinejs";
  if (lower.endsWith(".plover.json") || lower.endsWith(".plover.jsonl") || lower.endsWith(".jsonl")) return "plover";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
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
  const ext = extname(input).toLowerCase();
  // A .json file or standard input may be a chronicle or a TimelineJS document: read it first.
  if (from === "chronicle" || (from === undefined && ext !== ".csv" && ext !== ".json" && input !== "-"))
    return (await loadChronicle(input, env)).chronicle;
  const name = inputName(input);
  const decoded = core.decodeText(await readInput(input, env), name);
  if (!decoded.ok) {
    showIssues(env, [decoded.error], undefined, core.formatPath);
    throw new CliError(1, `${name} could not be read`);
  }
  let format: From | undefined = from ?? (ext === ".csv" ? "acled" : undefined);
  // TimelineJS is JSON: piped text that is not can only be a chronicle (parsed once, under the YAML limit).
  if (format === undefined && input === "-" && !/^\s*\{/.test(decoded.text)) format = "chronicle";
  let data: unknown;
  if (format !== "acled" && format !== "chronicle") {
    const read = core.readDocument(decoded.text, { filename: name });
    if (!read.ok) {
      showIssues(env, read.errors, decoded.text, core.formatPath);
      throw new CliError(1, `${name} is not valid JSON`);
    }
    data = read.data;
    const obj = data as Record<string, unknown> | null;
    format ??=
      obj && typeof obj === "object" && Array.isArray(obj.events) && !("briefline" in obj) ? "timelinejs" : "chronicle";
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
