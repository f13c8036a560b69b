// Helpers of the desk's browser tests (desk.test.ts, desk-form.test.ts).
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseChronicle } from "@briefline/core";
import { examplePath } from "./_browser.js";
import { type Served, startServe } from "./_serve.js";

/** The data of a chronicle's text (validated). */
// biome-ignore lint/suspicious/noExplicitAny: the tests walk the data freely
export function parse(text: string): any {
  const result = parseChronicle(text, { filename: "chronicle.yaml" });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return structuredClone(result.chronicle);
}

/**
 * Lines only in `before` and lines only in `after`, matched as a multiset (order kept):
 * where a line occurs more often on one side, its later occurrences are the changed ones.
 */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const only = (mine: string[], other: string[]) => {
    const left = new Map<string, number>();
    for (const l of other) left.set(l, (left.get(l) ?? 0) + 1);
    return mine.filter((l) => {
      const n = left.get(l) ?? 0;
      left.set(l, n - 1);
      return n <= 0;
    });
  };
  const a = before.split("\n");
  const b = after.split("\n");
  return { removed: only(a, b), added: only(b, a) };
}

/** Starts `serve --edit` on a fresh copy of the example; resolves with the desk's address. */
export async function ownDesk(): Promise<{ served: Served; path: string; url: string }> {
  const own = mkdtempSync(join(tmpdir(), "briefline-desk-"));
  const path = join(own, "chronicle.yaml");
  copyFileSync(examplePath, path);
  const served = await startServe("chronicle.yaml", own, ["--edit"]);
  const deskLine = /desk \(edits chronicle\.yaml\): (\S+)/;
  for (let n = 0; n < 100 && !deskLine.test(served.stdout()); n++) await new Promise((r) => setTimeout(r, 50));
  return { served, path, url: deskLine.exec(served.stdout())?.[1] as string };
}
