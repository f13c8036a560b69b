import type { Chronicle, Event, ReviewDecision, Statement } from "@briefline/core";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { CliError, usageError } from "../errors.js";
import { loadExtractor } from "../io/_extract-core.js";
import { EVENT_HELP, HELP, renderCard, renderEventCard } from "../io/_review-card.js";
import { type Asker, createAsker } from "../io/_review-prompt.js";
import { writeFileAtomic } from "../io/files.js";
import { loadChronicle } from "../io/load.js";
import { checkChronicleOutput, outputOption } from "../io/options.js";

type Edits = { kind?: string; speaker?: string; summary?: string; title?: string };
type Decision = ReviewDecision;
type Collection = "events" | "statements";
/** A candidate to review: the index of the item in its list. */
type Todo =
  | { collection: "events"; index: number; item: Event }
  | { collection: "statements"; index: number; item: Statement };
/** The decisions taken, by collection and index of the item in its list. */
type Decisions = Record<Collection, Map<number, Decision>>;

/** `briefline review`: accept, correct or reject candidate events and statements, one by one or all at once. */
export function register(program: Command, env: CliEnv): void {
  outputOption(
    program
      .command("review")
      .description("go through candidate events and statements: accept, change kind or speaker, or reject")
      .argument("<file>", "a chronicle or candidates file (from briefline extract)"),
    "write the reviewed chronicle here instead of in place",
  )
    .option("-y, --yes", "accept every candidate without asking")
    .addHelpText(
      "after",
      `\nKeys:\n${HELP}\nExamples:\n  briefline review candidates.yaml\n  briefline review candidates.yaml --yes -o reviewed.yaml\n`,
    )
    .action(async (file: string, opts: { yes?: boolean; output?: string }) => {
      await review(file, opts, env);
    });
}

async function review(file: string, opts: { yes?: boolean; output?: string }, env: CliEnv): Promise<void> {
  if (file === "-")
    throw usageError(
      "review reads your answers from standard input, so the candidates cannot come from it",
      "save them to a file first, e.g. briefline extract article.txt -o candidates.yaml",
    );
  if (opts.output) checkChronicleOutput(opts.output, env.cwd);
  const core = await import("@briefline/core");
  const { candidateInfo, findActor } = await loadExtractor();
  const loaded = await loadChronicle(file, env, { quiet: true });
  const chronicle = loaded.chronicle;
  const color = useColor(env, "stdout");
  const c = styles(color);
  // Events first: a statement's card names the event it was said at, reviewed just before.
  const todo: Todo[] = [
    ...(chronicle.events ?? []).map((item, index) => ({ collection: "events" as const, index, item })),
    ...(chronicle.statements ?? []).map((item, index) => ({ collection: "statements" as const, index, item })),
  ].filter((t) => t.item.status === "candidate");
  if (todo.length === 0) {
    env.stderr.write(`${file}: no candidate statements or events to review\n`);
    return;
  }
  const decisions: Decisions = { events: new Map(), statements: new Map() };
  if (opts.yes) for (const t of todo) decisions[t.collection].set(t.index, { type: "accept" });
  else {
    if (env.stdin.isTTY === false && env.stdout.isTTY) env.stderr.write("reading answers from standard input\n");
    const asker = createAsker(env);
    try {
      for (const [n, t] of todo.entries()) {
        const position = `[${n + 1}/${todo.length}]`;
        const info = candidateInfo(t.item);
        env.stdout.write(
          t.collection === "events"
            ? renderEventCard(t.item, chronicle, info, position, color)
            : renderCard(t.item, chronicle, info, position, color),
        );
        const decider =
          t.collection === "events"
            ? eventDecider(asker, t.item, core.EVENT_KINDS)
            : statementDecider(asker, t.item, chronicle, core.STATEMENT_KINDS, findActor, env);
        const decision = await decide(asker, decider, env);
        if (decision === "quit") break;
        decisions[t.collection].set(t.index, decision);
      }
    } finally {
      asker.close();
    }
  }
  const text = await applyDecisions(loaded.text, chronicle, decisions, /\.json$/i.test(file), core);
  const check = core.parseChronicle(text, { filename: file });
  if (!check.ok)
    throw new CliError(
      3,
      `the reviewed chronicle would not validate (${check.errors[0]?.message}); nothing was written`,
    );
  const target = opts.output ?? file;
  writeFileAtomic(target, text, env.cwd);
  const all = [...decisions.events.values(), ...decisions.statements.values()];
  const tally = (t: Decision["type"]) => all.filter((d) => d.type === t).length;
  env.stderr.write(
    `${c.green("✓")} ${target}: ${tally("accept")} accepted, ${tally("reject")} rejected, ${todo.length - tally("accept") - tally("reject")} left as candidates\n`,
  );
}

