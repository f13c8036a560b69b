import type { Statement } from "@briefline/core";
import { extractCandidates } from "./extract.js";
import type { ExtractOptions } from "./types.js";

/** Extracts from a text published on 2025-09-05 and returns the statements, for pattern tests. */
export function statementsOf(text: string, options: ExtractOptions = {}): Statement[] {
  return (
    extractCandidates(text, { source: { title: "Test", published: "2025-09-05" }, ...options }).chronicle.statements ??
    []
  );
}

/** The same, with the speaker's name instead of its id. */
export function readOf(text: string, options: ExtractOptions = {}) {
  const { chronicle } = extractCandidates(text, { source: { title: "Test", published: "2025-09-05" }, ...options });
  const name = (id: string) => chronicle.actors?.find((a) => a.id === id)?.name ?? id;
  return (chronicle.statements ?? []).map((s) => ({
    kind: s.kind,
    speaker: name(s.speaker),
    targets: (s.targets ?? []).map(name),
    date: s.date,
    conditions: (s.conditions ?? []).map((c) => `${c.kind}: ${c.text}`),
    quote: s.quote?.text,
    cameo: s.coding?.cameo,
  }));
}
