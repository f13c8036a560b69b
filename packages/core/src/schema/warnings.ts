import { UNCODED_KINDS } from "../coding/defaults.js";
import type { Chronicle, Event, Statement } from "../model/types.js";
import { type Issue, warning } from "./issue.js";

// What is allowed but probably a slip: items without sources, unused actors. The item
// checks are functions of the module, called once per item (see references.ts).

/** Warns of a statement without sources, and of a threat or ultimatum without targets. */
export function statementWarnings(s: Statement, i: number, issues: Issue[]): void {
  if (!s.sources?.length) issues.push(noSource("statement", s.id, i));
  if ((s.kind === "threat" || s.kind === "ultimatum") && !s.targets?.length) {
    issues.push(
      warning(
        "no-target",
        ["statements", i],
        `${s.kind} "${s.id}" has no target`,
        "add targets: [<actor id>] so the threat register can say whom it threatens",
      ),
    );
  }
}

/** Warns of an event without sources, and of one of a kind too broad to code by default. */
export function eventWarnings(e: Event, i: number, issues: Issue[]): void {
  if (!e.sources?.length) issues.push(noSource("event", e.id, i));
  const choices = UNCODED_KINDS[e.kind];
  if (choices !== undefined && e.coding?.cameo === undefined && e.intensity === undefined)
    issues.push(
      warning(
        "uncoded-kind",
        ["events", i, "kind"],
        `${e.kind} event "${e.id}" has no CAMEO code, and "${e.kind}" is too broad for a default: it counts 0 in the escalation`,
        choices,
      ),
    );
}

function noSource(what: "statement" | "event", id: string, i: number): Issue {
  return warning(
    "no-source",
    [`${what}s`, i],
    `${what} "${id}" has no source`,
    "add sources: [{ source: <id>, credibility: 1..6 }]",
  );
}

/** Warns of actors never referred to and sources never cited. */
export function unusedWarnings(chronicle: Chronicle, issues: Issue[]): void {
  const statements = chronicle.statements ?? [];
  const events = chronicle.events ?? [];
  // The actors and sources not yet referred to: each reference strikes its id off, and
  // the scan stops once none is left (in most chronicles, long before the last item).
  const unused = new Set<string>();
  for (const a of chronicle.actors ?? []) unused.add(a.id);
  for (let i = 0; i < statements.length && unused.size > 0; i++) {
    const s = statements[i] as (typeof statements)[number];
    unused.delete(s.speaker);
    if (s.targets !== undefined) for (const t of s.targets) unused.delete(t);
  }
  for (let i = 0; i < events.length && unused.size > 0; i++) {
    const participants = (events[i] as (typeof events)[number]).participants;
    if (participants !== undefined) for (const p of participants) unused.delete(p);
  }
  for (const a of chronicle.actors ?? []) for (const m of a.members ?? []) unused.delete(m);
  (chronicle.actors ?? []).forEach((a, i) => {
    if (unused.has(a.id)) {
      issues.push(
        warning(
          "unused-actor",
          ["actors", i],
          `actor "${a.id}" is never referred to`,
          "remove it, or name it as a speaker, target or participant",
        ),
      );
    }
  });
  const uncited = new Set<string>();
  for (const s of chronicle.sources ?? []) uncited.add(s.id);
  for (let i = 0; i < statements.length && uncited.size > 0; i++) {
    const refs = (statements[i] as (typeof statements)[number]).sources;
    if (refs !== undefined) for (const r of refs) uncited.delete(r.source);
  }
  for (let i = 0; i < events.length && uncited.size > 0; i++) {
    const refs = (events[i] as (typeof events)[number]).sources;
    if (refs !== undefined) for (const r of refs) uncited.delete(r.source);
  }
  (chronicle.sources ?? []).forEach((s, i) => {
    if (uncited.has(s.id)) {
      issues.push(
        warning(
          "unused-source",
          ["sources", i],
          `source "${s.id}" is never cited`,
          "cite it from an item's sources, or remove it",
        ),
      );
    }
  });
}
