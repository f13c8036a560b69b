import type { Chronicle, Statement } from "@briefline/core";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { styles, useColor } from "../env.js";
import { CliError } from "../errors.js";
import { loadExtractor } from "../io/_extract-core.js";
import { HELP, renderCard } from "../io/_review-card.js";
import { type Asker, createAsker } from "../io/_review-prompt.js";
import { writeFileAtomic } from "../io/files.js";
import { loadChronicle } from "../io/load.js";

type Decision =
  | { type: "accept"; kind?: string; speaker?: string; summary?: string }
  | { type: "reject" }
  | { type: "skip" };

/** `briefline review`: accept, correct or reject candidate statements, one by one or all at once. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("review")
    .description("go through candidate statements: accept, change kind or speaker, or reject")
    .argument("<file>", "a chronicle or candidates file (from briefline extract)")
    .option("-y, --yes", "accept every candidate without asking")
    .option("-o, --output <file>", "write the reviewed chronicle here instead of in place")
    .addHelpText(
      "after",
      `\nKeys:\n${HELP}\nExamples:\n  briefline review candidates.yaml\n  briefline review candidates.yaml --yes -o reviewed.yaml\n`,
    )
    .action(async (file: string, opts: { yes?: boolean; output?: string }) => {
      await review(file, opts, env);
    });
}

async function review(file: string, opts: { yes?: boolean; output?: string }, env: CliEnv): Promise<void> {
  const core = await import("@briefline/core");
  const { candidateInfo, findActor } = await loadExtractor();
  const loaded = await loadChronicle(file, env, { quiet: true });
  const chronicle = loaded.chronicle;
  const c = styles(useColor(env, "stdout"));
  const todo = (chronicle.statements ?? [])
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.status === "candidate");
  if (todo.length === 0) {
    env.stderr.write(`${file}: no candidate statements to review\n`);
    return;
  }
  const decisions = new Map<number, Decision>();
  if (opts.yes) for (const { index } of todo) decisions.set(index, { type: "accept" });
  else {
    if (env.stdin.isTTY === false && env.stdout.isTTY) env.stderr.write("reading answers from standard input\n");
    const asker = createAsker(env);
    try {
      for (const [n, { s, index }] of todo.entries()) {
        env.stdout.write(
          renderCard(s, chronicle, candidateInfo(s), `[${n + 1}/${todo.length}]`, useColor(env, "stdout")),
        );
        const decision = await decide(asker, s, chronicle, core.STATEMENT_KINDS, findActor, env);
        if (decision === "quit") break;
        decisions.set(index, decision);
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
  const tally = (t: Decision["type"]) => [...decisions.values()].filter((d) => d.type === t).length;
  env.stderr.write(
    `${c.green("✓")} ${target}: ${tally("accept")} accepted, ${tally("reject")} rejected, ${todo.length - tally("accept") - tally("reject")} left as candidates\n`,
  );
}

async function decide(
  asker: Asker,
  s: Statement,
  chronicle: Chronicle,
  kinds: readonly string[],
  findActor: Awaited<ReturnType<typeof loadExtractor>>["findActor"],
  env: CliEnv,
): Promise<Decision | "quit"> {
  const edits: { kind?: string; speaker?: string; summary?: string } = {};
  for (;;) {
    const answer = (
      await asker.ask("  accept, reject, kind, speaker, edit, next, quit [a/r/k/s/e/n/q/?]: ")
    )?.toLowerCase();
    if (answer === undefined || answer === "q") return "quit";
    if (answer === "a" || answer === "") return { type: "accept", ...edits };
    if (answer === "r") return { type: "reject" };
    if (answer === "n") return Object.keys(edits).length ? { type: "accept", ...edits } : { type: "skip" };
    if (answer === "?") env.stdout.write(HELP);
    else if (answer === "k") {
      const kind = (await asker.ask(`  kind (${kinds.join(", ")}): `))?.toLowerCase();
      if (kind && kinds.includes(kind)) edits.kind = kind;
      else env.stdout.write(`  not a statement kind: ${kind ?? ""}\n`);
    } else if (answer === "s") {
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
    } else if (answer === "e") {
      const summary = await asker.ask(`  summary [${s.summary}]: `);
      if (summary) edits.summary = summary;
    } else env.stdout.write(HELP);
  }
}

/** The file's text with decisions applied: YAML edited in place (comments kept), JSON re-written. */
async function applyDecisions(
  text: string,
  chronicle: Chronicle,
  decisions: Map<number, Decision>,
  json: boolean,
  core: typeof import("@briefline/core"),
): Promise<string> {
  const { parseDocument } = await import("yaml");
  const statements = chronicle.statements ?? [];
  const rejected = new Set(
    [...decisions.entries()].filter(([, d]) => d.type === "reject").map(([i]) => statements[i]?.id),
  );
  const cited = (chronicle.judgments ?? []).flatMap((j) => j.basis).filter((id) => rejected.has(id));
  if (cited.length)
    throw new CliError(
      1,
      `cannot reject ${cited.join(", ")}: a judgment rests on it`,
      "edit the judgment's basis first, or accept the statement",
    );
  const doc = parseDocument(text);
  const relationIndexes = (chronicle.relations ?? [])
    .map((r, i) => (rejected.has(r.from) || rejected.has(r.to) ? i : -1))
    .filter((i) => i >= 0);
  for (const [index, d] of decisions) {
    if (d.type !== "accept") continue;
    const s = statements[index] as Statement;
    doc.setIn(["statements", index, "status"], "confirmed");
    if (d.kind && d.kind !== s.kind) {
      doc.setIn(["statements", index, "kind"], d.kind);
      const coding = core.STATEMENT_DEFAULTS[d.kind as keyof typeof core.STATEMENT_DEFAULTS].coding;
      doc.setIn(["statements", index, "coding"], doc.createNode(coding));
    }
    if (d.speaker) doc.setIn(["statements", index, "speaker"], d.speaker);
    if (d.summary) doc.setIn(["statements", index, "summary"], d.summary);
  }
  for (const i of relationIndexes.sort((a, b) => b - a)) doc.deleteIn(["relations", i]);
  const rejects = [...decisions.entries()].filter(([, d]) => d.type === "reject").map(([i]) => i);
  for (const i of rejects.sort((a, b) => b - a)) doc.deleteIn(["statements", i]);
  if (!json) return doc.toString({ lineWidth: 0 });
  return core.formatChronicle(doc.toJS() as Chronicle, "json");
}
