import { statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { usageError } from "../errors.js";
import { isStreamOutput } from "./files.js";

/**
 * Adds the output flag every writing command shares: `-o, --output <name>`, with
 * `--out` accepted as a hidden alias (the spelling some commands used to have).
 *
 * @example
 * outputOption(program.command("report"), "PDF to write", "briefing.pdf");
 */
export function outputOption(command: Command, description: string, defaultValue?: string, arg = "file"): Command {
  const option = new Option(`-o, --output <${arg}>`, `${description} (--out also works)`);
  command.addOption(defaultValue === undefined ? option : option.default(defaultValue));
  command.addOption(new Option(`--out <${arg}>`).hideHelp());
  return command.on("option:out", (value: string) => command.setOptionValue("output", value));
}

/**
 * An option whose value is one of `choices`, read in any case (`--paper A4` is a4).
 *
 * @example
 * command.addOption(choiceOption("--paper <size>", "paper size", ["a4", "letter"]).default("a4"));
 */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, `${description}: ${choices.join(", ")}`).argParser((value: string) => {
    const lower = value.trim().toLowerCase();
    if (choices.includes(lower)) return lower;
    throw new InvalidArgumentError(`expected one of ${choices.join(", ")}, found "${value}"`);
  });
}

/** A comma-separated, repeatable list of lower-case words (kinds, statuses). */
export function lowerList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean),
  ];
}

/**
 * Refuses an output name whose extension says another format: `report -o x.html`
 * would otherwise write a PDF that no browser opens. Streams (`-`, /dev/stdout) pass,
 * and so do folders, which the writer refuses with its own message.
 */
export function checkOutputExtension(
  output: string,
  format: string,
  extensions: readonly string[],
  stream: boolean,
  cwd = ".",
): void {
  if (stream || output === "-" || isFolder(resolve(cwd, output))) return;
  const ext = extname(output).toLowerCase();
  if (extensions.includes(ext)) return;
  throw usageError(
    `${output}: this command writes ${format}, so the name should end in ${extensions.join(" or ")}, found ${ext ? `"${ext}"` : "no extension"}`,
    `e.g. -o ${output.slice(0, output.length - ext.length) || "out"}${extensions[0]}`,
  );
}

/**
 * Refuses an output name that is not a chronicle file (`.yaml`, `.yml`, `.json`), for
 * the commands that write candidates or chronicles (extract, review).
 */
export function checkChronicleOutput(output: string, cwd: string): void {
  checkOutputExtension(output, "a chronicle", [".yaml", ".yml", ".json"], isStreamOutput(output, cwd), cwd);
}

/**
 * A size the way every command prints it, in binary units.
 *
 * @example
 * formatSize(512)     // "512 bytes"
 * formatSize(245_760) // "240 KiB"
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * A count with its noun, singular for one.
 *
 * @example
 * count(1, "source") // "1 source"
 * count(3, "source") // "3 sources"
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
