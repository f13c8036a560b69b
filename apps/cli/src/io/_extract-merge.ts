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
    text = doc.toString({ lineWidth: 0 });
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
  writeFileAtomic(
    target,
    text,
    env.cwd,
    inputs.filter((f) => f !== "-"),
  );
  return target;
}
