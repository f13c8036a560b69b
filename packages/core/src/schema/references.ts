import type { Actor, Chronicle, Event, Judgment, Relation, SourceRef, Statement } from "../model/types.js";
import { suggestion } from "./did-you-mean.js";
import { error, type Issue, type PathSegment } from "./issue.js";

const COLLECTIONS = ["actors", "sources", "events", "statements", "judgments"] as const;
type Collection = (typeof COLLECTIONS)[number];
const SINGULAR = {
  actors: "actor",
  sources: "source",
  events: "event",
  statements: "statement",
  judgments: "judgment",
};

/**
 * Where every id of a chronicle is first defined. `all` holds every id; the smaller
 * collections have a set each, and an id in `all` but in none of them is a statement's.
 * (Statements are most of a chronicle: they are hashed once, not twice.)
 */
export interface IdIndex {
  all: Set<string>;
  actors: Set<string>;
  sources: Set<string>;
  events: Set<string>;
  judgments: Set<string>;
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

/** The collection where `id` is first defined, if anywhere. */
function collectionOf(index: IdIndex, id: string): Collection | undefined {
  if (!index.all.has(id)) return undefined;
  if (index.actors.has(id)) return "actors";
  if (index.sources.has(id)) return "sources";
  if (index.events.has(id)) return "events";
  if (index.judgments.has(id)) return "judgments";
  return "statements";
}

/**
 * Collects the ids of a chronicle and reports any id defined twice (ids are unique
 * across the whole document, since relations and judgments may point at any item).
 */
export function indexIds(chronicle: Chronicle, issues: Issue[]): IdIndex {
  // The sets are filled through locals and an array, and the index object made at the
  // end: code that reads fields of an object made per call was thrown away by V8 at
  // nearly every load (its field assumptions changed), so the hot paths take sets.
  const all = new Set<string>();
  const actors = new Set<string>();
  const sources = new Set<string>();
  const events = new Set<string>();
  const judgments = new Set<string>();
  const own = [actors, sources, events, undefined, judgments];
  // Where each id was first defined (collection and position), for the message about a
  // duplicate: built only at the first duplicate, from the ids before it.
  let firstSeen: Map<string, number> | undefined; // id → position * 8 + collection
  for (let c = 0; c < COLLECTIONS.length; c++) {
    const collection = COLLECTIONS[c] as Collection;
    const list = chronicle[collection];
    if (list === undefined) continue;
    const set = own[c];
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { id: string }).id;
      const size = all.size;
      all.add(id);
      if (all.size !== size) {
        set?.add(id);
        firstSeen?.set(id, i * 8 + c);
        continue;
      }
      firstSeen ??= firstDefinitions(chronicle, collection, i);
      const earlier = firstSeen.get(id) as number;
      issues.push(
        error(
          "duplicate-id",
          [collection, i, "id"],
          `duplicate id "${id}": already used at ${COLLECTIONS[earlier & 7]}[${Math.floor(earlier / 8)}]`,
          "ids must be unique across actors, sources, events, statements and judgments; rename one",
        ),
      );
    }
  }
  return { all, actors, sources, events, judgments };
}

/** Where each id before `collection[end]` was first defined, as position * 8 + collection. */
function firstDefinitions(chronicle: Chronicle, collection: Collection, end: number): Map<string, number> {
  const first = new Map<string, number>();
  for (let c = 0; c < COLLECTIONS.length; c++) {
    const list = chronicle[COLLECTIONS[c] as Collection] ?? [];
    const last = COLLECTIONS[c] === collection;
    const stop = last ? end : list.length;
    for (let i = 0; i < stop; i++) {
      const id = (list[i] as { id: string }).id;
      if (!first.has(id)) first.set(id, i * 8 + c);
    }
    if (last) break;
  }
  return first;
}

/** Reports a reference to an unknown id, or to an id of the wrong kind. */
function miss(rc: ReferenceCheck, id: string, what: string, path: PathSegment[]): void {
  const { index, lists } = rc;
  let list = lists.get(what);
  if (list === undefined) {
    list =
      what === "actor"
        ? [...index.actors]
        : what === "source"
          ? [...index.sources]
          : what === "event"
            ? [...index.events]
            : [...[...index.all].filter((i) => collectionOf(index, i) === "statements"), ...index.events];
    lists.set(what, list);
  }
  const plural = what === "statement or event" ? "statements and events" : `${what}s`;
  const hint = suggestion(id, list, what, plural);
  // An id of the wrong kind (`at: putin`) is a different mistake from a typo.
  const other = collectionOf(index, id);
  const message = other
    ? `expected the id of ${article(what)}, found "${id}", which is ${article(SINGULAR[other])}`
    : `unknown ${what} "${id}": no ${what} has this id`;
  rc.issues.push(error("unknown-reference", path, message, hint));
}