/** How one kind of item is decided: its prompt and help, its kinds, and the keys that edit a field. */
interface Decider {
  prompt: string;
  help: string;
  noun: string;
  kinds: readonly string[];
  /** Keys other than the common ones (a, r, k, n, q, ?): each asks for one field. */
  edits: Record<string, (edits: Edits) => Promise<void>>;
}

/** Asks until the item is accepted (with its edits), rejected, skipped, or the review is quit. */
async function decide(asker: Asker, decider: Decider, env: CliEnv): Promise<Decision | "quit"> {
  const edits: Edits = {};
  for (;;) {
    const answer = (await asker.ask(decider.prompt))?.toLowerCase();
    if (answer === undefined || answer === "q") return "quit";
    if (answer === "a" || answer === "") return { type: "accept", ...edits };
    if (answer === "r") return { type: "reject" };
    if (answer === "n") return Object.keys(edits).length ? { type: "accept", ...edits } : { type: "skip" };
    const edit = Object.hasOwn(decider.edits, answer) ? decider.edits[answer] : undefined;
    if (answer === "k") {
      const kind = (await asker.ask(`  kind (${decider.kinds.join(", ")}): `))?.toLowerCase();
      if (kind && decider.kinds.includes(kind)) edits.kind = kind;
      else env.stdout.write(`  not ${decider.noun} kind: ${kind ?? ""}\n`);
    } else if (edit) await edit(edits);
    else env.stdout.write(decider.help);
  }
}

function statementDecider(
  asker: Asker,
  s: Statement,
  chronicle: Chronicle,
  kinds: readonly string[],
  findActor: Awaited<ReturnType<typeof loadExtractor>>["findActor"],
  env: CliEnv,
): Decider {
  return {
    prompt: "  accept, reject, kind, speaker, edit, next, quit [a/r/k/s/e/n/q/?]: ",
    help: HELP,
    noun: "a statement",
    kinds,
    edits: {
      s: async (edits) => {
        const who = await asker.ask("  speaker (actor id, name or alias): ");
        const actor = who
          ? (chronicle.actors?.find((a) => a.id === who) ??
            findActor({ id: who, name: who, type: "person" }, chronicle.actors ?? []))
          : undefined;
        if (actor) edits.speaker = actor.id;
        else
          env.stdout.write(
            `  no actor called "${who ?? ""}" in this file; ids: ${(chronicle.actors ?? []).map((a) => a.id).join(", ")}\n`,
          );
      },
      e: async (edits) => {
        const summary = await asker.ask(`  summary [${s.summary}]: `);
        if (summary) edits.summary = summary;
      },
    },
  };
}

function eventDecider(asker: Asker, e: Event, kinds: readonly string[]): Decider {
  return {
    prompt: "  accept, reject, kind, edit title, next, quit [a/r/k/e/n/q/?]: ",
    help: EVENT_HELP,
    noun: "an event",
    kinds,
    edits: {
      e: async (edits) => {
        const title = await asker.ask(`  title [${e.title}]: `);
        if (title) edits.title = title;
      },
    },
  };
}

/**
 * The file's text with core's `applyReview` applied: YAML edited in place (comments
 * kept), JSON re-written. A judgment resting on a rejected item stops the review.
 */
async function applyDecisions(
  text: string,
  chronicle: Chronicle,
  decisions: Decisions,
  json: boolean,
  core: typeof import("@briefline/core"),
): Promise<string> {
  const result = core.applyReview(chronicle, decisions);
  if (!result.ok) {
    const first = result.issues[0];
    throw new CliError(1, first?.message ?? "the review cannot be applied", first?.hint);
  }
  if (json) return core.formatChronicle(result.chronicle, "json");
  const { parseDocument } = await import("yaml");
  const doc = parseDocument(text);
  for (const change of result.changes) {
    if (change.op === "set") doc.setIn(change.path, doc.createNode(change.value));
    else doc.deleteIn(change.path);
  }
  return doc.toString({ lineWidth: 0 });
}
