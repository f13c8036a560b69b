import { existsSync, statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { Command } from "commander";
import type { CliEnv } from "../env.js";
import { usageError } from "../errors.js";
import { isStreamOutput, writeFileAtomic } from "../io/files.js";

/** The starter chronicle: small, valid, and commented field by field. */
export const STARTER = `# yaml-language-server: $schema=chronicle.schema.json
# A Briefline chronicle: who said what to whom, when, where, according to which source.
# Check it with: briefline validate FILE
briefline: 1
title: My crisis chronicle
timezone: UTC                      # for dates written without an offset

actors:                            # everyone who speaks or is spoken to
  - id: leader-a                   # a short slug you choose; references use it
    name: Leader A
    aliases: [the A leader]        # other names the sources use
    type: person                   # person | state | organization | igo | armed_group | collective
    country: AAA                   # ISO 3166-1 alpha-3
    title: President of A
  - id: state-b
    name: State B
    type: state

sources:                           # what each item rests on
  - id: wire-1
    title: Leader A warns State B
    publisher: Example Wire
    published: 2025-09-05
    reliability: B                 # Admiralty: A completely reliable .. F cannot be judged

events:                            # meetings, summits, calls, forums, speeches…
  - id: forum-1
    kind: forum                    # meeting | summit | visit | call | forum | speech | military | agreement | other
    title: Annual forum, plenary session
    date: 2025-09-05               # EDTF: 2025, 2025-09, 2025-09-05T11:30+10:00, 2025-09-03/2025-09-06, 2025-09~, 2025-09-05?
    location: { name: Capital City, country: AAA }
    participants: [leader-a]
    sources: [{ source: wire-1, credibility: 2 }]

statements:                        # threats, offers, rejections…
  - id: warning-1
    kind: threat                   # threat | warning | ultimatum | offer | proposal | appeal | demand | rejection | accusation | assurance | denial | praise | comment
    speaker: leader-a
    targets: [state-b]
    date: 2025-09-05
    at: forum-1                    # the event where it was said
    summary: Leader A says troops sent by State B would be treated as targets.
    quote: { text: "Any troops that appear there will be targets.", verbatim: false, language: en }
    conditions: [{ kind: if, text: State B deploys troops }]
    coding: { cameo: "138" }       # optional; CAMEO codes are quoted strings
    sources: [{ source: wire-1, credibility: 2 }]   # Admiralty information grade 1..6

relations: []                      # e.g. { type: rejects, from: later-id, to: earlier-id }

judgments:
  - id: kj-1
    text: Leader A will repeat the warning before any deployment.
    likelihood: likely             # almost_no_chance .. almost_certain (ICD 203)
    confidence: moderate           # low | moderate | high
    basis: [warning-1]

briefing:
  marking: UNCLASSIFIED
`;

/**
 * The starter for a file name: commented YAML for `.yaml`/`.yml` (and streams such as
 * /dev/stdout), the same data as JSON for `.json`; undefined for any other extension.
 */
export async function renderStarter(file: string, stream: boolean): Promise<string | undefined> {
  const ext = extname(file).toLowerCase();
  if (ext === ".yaml" || ext === ".yml" || stream)
    return STARTER.replace("FILE", stream ? "chronicle.yaml" : basename(file));
  if (ext !== ".json") return undefined;
  const { parse } = await import("yaml");
  return `${JSON.stringify(parse(STARTER), null, 2)}\n`;
}

/** `briefline init`: writes a small commented starter chronicle. */
export function register(program: Command, env: CliEnv): void {
  program
    .command("init")
    .description("write a small, commented starter chronicle")
    .argument("[file]", "where to write it: .yaml or .yml (commented YAML) or .json", "chronicle.yaml")
    .option("-f, --force", "overwrite an existing file")
    .addHelpText("after", "\nExample:\n  briefline init crisis.yaml && briefline validate crisis.yaml\n")
    .action(async (file: string, opts: { force?: boolean }) => {
      if (existsSync(resolve(env.cwd, file)) && !opts.force) {
        throw usageError(`${file} already exists`, "choose another name, or pass --force to overwrite it");
      }
      const stream = isStreamOutput(file, env.cwd);
      // A folder gets the YAML starter, for the writer to refuse with its own message.
      const folder = existsSync(resolve(env.cwd, file)) && statSync(resolve(env.cwd, file)).isDirectory();
      const starter = await renderStarter(file, stream || folder);
      if (starter === undefined) {
        throw usageError(
          `cannot write a chronicle to ${file}: expected a name ending in .yaml, .yml or .json, found "${extname(file) || "no extension"}"`,
          `e.g. briefline init ${basename(file, extname(file)) || "chronicle"}.yaml`,
        );
      }
      writeFileAtomic(file, starter, env.cwd);
      // Written to standard output (init /dev/stdout): the note goes to standard error.
      (stream ? env.stderr : env.stdout).write(`wrote ${file}; next: briefline validate ${file}\n`);
    });
}
