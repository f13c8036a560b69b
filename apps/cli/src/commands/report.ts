import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { CliError, EXIT, usageError } from "../errors.js";
import { isStreamOutput, refuseInputs, writeFileAtomic } from "../io/files.js";
import { loadChronicle } from "../io/load.js";
import { checkOutputExtension, choiceOption, count, formatSize, lowerList, outputOption } from "../io/options.js";
import { readInput, stdinOnce } from "../io/read-input.js";

interface ReportOptions {
  output: string;
  from?: string;
  to?: string;
  actor?: string[];
  kind?: string[];
  title?: string;
  marking?: string;
  paper: "a4" | "letter";
  previous?: string;
  font?: string[];
  tagged?: boolean;
  issued?: string;
}

/** The renderer's API, from the package itself (type-only: loaded when a report is drawn). */
type ReportPdf = typeof import("@briefline/report-pdf");

const list = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];
const many = (value: string, previous: string[] = []) => [...previous, value];

/** Below this many units of work the briefing is drawn in well under a second: no bar. */
const PROGRESS_THRESHOLD = 300;

/** `briefline report`: writes the PDF briefing on a chronicle. */
export function register(program: Command, env: CliEnv): void {
  outputOption(
    program
      .command("report")
      .description("write the PDF briefing: BLUF, key judgments, trend, timeline, threats, offers, chronology, sources")
      .argument("<file>", "chronicle file, or - for standard input"),
    "PDF to write",
    "briefing.pdf",
  )
    .option("--from <date>", "start of the period (EDTF date, e.g. 2025-09-01)")
    .option("--to <date>", "end of the period (to the end of its precision)")
    .option("--actor <ids>", "only items involving these actors (comma-separated, repeatable)", list)
    .option("--kind <kinds>", "only these kinds, e.g. threat,offer", lowerList)
    .option("--title <text>", "title (default: the chronicle's)")
    .option("--marking <text>", "handling marking on every page (default: the chronicle's, else UNCLASSIFIED)")
    .addOption(choiceOption("--paper <size>", "paper size", ["a4", "letter"]).default("a4"))
    .option("--previous <file>", "an earlier version of the chronicle: adds a 'What changed' section")
    .option("--font <file>", "a fallback TTF/OTF font for characters DejaVu lacks, e.g. CJK (repeatable)", many)
    .option("--tagged", "write a tagged PDF (PDF/UA structure) for assistive technology")
    .option("--issued <date>", "date of issue (YYYY-MM-DD); fixed, two runs give identical files")
    .addHelpText(
      "after",
      "\nExamples:\n  briefline report examples/eef-2025/chronicle.yaml -o briefing.pdf\n  briefline report chronicle.yaml -o week.pdf --from 2025-09-01 --to 2025-09-07 --paper letter\n  briefline report chronicle.yaml -o changes.pdf --previous last-week.yaml --font NotoSansCJK.ttf\n\nSOURCE_DATE_EPOCH, when set, fixes the date of issue like --issued.\n",
    )
    .action(async (file: string, opts: ReportOptions) => {
      await report(file, opts, env);
    });
}

