import { STATEMENT_DEFAULTS } from "../coding/defaults.js";
import type { Chronicle, Event, Statement } from "../model/types.js";
import type { StatementKind } from "../model/vocabulary.js";
import { error, type Issue, type PathSegment } from "../schema/issue.js";

/** What a reviewer decided about one candidate: accept (with corrections), reject, or leave it. */
export type ReviewDecision =
  | { type: "accept"; kind?: string; speaker?: string; summary?: string; title?: string }
  | { type: "reject" }
  | { type: "skip" };

/** The decisions taken, by the index of the item in its list. */
export interface ReviewDecisions {
  events?: ReadonlyMap<number, ReviewDecision>;
  statements?: ReadonlyMap<number, ReviewDecision>;
}

/** One change to the document, in the order to apply it (list items are removed last to first). */
export type ReviewChange = { op: "set"; path: PathSegment[]; value: unknown } | { op: "delete"; path: PathSegment[] };

/**
 * Applies review decisions to a chronicle. An accepted item becomes `confirmed`, with
 * its corrections; a statement whose kind changes is re-coded with the new kind's
 * default coding. A rejected item goes with what points at it: its relations, and the
 * `at` of statements said at a rejected event (the statement stays, without its
 * place). An item a judgment rests on cannot be rejected: that is an issue, and
 * nothing changes. Returns the new chronicle and the list of changes, so a caller can
 * edit a YAML file in place and keep its comments. Does not mutate its input.
 *
 * @example
 * const result = applyReview(chronicle, { statements: new Map([[0, { type: "reject" }]]) });
 * if (result.ok) save(result.chronicle); else report(result.issues);
 */
export function applyReview(
  chronicle: Chronicle,
  decisions: ReviewDecisions,
): { ok: true; chronicle: Chronicle; changes: ReviewChange[] } | { ok: false; issues: Issue[] } {
  const statements = chronicle.statements ?? [];
  const events = chronicle.events ?? [];
  const decided = (map: ReadonlyMap<number, ReviewDecision> | undefined, type: ReviewDecision["type"]) =>
    [...(map ?? [])].filter(([, d]) => d.type === type);
  const rejectedEvents = decided(decisions.events, "reject").map(([i]) => i);
  const rejectedStatements = decided(decisions.statements, "reject").map(([i]) => i);
  const rejected = new Set<string>([
    ...rejectedEvents.map((i) => (events[i] as Event).id),
    ...rejectedStatements.map((i) => (statements[i] as Statement).id),
  ]);
  const issues: Issue[] = [];
  (chronicle.judgments ?? []).forEach((j, ji) => {
    j.basis.forEach((id, bi) => {
      if (rejected.has(id))
        issues.push(
          error(
            "rejected-basis",
            ["judgments", ji, "basis", bi],
            `cannot reject "${id}": judgment "${j.id}" rests on it`,
            "edit the judgment's basis first, or accept the item",
          ),
        );
    });
  });
  if (issues.length) return { ok: false, issues };

  const changes: ReviewChange[] = [];
  const set = (path: PathSegment[], value: unknown) => changes.push({ op: "set", path, value });
  for (const [index, d] of decided(decisions.statements, "accept")) {
    if (d.type !== "accept") continue;
    const s = statements[index] as Statement;
    set(["statements", index, "status"], "confirmed");
    if (d.kind && d.kind !== s.kind) {
      set(["statements", index, "kind"], d.kind);
      set(["statements", index, "coding"], structuredClone(STATEMENT_DEFAULTS[d.kind as StatementKind].coding));
    }
    if (d.speaker) set(["statements", index, "speaker"], d.speaker);
    if (d.summary) set(["statements", index, "summary"], d.summary);
  }
  for (const [index, d] of decided(decisions.events, "accept")) {
    if (d.type !== "accept") continue;
    set(["events", index, "status"], "confirmed");
    if (d.kind && d.kind !== (events[index] as Event).kind) set(["events", index, "kind"], d.kind);
    if (d.title) set(["events", index, "title"], d.title);
  }
  statements.forEach((s, index) => {
    if (s.at !== undefined && rejected.has(s.at)) changes.push({ op: "delete", path: ["statements", index, "at"] });
  });
  const relations = (chronicle.relations ?? []).flatMap((r, i) =>
    rejected.has(r.from) || rejected.has(r.to) ? [i] : [],
  );
  for (const [name, list] of [
    ["relations", relations],
    ["statements", rejectedStatements],
    ["events", rejectedEvents],
  ] as const)
    for (const i of [...list].sort((a, b) => b - a)) changes.push({ op: "delete", path: [name, i] });
  return { ok: true, chronicle: applyChanges(chronicle, changes), changes };
}

/** The chronicle with the changes made, on a copy. */
function applyChanges(chronicle: Chronicle, changes: readonly ReviewChange[]): Chronicle {
  const copy = structuredClone(chronicle) as unknown as Record<string, unknown>;
  for (const change of changes) {
    const parent = change.path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<PathSegment, unknown>)[key], copy);
    const key = change.path[change.path.length - 1] as PathSegment;
    if (change.op === "set") (parent as Record<PathSegment, unknown>)[key] = change.value;
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<PathSegment, unknown>)[key];
  }
  return copy as unknown as Chronicle;
}
