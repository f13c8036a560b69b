import type { Chronicle } from "../model/types.js";
import { suggestion } from "./did-you-mean.js";
import { error, type Issue, type PathSegment } from "./issue.js";

/** Where every id of a chronicle is defined, by collection. */
export interface IdIndex {
  actors: Set<string>;
  sources: Set<string>;
  events: Set<string>;
  statements: Set<string>;
  judgments: Set<string>;
}

const COLLECTIONS = ["actors", "sources", "events", "statements", "judgments"] as const;
const SINGULAR = {
  actors: "actor",
  sources: "source",
  events: "event",
  statements: "statement",
  judgments: "judgment",
};

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

/**
 * Collects the ids of a chronicle and reports any id defined twice (ids are unique
 * across the whole document, since relations and judgments may point at any item).
 */
export function indexIds(chronicle: Chronicle, issues: Issue[]): IdIndex {
  const index: IdIndex = {
    actors: new Set(),
    sources: new Set(),
    events: new Set(),
    statements: new Set(),
    judgments: new Set(),
  };
  const firstSeen = new Map<string, PathSegment[]>();
  for (const collection of COLLECTIONS) {
    const list = chronicle[collection] ?? [];
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { id: string }).id;
      const earlier = firstSeen.get(id);
      if (earlier) {
        issues.push(
          error(
            "duplicate-id",
            [collection, i, "id"],
            `duplicate id "${id}": already used at ${earlier[0]}[${earlier[1]}]`,
            "ids must be unique across actors, sources, events, statements and judgments; rename one",
          ),
        );
        continue;
      }
      firstSeen.set(id, [collection, i]);
      index[collection].add(id);
    }
  }
  return index;
}

/** Checks that every reference in a chronicle points at an id of the right kind. */
export function checkReferences(chronicle: Chronicle, index: IdIndex, issues: Issue[]): void {
  const actors = [...index.actors];
  const sources = [...index.sources];
  const events = [...index.events];
  const items = [...index.statements, ...index.events];
  const ref = (id: string, known: Set<string> | Set<string>[], list: string[], what: string, path: PathSegment[]) => {
    const sets = Array.isArray(known) ? known : [known];
    if (sets.some((s) => s.has(id))) return;
    const plural = what === "statement or event" ? "statements and events" : `${what}s`;
    const hint = suggestion(id, list, what, plural);
    // An id of the wrong kind (`at: putin`) is a different mistake from a typo.
    const other = COLLECTIONS.find((c) => index[c].has(id));
    const message = other
      ? `expected the id of ${article(what)}, found "${id}", which is ${article(SINGULAR[other])}`
      : `unknown ${what} "${id}": no ${what} has this id`;
    issues.push(error("unknown-reference", path, message, hint));
  };
  const itemSets = [index.statements, index.events];

  (chronicle.actors ?? []).forEach((a, i) => {
    a.members?.forEach((m, j) => ref(m, index.actors, actors, "actor", ["actors", i, "members", j]));
  });
  (chronicle.events ?? []).forEach((e, i) => {
    e.participants?.forEach((p, j) => ref(p, index.actors, actors, "actor", ["events", i, "participants", j]));
    e.sources?.forEach((s, j) =>
      ref(s.source, index.sources, sources, "source", ["events", i, "sources", j, "source"]),
    );
  });
  (chronicle.statements ?? []).forEach((s, i) => {
    ref(s.speaker, index.actors, actors, "actor", ["statements", i, "speaker"]);
    s.targets?.forEach((t, j) => ref(t, index.actors, actors, "actor", ["statements", i, "targets", j]));
    if (s.at !== undefined) ref(s.at, index.events, events, "event", ["statements", i, "at"]);
    s.sources?.forEach((r, j) =>
      ref(r.source, index.sources, sources, "source", ["statements", i, "sources", j, "source"]),
    );
  });
  (chronicle.relations ?? []).forEach((r, i) => {
    ref(r.from, itemSets, items, "statement or event", ["relations", i, "from"]);
    ref(r.to, itemSets, items, "statement or event", ["relations", i, "to"]);
  });
  (chronicle.judgments ?? []).forEach((j, i) => {
    j.basis.forEach((b, k) => ref(b, itemSets, items, "statement or event", ["judgments", i, "basis", k]));
  });
}