async function report(file: string, opts: ReportOptions, env: CliEnv): Promise<void> {
  const s = styles(useColor(env, "stderr"));
  // An empty name is a mistake (an unset shell variable), not "no previous version".
  if (opts.previous === "")
    throw usageError("--previous names no file", "give the earlier chronicle, e.g. --previous last-week.yaml");
  const inputs = [file, ...(opts.previous !== undefined ? [opts.previous] : []), ...(opts.font ?? [])];
  // Refused before anything is read or drawn, not after seconds of rendering.
  refuseInputs(opts.output, inputs, env.cwd);
  checkOutputExtension(opts.output, "a PDF", [".pdf"], isStreamOutput(opts.output, env.cwd), env.cwd);
  stdinOnce(inputs);
  const issued = issueDate(opts.issued, env.env.SOURCE_DATE_EPOCH);
  const { chronicle } = await loadChronicle(file, env, { quiet: true });
  const previous =
    opts.previous !== undefined ? (await loadChronicle(opts.previous, env, { quiet: true })).chronicle : undefined;
  const fonts = await Promise.all((opts.font ?? []).map((f) => readInput(f, env, "font")));
  const pdf = await loadRenderer();
  if (fonts.length > 0)
    await checkFallbackFonts(opts.font ?? [], fonts, [chronicle, previous, opts.title, opts.marking], pdf);
  const bar = progressBar(env);
  let bytes: import("@briefline/report-pdf").BriefingBytes;
  try {
    bytes = await pdf.renderBriefing(chronicle, {
      ...(opts.from ? { from: opts.from } : {}),
      ...(opts.to ? { to: opts.to } : {}),
      ...(opts.actor ? { actors: opts.actor } : {}),
      ...(opts.kind ? { kinds: opts.kind } : {}),
      ...(opts.title ? { title: opts.title } : {}),
      ...(opts.marking ? { marking: opts.marking } : {}),
      paper: opts.paper,
      ...(previous ? { previous } : {}),
      fonts,
      tagged: Boolean(opts.tagged),
      ...(issued ? { creationDate: issued } : {}),
      onWarning: (message) => env.stderr.write(`${s.yellow("warning")}: ${printable(message)}\n`),
      onProgress: bar.update,
    });
  } catch (error) {
    bar.clear();
    if (error instanceof pdf.BriefingOptionError) throw usageError(error.message, error.hint);
    throw error;
  }
  bar.clear();
  writeFileAtomic(opts.output, bytes, env.cwd, inputs);
  const pages = bytes.pages;
  // Written to standard output (-o /dev/stdout | …): the message goes to standard error, not into the PDF.
  const say = isStreamOutput(opts.output, env.cwd) ? env.stderr : env.stdout;
  const out = styles(useColor(env, say === env.stdout ? "stdout" : "stderr"));
  say.write(`${out.green("✓")} wrote ${opts.output} (${count(pages, "page")}, ${formatSize(bytes.length)})\n`);
}

// The renderer is loaded when a report is drawn (pdfkit and the fonts are heavy); a
// missing workspace link is reported plainly.
async function loadRenderer(): Promise<ReportPdf> {
  try {
    return await import("@briefline/report-pdf");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      throw new CliError(
        3,
        "the briefing renderer @briefline/report-pdf is not installed",
        "run `pnpm install` and `pnpm build` at the repository root",
      );
    }
    throw error;
  }
}

// A fallback font is the user's file, read by fontkit: a damaged one could loop or
// allocate without end inside it (issue 11). Its structure is checked, then all the
// work the briefing will do on it is done first in a worker with a budget; a font
// that fails either is refused (exit 1, nothing written) before anything is drawn.
async function checkFallbackFonts(files: string[], fonts: Uint8Array[], text: unknown, pdf: ReportPdf): Promise<void> {
  const { preflightFont } = await import("../io/font-preflight.js");
  const sample = pdf.fallbackSample(text);
  for (const [i, bytes] of fonts.entries()) {
    try {
      pdf.checkFontStructure(bytes);
      await preflightFont(bytes, sample);
    } catch (error) {
      if ((error as { unavailable?: boolean }).unavailable)
        throw new CliError(EXIT.failure, (error as Error).message, "reinstall briefline, or run `pnpm build`");
      throw new CliError(
        EXIT.invalid,
        `fallback font ${i + 1} (${files[i]}): ${(error as Error).message}`,
        "the file is damaged or not a font that can be read safely; give another .ttf or .otf font, or leave out --font",
      );
    }
  }
}

function issueDate(issued: string | undefined, epoch: string | undefined): Date | undefined {
  if (issued !== undefined) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(issued) ? new Date(`${issued}T12:00:00Z`) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw usageError(`--issued must be a date such as 2025-09-06, found "${issued}"`);
    return date;
  }
  if (epoch !== undefined && epoch !== "") {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0)
      throw usageError(`SOURCE_DATE_EPOCH must be whole seconds, found "${epoch}"`);
    return new Date(seconds * 1000);
  }
  return undefined;
}

// A bar on stderr for long briefings, only on a terminal: redirected output stays clean.
function progressBar(env: CliEnv): { update: (done: number, total: number) => void; clear: () => void } {
  let shown = false;
  let last = -1;
  return {
    update(done, total) {
      if (!env.stderr.isTTY || total < PROGRESS_THRESHOLD) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === last) return;
      last = percent;
      shown = true;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      env.stderr.write(`\r  drawing briefing [${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}%`);
    },
    clear() {
      if (shown) env.stderr.write("\r\u001b[2K");
      shown = false;
    },
  };
}

// Warnings quote the chronicle (characters no font has, a bad time zone). The renderer
// cleans what it quotes; this is the second lock: no escape sequence, control or bidi
// override from the data reaches the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const printable = (message: string) => message.replace(UNPRINTABLE, "\uFFFD");