/** What the reference checks share: the ids, the issues found, the id lists of the hints. */
export interface ReferenceCheck {
  index: IdIndex;
  issues: Issue[];
  /** The ids a hint lists or matches, by kind, built at the first miss of each kind. */
  lists: Map<string, string[]>;
}

/** Starts the reference checks over an id index; issues gather in `issues`. */
export function referenceCheck(index: IdIndex): ReferenceCheck {
  return { index, issues: [], lists: new Map() };
}

// The checks below are small functions of the module, called once per item: V8 optimises
// them within a few hundred items, where closures made per call lost their optimised code
// at every call and whole-collection loops waited for on-stack replacement.

/** Checks that the members of collective actors are actors. */
export function actorReferences(chronicle: Chronicle, rc: ReferenceCheck): void {
  const actors = chronicle.actors ?? [];
  for (let i = 0; i < actors.length; i++) {
    const members = (actors[i] as Actor).members;
    if (members === undefined) continue;
    for (let j = 0; j < members.length; j++) {
      const m = members[j] as string;
      if (!rc.index.actors.has(m)) miss(rc, m, "actor", ["actors", i, "members", j]);
    }
  }
}

/** Checks an event's participants and sources (`actors` and `sources` are the index's). */
export function eventReferences(
  e: Event,
  i: number,
  actors: Set<string>,
  sources: Set<string>,
  rc: ReferenceCheck,
): void {
  const participants = e.participants;
  if (participants !== undefined) {
    for (let j = 0; j < participants.length; j++) {
      const p = participants[j] as string;
      if (!actors.has(p)) miss(rc, p, "actor", ["events", i, "participants", j]);
    }
  }
  for (const side of ["a", "b"] as const) {
    const ids = e.sides?.[side] ?? [];
    for (let j = 0; j < ids.length; j++) {
      const p = ids[j] as string;
      if (!actors.has(p)) miss(rc, p, "actor", ["events", i, "sides", side, j]);
    }
  }
  const refs = e.sources;
  if (refs !== undefined) {
    for (let j = 0; j < refs.length; j++) {
      const s = (refs[j] as SourceRef).source;
      if (!sources.has(s)) miss(rc, s, "source", ["events", i, "sources", j, "source"]);
    }
  }
}

/** Checks a statement's speaker, targets, event and sources (the sets are the index's). */
export function statementReferences(
  s: Statement,
  i: number,
  actors: Set<string>,
  events: Set<string>,
  sources: Set<string>,
  rc: ReferenceCheck,
): void {
  if (!actors.has(s.speaker)) miss(rc, s.speaker, "actor", ["statements", i, "speaker"]);
  const targets = s.targets;
  if (targets !== undefined) {
    for (let j = 0; j < targets.length; j++) {
      const t = targets[j] as string;
      if (!actors.has(t)) miss(rc, t, "actor", ["statements", i, "targets", j]);
    }
  }
  if (s.at !== undefined && !events.has(s.at)) miss(rc, s.at, "event", ["statements", i, "at"]);
  const refs = s.sources;
  if (refs !== undefined) {
    for (let j = 0; j < refs.length; j++) {
      const r = (refs[j] as SourceRef).source;
      if (!sources.has(r)) miss(rc, r, "source", ["statements", i, "sources", j, "source"]);
    }
  }
}

/** Whether `id` is a statement's or an event's (what collectionOf calls "statements" or "events"). */
function isItemIn(
  all: Set<string>,
  actors: Set<string>,
  sources: Set<string>,
  events: Set<string>,
  judgments: Set<string>,
  id: string,
): boolean {
  return events.has(id) || (all.has(id) && !actors.has(id) && !sources.has(id) && !judgments.has(id));
}

/** Checks that relations and judgments' bases point at statements or events. */
export function relationAndJudgmentReferences(chronicle: Chronicle, rc: ReferenceCheck): void {
  const { all, actors, sources, events, judgments } = rc.index;
  const relations = chronicle.relations ?? [];
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i] as Relation;
    if (!isItemIn(all, actors, sources, events, judgments, r.from))
      miss(rc, r.from, "statement or event", ["relations", i, "from"]);
    if (!isItemIn(all, actors, sources, events, judgments, r.to))
      miss(rc, r.to, "statement or event", ["relations", i, "to"]);
  }
  const judgmentList = chronicle.judgments ?? [];
  for (let i = 0; i < judgmentList.length; i++) {
    const basis = (judgmentList[i] as Judgment).basis;
    for (let k = 0; k < basis.length; k++) {
      const b = basis[k] as string;
      if (!isItemIn(all, actors, sources, events, judgments, b))
        miss(rc, b, "statement or event", ["judgments", i, "basis", k]);
    }
  }
}
