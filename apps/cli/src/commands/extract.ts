import type { Chronicle } from "@briefline/core";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { CliError, usageError } from "../errors.js";
import { type ArticleMeta, loadExtractor } from "../io/_extract-core.js";
import { startProgress } from "../io/_extract-progress.js";
import { lockFile } from "../io/file-lock.js";
import { refuseInputs, writeFileAtomic } from "../io/files.js";
import { inert } from "../io/format-issues.js";
import { loadChronicle } from "../io/load.js";
import { checkChronicleOutput, choiceOption, outputOption } from "../io/options.js";
import { stdinOnce } from "../io/read-input.js";

interface ExtractOptions {
  output?: string;
  merge?: string;
  chronicle?: string;
  sourceTitle?: string;
  publisher?: string;
  author?: string;
  url?: string;
  published?: string;
  language?: string;
  encoding?: string;
  minConfidence?: string;
  window?: string;
  format?: "yaml" | "json";
}

/** `briefline extract`: articles → candidate statements and events, written or merged. */
export function register(program: Command, env: CliEnv): void {
  outputOption(
    program
      .command("extract")
      .description("propose the statements and events in articles (text, Markdown, HTML) as candidates")
      .argument("[files...]", "article files; - or nothing reads standard input"),
    "write the candidates here (.yaml or .json); default: standard output",
  )
    .option(
      "--merge <chronicle>",
      "add the candidates to this chronicle (reusing actors, folding repeats), written in place, or to -o <file> leaving it unchanged",
    )
    .option("--chronicle <file>", "use the actors and aliases of this chronicle without changing it")
    .option("--source-title <title>", "title of the article's source record")
    .option("--publisher <name>", "publisher of the article")
    .option("--author <name>", "author of the article")
    .option("--url <url>", "address of the article")
    .option("--published <date>", "publication date (EDTF day, e.g. 2025-09-05): relative dates resolve against it")
    .option("--language <tag>", "language of the article (default en)")
    .option("--encoding <name>", "encoding of the input files (default utf-8), e.g. windows-1252")
    .option("--min-confidence <n>", "leave out candidates below this confidence (0..1)")
    .option("--window <days>", "with --merge: a repeat within this many days is a reiteration (default 7)")
    .addOption(choiceOption("--format <format>", "format on standard output", ["yaml", "json"]).default("yaml"))
    .addHelpText(
      "after",
      "\nFront matter (--- title, publisher, url, published, author ---) and HTML meta tags give the source record too; flags win.\n\nExamples:\n  briefline extract article.txt --published 2025-09-05 -o candidates.yaml\n  briefline extract article.md --merge chronicle.yaml\n  curl -s https://… | briefline extract - --published 2025-09-05 --url https://…\n",
    )
    .action(async (files: string[], opts: ExtractOptions) => {
      await extract(files, opts, env);
    });
}

// Merging in place reads the chronicle, changes it and writes it back: two runs on one
// file take turns, or the second would write over the first's candidates (issue 11).
async function extract(files: string[], opts: ExtractOptions, env: CliEnv): Promise<void> {
  const inPlace = opts.merge !== undefined && opts.merge !== "-" && opts.output === undefined;
  const lock = inPlace ? await lockFile(opts.merge as string, env.cwd) : undefined;
  try {
    await extractArticles(files, opts, env);
  } finally {
    lock?.release();
  }
}

