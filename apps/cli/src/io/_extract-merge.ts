import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Chronicle } from "@briefline/core";
import { parseDocument } from "yaml";
import type { CliEnv } from "../env.js";
import { CliError } from "../errors.js";
import { writeFileAtomic } from "./files.js";

const COLLECTIONS = ["actors", "sources", "events", "statements", "relations"] as const;

/**
 * Writes a merged chronicle over the original (or to `output`), atomically. A YAML
 * chronicle is edited as a document, so the analyst's comments, order and layout stay
 * as they were: new items are appended to their lists and new source references to
 * the items that gained them; nothing else is touched. The result is validated before
 * it is written; if it does not validate, nothing is written.
 */
export async function writeMerged(
  path: string,
  originalText: string,
  base: Chronicle,
  merged: Chronicle,
  env: CliEnv,
  inputs: readonly string[],
  output?: string,
): Promise<string> {
  const core = await import("@briefline/core");
  const json = /\.json$/i.test(path) || /^\s*\{/.test(originalText);
  let text: string;
  if (json) text = core.formatChronicle(merged, "json");
  else {
    const doc = parseDocument(originalText);
    for (const key of COLLECTIONS) {
      const before = (base[key] ?? []) as unknown[];
      const after = (merged[key] ?? []) as Array<{ sources?: unknown[] }>;
      const added = after.slice(before.length);
      // addIn on a missing key would make a mapping; start the list explicitly.
      if (added.length && !doc.hasIn([key])) doc.setIn([key], doc.createNode([]));
      for (const item of added) doc.addIn([key], doc.createNode(item));
      if (key !== "statements" && key !== "events") continue;
      before.forEach((old, index) => {
        const had = (old as { sources?: unknown[] }).sources?.length ?? 0;
        const extra = after[index]?.sources?.slice(had) ?? [];
        if (extra.length && !doc.hasIn([key, index, "sources"])) doc.setIn([key, index, "sources"], doc.createNode([]));
        for (const ref of extra) doc.addIn([key, index, "sources"], doc.createNode(ref));
      });
    }
    // The library re-spaces flow collections (`[Trump]` → `[ Trump ]`): lines that
    // differ from the original only so are put back as written.
    const rewritten = doc.toString({ lineWidth: 0 });
    const kept = keepOriginalLines(originalText, rewritten);
    text = JSON.stringify(parseDocument(kept).toJS()) === JSON.stringify(doc.toJS()) ? kept : rewritten;
  }
  const check = core.parseChronicle(text, { filename: path });
  if (!check.ok) {
    throw new CliError(
      3,
      `the merged chronicle would not validate (${check.errors[0]?.message}); ${path} was left as it was`,
      "rerun with --debug and report it",
    );
  }
  if (output === "-") {
    env.stdout.write(text);
    return "standard output";
  }
  const target = output ?? path;
  if (output === undefined) refuseIfChanged(path, originalText, env, core.decodeText);
  writeFileAtomic(
    target,
    text,
    env.cwd,
    inputs.filter((f) => f !== "-"),
  );
  return target;
}

// Compare and swap: the chronicle must still hold the text the merge started from. The
// lock keeps two merges apart; this catches any other writer (an editor saving the file)
// so that a merge never reports success for work that another write then replaced.
function refuseIfChanged(
  path: string,
  originalText: string,
  env: CliEnv,
  decode: (bytes: Uint8Array, name: string) => { ok: true; text: string } | { ok: false },
): void {
  let now: string | undefined;
  try {
    const decoded = decode(readFileSync(resolve(env.cwd, path)), path);
    now = decoded.ok ? decoded.text : undefined;
  } catch {
    now = undefined;
  }
  if (now !== originalText)
    throw new CliError(
      1,
      `${path} changed while the merge ran (another program wrote or removed it); nothing was written`,
      "run the merge again: it will start from the file as it is now",
    );
}

/** `rewritten` with each line that matches the next unmatched original line but for spacing inside brackets restored. */
function keepOriginalLines(original: string, rewritten: string): string {
  const squeeze = (line: string) => line.replace(/([[{])\s+/g, "$1").replace(/\s+([\]}])/g, "$1");
  const lines = original.split("\n");
  let next = 0;
  return rewritten
    .split("\n")
    .map((line) => {
      // A few lines ahead at most: an original line the merge changed (a new source
      // reference) is skipped, and a long file costs no more than a few passes.
      for (let i = next; i < Math.min(lines.length, next + 4); i++) {
        if (squeeze(lines[i] as string) !== squeeze(line)) continue;
        next = i + 1;
        return lines[i] as string;
      }
      return line;
    })
    .join("\n");
}
