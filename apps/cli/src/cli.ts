import { Command, CommanderError } from "commander";
import { register as brief } from "./commands/brief.js";
import { register as convert } from "./commands/convert.js";
import { register as extract } from "./commands/extract.js";
import { register as init } from "./commands/init.js";
import { register as query } from "./commands/query.js";
import { register as report } from "./commands/report.js";
import { register as review } from "./commands/review.js";
import { register as schema } from "./commands/schema.js";
import { register as serve } from "./commands/serve.js";
import { register as stats } from "./commands/stats.js";
import { register as timeline } from "./commands/timeline.js";
import { register as validate } from "./commands/validate.js";
import { type CliEnv, styles, useColor } from "./env.js";
import { CliError, EXIT, ReaderGone, usageError } from "./errors.js";
import { guardStreams } from "./io/terminal-text.js";

/** A command module adds itself to the program; heavy modules load inside its action. */
export type Register = (program: Command, env: CliEnv) => void;

const COMMANDS: Register[] = [
  validate,
  stats,
  query,
  convert,
  schema,
  init,
  timeline,
  serve,
  report,
  extract,
  review,
  brief,
];

/**
 * Runs `briefline` with its arguments (without `node` and the script) and returns the
 * exit code. Never exits the process: the entry point does that.
 *
 * @example
 * const code = await runCli(["validate", "chronicle.yaml"], { cwd, stdout, stderr, stdin, env: process.env });
 */
export async function runCli(args: string[], env: CliEnv): Promise<number> {
  const debug = args.includes("--debug");
  const argv = args.filter((a) => a !== "--debug");
  // Every terminal write passes one sanitizer: text from a chronicle never reaches the terminal raw.
  const ctx: CliEnv = { ...env, ...guardStreams(env), debug };
  const program = buildProgram(ctx);
  const command = program.commands.find((c) => c.name() === argv.find((a) => !a.startsWith("-")))?.name();
  try {
    if (argv.length === 0) {
      ctx.stdout.write(program.helpInformation());
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, ctx, command);
  }
}

/** Builds the commander program with output routed to the given streams. */
export function buildProgram(env: CliEnv): Command {
  const program = new Command("briefline")
    .description("Briefline: chronicles of crisis statements, validated, queried, charted and briefed.")
    .version("0.1.0", "-v, --version")
    .option("--debug", "show stack traces of unexpected failures")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => env.stdout.write(s),
      writeErr: (s) => env.stderr.write(s),
      outputError: () => {},
    })
    .addHelpText(
      "after",
      "\nExamples:\n  briefline validate chronicle.yaml\n  briefline query chronicle.yaml --speaker putin --kind threat\n  briefline report chronicle.yaml -o briefing.pdf\n\nExit codes: 0 ok, 1 the input has problems, 2 usage error, 3 unexpected failure.\n",
    );
  for (const register of COMMANDS) register(program, env);
  program.hook("preAction", (_program, action) => checkPeriod(action));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (s) => env.stdout.write(s),
      writeErr: (s) => env.stderr.write(s),
      outputError: () => {},
    });
    command.showSuggestionAfterError(true);
  }
  return program;
}

/**
 * Prints an error the way every command does, and returns its exit code: one line
 * `error: …` and one `hint: …` line; a stack trace only for an unexpected failure
 * under `--debug`. The entry point uses it for failures outside any command too.
 */
export function reportError(error: unknown, env: CliEnv, command?: string): number {
  const s = styles(useColor(env));
  const usage = `run \`briefline ${command ?? "<command>"} --help\`${command ? "" : " or `briefline --help`"} for usage`;
  if (error instanceof CommanderError) {
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    )
      return EXIT.ok;
    env.stderr.write(
      `${s.red("error")}: ${oneLine(error.message.replace(/^error: /, ""))}\n  ${s.cyan("hint")}: ${usage}\n`,
    );
    return EXIT.usage;
  }
  if (error instanceof ReaderGone) return EXIT.ok;
  if (error instanceof CliError) {
    env.stderr.write(`${s.red("error")}: ${oneLine(error.message)}\n`);
    const hint = error.hint ?? (error.code === EXIT.usage ? usage : undefined);
    if (hint) env.stderr.write(`  ${s.cyan("hint")}: ${oneLine(hint)}\n`);
    return error.code;
  }
  const message = error instanceof Error ? error.message : String(error);
  env.stderr.write(`${s.red("error")}: unexpected failure: ${oneLine(message)}\n`);
  if (env.debug && error instanceof Error && error.stack) env.stderr.write(`${error.stack}\n`);
  else env.stderr.write(`  ${s.cyan("hint")}: rerun with --debug to see the stack trace, and report it\n`);
  return EXIT.failure;
}

/** "unknown option '--strcit'\n(Did you mean --strict?)" → one line, "… (did you mean --strict?)". */
function oneLine(message: string): string {
  return message
    .trim()
    .split(/\s*\n\s*/)
    .map((line, i) => (i > 0 ? line.replace(/^\(Did you/, "(did you") : line))
    .join(" ");
}

const DATED = new Set(["query", "timeline", "serve", "report"]);

/**
 * Checks `--from` and `--to` before any file is read, for every command that takes
 * dates, so a bad period stops `serve` before it listens and `report` before it draws.
 */
async function checkPeriod(command: Command): Promise<void> {
  if (!DATED.has(command.name())) return;
  const { from, to } = command.opts<{ from?: string; to?: string }>();
  if (from === undefined && to === undefined) return;
  // Read in UTC: dates without an offset move alike in any time zone, so their order
  // holds; the command, which knows the chronicle's zone, reads them again.
  const { readPeriod } = await import("@briefline/core");
  const problem = readPeriod({ from, to }).issues[0];
  if (problem === undefined) return;
  if (problem.code === "empty-period" && `${from}${to}`.includes("T")) return;
  if (problem.code === "empty-period")
    throw usageError(`--from ${from} is after --to ${to}`, "give the earlier date to --from");
  throw usageError(`--${problem.message}`, problem.hint);
}