async function extractArticles(files: string[], opts: ExtractOptions, env: CliEnv): Promise<void> {
  const inputs = files.length ? files : ["-"];
  stdinOnce([...inputs, opts.merge, opts.chronicle]);
  if (opts.merge === "-" && !opts.output)
    throw usageError(
      "--merge - reads the chronicle from standard input, which cannot be written back in place",
      "add -o merged.yaml (or -o - to print it)",
    );
  if (opts.output && opts.output !== "-" && opts.merge && opts.output === opts.merge)
    throw usageError("--output and --merge name the same file", "--merge writes in place; drop --output");
  if (opts.output) refuseInputs(opts.output, [...inputs, ...(opts.chronicle ? [opts.chronicle] : [])], env.cwd);
  if (opts.output) checkChronicleOutput(opts.output, env.cwd);
  if (opts.format !== "yaml" && opts.format !== "json")
    throw usageError(`--format must be yaml or json, found "${opts.format}"`);
  // Loaded here, not at start-up, so `briefline --help` stays fast.
  const core = await import("@briefline/core");
  const { readArticle } = await import("../io/_extract-read.js");
  const { writeMerged } = await import("../io/_extract-merge.js");
  if (opts.published !== undefined) checkDay(opts.published, "--published", core.parseDate);
  if (opts.url !== undefined && !isHttpAddress(opts.url))
    throw usageError(`--url must be an http(s) address, found "${opts.url}"`, "e.g. --url https://example.org/story");
  const minConfidence = opts.minConfidence === undefined ? undefined : Number(opts.minConfidence);
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1))
    throw usageError(`--min-confidence must be a number from 0 to 1, found "${opts.minConfidence}"`);
  const windowDays = opts.window === undefined ? undefined : Number(opts.window);
  if (windowDays !== undefined && !(windowDays >= 0))
    throw usageError(`--window must be a number of days, found "${opts.window}"`);
  const s = styles(useColor(env));
  const base = opts.merge ? await loadChronicle(opts.merge, env, { quiet: true }) : undefined;
  const known = opts.chronicle ? (await loadChronicle(opts.chronicle, env, { quiet: true })).chronicle : undefined;
  const { extractCandidates, mergeCandidates } = await loadExtractor();
  const today = new Date().toISOString().slice(0, 10);
  let acc: Chronicle = base?.chronicle ?? { briefline: 1, title: "Candidates" };
  const progress = startProgress(env, inputs.length);
  const lines: string[] = [];
  for (const file of inputs) {
    const article = await readArticle(file, env, opts.encoding);
    const meta = sourceMeta(article.meta, opts, article.name);
    if (meta.url !== undefined && !isHttpAddress(meta.url)) {
      // Pages often give a relative canonical link ("/world/story"); without the page's own address it names nothing.
      env.stderr.write(
        `${s.yellow("warning")}: ${article.name}: ignored its address "${inert(meta.url)}" (not an absolute http(s) address); give the article's address with --url\n`,
      );
      delete meta.url;
    }
    if (meta.published) {
      checkDay(String(meta.published), `${article.name}: the publication date`, core.parseDate);
      meta.published = String(meta.published).slice(0, 10);
    }
    const result = extractCandidates(article.text, {
      source: meta,
      chronicle: {
        ...acc,
        actors: [
          ...(acc.actors ?? []),
          ...(known?.actors ?? []).filter((a) => !(acc.actors ?? []).some((b) => b.id === a.id)),
        ],
      },
      ...(minConfidence !== undefined ? { minConfidence } : {}),
      fallbackDate: today,
    });
    for (const w of result.warnings)
      env.stderr.write(
        `${s.yellow("warning")}: ${article.name}: ${w.replace("no publication date given", "no --published date or front matter date")}\n`,
      );
    const merged = mergeCandidates(acc, result.chronicle, windowDays !== undefined ? { windowDays } : {});
    acc = merged.chronicle;
    const flagged = result.candidates.filter((c) => c.dateDefaulted).length;
    lines.push(
      `${s.green("✓")} ${article.name}: ${count(merged.plan.statements.length, "statement")}, ${count(merged.plan.events.length, "event")}` +
        (merged.corroborated.length ? `, ${merged.corroborated.length} already known (source added)` : "") +
        (merged.knownEvents.length ? `, ${count(merged.knownEvents.length, "known event")} (source added)` : "") +
        (merged.reiterations.length ? `, ${count(merged.reiterations.length, "reiteration")}` : "") +
        (flagged ? `, ${flagged} dated by default (tag date-defaulted)` : ""),
    );
    progress.tick(article.name);
  }
  progress.done();
  for (const line of lines) env.stderr.write(`${line}\n`);
  if (base && opts.merge) {
    const written = await writeMerged(opts.merge, base.text, base.chronicle, acc, env, inputs, opts.output);
    env.stderr.write(`${s.green("merged")} into ${written}\n`);
    return;
  }
  if (acc.title === "Candidates")
    acc = {
      ...acc,
      title: `Candidates from ${inputs.length === 1 ? (acc.sources?.[0]?.title ?? "an article") : `${inputs.length} articles`}`,
    };
  const toFile = opts.output !== undefined && opts.output !== "-";
  const format = toFile ? (/\.json$/i.test(opts.output as string) ? "json" : "yaml") : opts.format;
  const text = core.formatChronicle(acc, format);
  const check = core.parseChronicle(text, { filename: opts.output ?? "candidates" });
  if (!check.ok)
    throw new CliError(
      3,
      `the candidates do not validate (${check.errors[0]?.message}); nothing was written`,
      "rerun with --debug and report it",
    );
  if (toFile) {
    writeFileAtomic(opts.output as string, text, env.cwd, [...inputs, ...(opts.chronicle ? [opts.chronicle] : [])]);
    env.stderr.write(`wrote ${opts.output}\n`);
  } else env.stdout.write(text);
}

function sourceMeta(fromFile: ArticleMeta, opts: ExtractOptions, name: string): ArticleMeta {
  const meta: ArticleMeta = { ...fromFile };
  const set = (key: keyof ArticleMeta, value: string | undefined) => {
    if (value !== undefined) meta[key] = value;
  };
  set("title", opts.sourceTitle);
  set("publisher", opts.publisher);
  set("author", opts.author);
  set("url", opts.url);
  set("published", opts.published);
  set("language", opts.language);
  if (!meta.title) meta.title = name === "<stdin>" ? "Article from standard input" : name.replace(/^.*[\\/]/, "");
  return meta;
}

function checkDay(value: string, what: string, parseDate: (v: string) => { ok: boolean }): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.slice(0, 10)) || !parseDate(value.slice(0, 10)).ok)
    throw usageError(`${what} must be a day such as 2025-09-05, found "${value}"`);
}

/** The addresses a chronicle accepts for a source (the validator's own rule). */
const isHttpAddress = (value: string) => /^https?:\/\/[^\s]+$/i.test(value);

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
