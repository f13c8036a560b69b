import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { usageError } from "../errors.js";
import { isStreamOutput, writeFileAtomic } from "../io/files.js";
import { refuseBadFilter } from "../io/filter-options.js";
import { loadChronicle } from "../io/load.js";
import { checkOutputExtension, choiceOption, count, formatSize, lowerList, outputOption } from "../io/options.js";

/** Options of `briefline timeline` (and the page options `serve` shares). */
export interface TimelineCommandOptions {
  output?: string;
  title?: string;
  lanes?: "speaker" | "target" | "kind" | "group";
  from?: string;
  to?: string;
  kind?: string[];
  actor?: string[];
  status?: string[];
  theme?: "auto" | "light" | "dark";
  images?: boolean;
}

const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

/** Adds the options that shape the page, shared by `timeline` and `serve`. */
export function pageOptions(command: Command): Command {
  return command
    .option("--title <text>", "page title (default: the chronicle's title)")
    .addOption(
      choiceOption("--lanes <mode>", "lanes by (group: TimelineJS groups, else first tags)", [
        "speaker",
        "target",
        "kind",
        "group",
      ]),
    )
    .option("--from <date>", "first visible date (EDTF, e.g. 2025-09-01)")
    .option("--to <date>", "last visible date (EDTF)")
    .option("--kind <kinds>", "show only these kinds at first, e.g. threat,offer", lowerList)
    .option("--actor <ids>", "show only items involving these actors at first", list)
    .option("--status <statuses>", "show only confirmed, candidate or disputed items at first", lowerList)
    .addOption(choiceOption("--theme <theme>", "colour theme", ["auto", "light", "dark"]).default("auto"))
    .option(
      "--images",
      "show image media as pictures in the details panel (the page then loads them from the network; default: links only)",
    );
}

/** `briefline timeline`: writes the interactive timeline as one self-contained HTML file. */
export function register(program: Command, env: CliEnv): void {
  pageOptions(
    outputOption(
      program
        .command("timeline")
        .description("write the interactive timeline as one self-contained HTML file (opens from file://)")
        .argument("<file>", "chronicle file, or - for standard input"),
      "output HTML file, or - for stdout",
      "timeline.html",
    ),
  )
    .addHelpText(
      "after",
      "\nExamples:\n  briefline timeline chronicle.yaml -o timeline.html\n  briefline timeline chronicle.yaml -o threats.html --lanes kind --kind threat,warning,ultimatum --from 2025-09\n",
    )
    .action(async (file: string, opts: TimelineCommandOptions) => {
      await writeTimeline(file, opts, env);
    });
}

/**
 * Loads a chronicle and renders its timeline page (exit code 1 if it does not
 * validate, 2 for bad options).
 */
export async function renderPage(
  file: string,
  opts: TimelineCommandOptions,
  env: CliEnv,
  extra: { liveReload?: string } = {},
): Promise<{ html: string; items: number }> {
  const { chronicle } = await loadChronicle(file, env);
  return { html: await pageOf(chronicle, opts, extra), items: countItems(chronicle) };
}

/** Renders the page of an already loaded chronicle, turning bad options into usage errors. */
export async function pageOf(
  chronicle: import("@briefline/core").Chronicle,
  opts: TimelineCommandOptions,
  extra: { liveReload?: string } = {},
): Promise<string> {
  const core = await import("@briefline/core");
  const web = await import("@briefline/timeline-web");
  refuseBadFilter(core, chronicle, { kinds: opts.kind, status: opts.status, actors: { actor: opts.actor } });
  try {
    return web.renderTimelinePage(chronicle, {
      title: opts.title,
      laneBy: opts.lanes,
      from: opts.from,
      to: opts.to,
      theme: opts.theme,
      filter: { kinds: opts.kind ?? [], actors: opts.actor ?? [], status: opts.status ?? [] },
      liveReload: extra.liveReload,
      images: opts.images === true,
    });
  } catch (error) {
    if (error instanceof RangeError) throw usageError(error.message, "write dates as EDTF, e.g. 2025-09 or 2025-09-05");
    throw error;
  }
}

async function writeTimeline(file: string, opts: TimelineCommandOptions, env: CliEnv): Promise<void> {
  const out = opts.output ?? "timeline.html";
  const stream = out !== "-" && isStreamOutput(out, env.cwd);
  checkOutputExtension(out, "an HTML page", [".html", ".htm"], stream, env.cwd);
  const { html, items } = await renderPage(file, opts, env);
  if (out === "-") {
    env.stdout.write(html);
    return;
  }
  writeFileAtomic(out, html, env.cwd, [file]);
  const say = stream ? env.stderr : env.stdout;
  const s = styles(useColor(env, stream ? "stderr" : "stdout"));
  const size = formatSize(Buffer.byteLength(html));
  say.write(
    `${s.green("✓")} wrote ${out} (${count(items, "item")}, ${size}): open it in a browser, no server needed\n`,
  );
}

function countItems(chronicle: import("@briefline/core").Chronicle): number {
  return (chronicle.statements?.length ?? 0) + (chronicle.events?.length ?? 0);
}
