import type { Actor, Chronicle, Event, EventKind, Relation, Source, SourceRef, Statement } from "@briefline/core";
import { parseDate } from "@briefline/core";
import { kindGroup, sameSubstance, substance } from "../fold.js";
import { uniqueIds } from "../ids.js";
import { DEFAULT_LEXICON } from "../lexicon/default.js";
import { findActor } from "./match-actor.js";

/** Options of {@link mergeCandidates}. */
export interface MergeOptions {
  /**
   * A repeat said within this many days of an earlier statement becomes a `reiterates`
   * relation; an undated statement or event (publication date, tag `date-defaulted`)
   * found this many days after a known one is that one (default 7).
   */
  windowDays?: number;
}

/** What to add to the chronicle: new items, and source references for items it already has. */
export interface MergePlan {
  actors: Actor[];
  sources: Source[];
  events: Event[];
  statements: Statement[];
  relations: Relation[];
  /** References to the new source, to add to existing items (by their index). */
  sourceRefs: Array<{ collection: "statements" | "events"; index: number; ref: SourceRef }>;
}

/** What {@link mergeCandidates} did, for the report. */
export interface MergeResult {
  chronicle: Chronicle;
  plan: MergePlan;
  /** Candidate actor id → the id it has in the merged chronicle. */
  actorIds: Record<string, string>;
  corroborated: Array<{ candidate: string; existing: string }>;
  /** Candidate events the chronicle already has (the new source was added to them instead). */
  knownEvents: Array<{ candidate: string; existing: string }>;
  reiterations: Array<{ from: string; to: string }>;
  alreadyPresent: string[];
}

/**
 * Adds candidates (the output of `extractCandidates`) to a chronicle. Actors are
 * reused by name or alias ("the Kremlin leader", "Putin" → `putin`) and created when
 * new; a statement the chronicle already has from the same source is skipped; the same
 * statement reported by another source (same speaker, kind family, substance and date)
 * gains the new source instead of a duplicate; a repeat within `windowDays` is added
 * with a `reiterates` relation. An event the chronicle already has (a related kind such
 * as meeting/visit/summit, shared participants or title, overlapping dates, or within
 * `windowDays` before an undated candidate) gains the new source instead of a
 * duplicate, and statements said at it point to it. Existing items are never removed or rewritten, only
 * given extra source references. Pure: returns a new chronicle and the plan.
 *
 * @example
 * const { chronicle, plan } = mergeCandidates(base, extractCandidates(text, { chronicle: base }).chronicle);
 */
export function mergeCandidates(base: Chronicle, candidates: Chronicle, options: MergeOptions = {}): MergeResult {
  const window = (options.windowDays ?? 7) * 86_400_000;
  const tz = base.timezone ?? "UTC";
  const nextId = uniqueIds(
    [...(base.actors ?? []), ...(base.sources ?? []), ...(base.events ?? []), ...(base.statements ?? [])].map(
      (x) => x.id,
    ),
  );
  const plan: MergePlan = { actors: [], sources: [], events: [], statements: [], relations: [], sourceRefs: [] };
  const result: Omit<MergeResult, "chronicle" | "plan"> = {
    actorIds: {},
    corroborated: [],
    knownEvents: [],
    reiterations: [],
    alreadyPresent: [],
  };
  const actorId = new Map<string, string>();
  for (const a of candidates.actors ?? []) {
    const found = findActor(a, base.actors ?? []);
    const id = found?.id ?? nextId(a.id);
    if (!found) plan.actors.push({ ...a, id });
    actorId.set(a.id, id);
    result.actorIds[a.id] = id;
  }
  const mapActor = (id: string) => actorId.get(id) ?? id;
  const sourceId = new Map<string, string>();
  for (const s of candidates.sources ?? []) {
    const same = (base.sources ?? []).find(
      (b) => (s.url && b.url === s.url) || (b.title === s.title && String(b.published) === String(s.published)),
    );
    const id = same?.id ?? nextId(s.id);
    if (!same) plan.sources.push({ ...s, id });
    sourceId.set(s.id, id);
  }
  const refs = (list: SourceRef[] | undefined) =>
    (list ?? []).map((r) => ({ ...r, source: sourceId.get(r.source) ?? r.source }));
  const hasRef = (item: Statement | Event, ref: SourceRef) =>
    (item.sources ?? []).some((r) => r.source === ref.source && (r.locator ?? "") === (ref.locator ?? ""));
  const eventId = new Map<string, string>();
  for (const e of candidates.events ?? []) {
    const participants = (e.participants ?? []).map(mapActor);
    const index = sameEvent(base.events ?? [], { ...e, participants }, tz, window);
    const existing = base.events?.[index];
    if (existing) {
      eventId.set(e.id, existing.id);
      result.knownEvents.push({ candidate: e.id, existing: existing.id });
      for (const ref of refs(e.sources))
        if (!hasRef(existing, ref)) plan.sourceRefs.push({ collection: "events", index, ref });
      continue;
    }
    const id = nextId(e.id);
    eventId.set(e.id, id);
    plan.events.push({ ...e, id, ...(participants.length ? { participants } : {}), sources: refs(e.sources) });
  }
  const statementId = new Map<string, string>();
  for (const c of candidates.statements ?? []) {
    const s: Statement = {
      ...c,
      speaker: mapActor(c.speaker),
      ...(c.targets ? { targets: c.targets.map(mapActor) } : {}),
      ...(c.at ? { at: eventId.get(c.at) ?? c.at } : {}),
      sources: refs(c.sources),
    };
    const statements = base.statements ?? [];
    const present = statements.find(
      (b) =>
        (s.sources ?? []).length > 0 &&
        (s.sources ?? []).every((r) => hasRef(b, r)) &&
        b.speaker === s.speaker &&
        b.kind === s.kind,
    );
    if (present) {
      statementId.set(c.id, present.id);
      result.alreadyPresent.push(c.id);
      continue;
    }
    const words = (x: Statement) =>
      `${x.summary} ${x.quote?.text ?? ""} ${(x.conditions ?? []).map((c) => c.text).join(" ")}`;
    const mine = substance(words(s), DEFAULT_LEXICON);
    const similar = (b: Statement) =>
      b.speaker === s.speaker &&
      kindGroup(b.kind) === kindGroup(s.kind) &&
      sameSubstance(substance(words(b), DEFAULT_LEXICON), mine);
    // A date the text did not give (the publication date) only bounds it: an earlier report within the window is the same statement.
    const undated = (s.tags ?? []).includes("date-defaulted");
    const sameDay = statements.findIndex((b) => similar(b) && gap(b.date, s.date, tz) === 0);
    const index =
      sameDay >= 0 || !undated
        ? sameDay
        : statements.findIndex(
            (b) => similar(b) && start(b.date, tz) <= start(s.date, tz) && gap(b.date, s.date, tz) <= window,
          );
    const same = statements[index];
    if (same) {
      statementId.set(c.id, same.id);
      result.corroborated.push({ candidate: c.id, existing: same.id });
      for (const ref of s.sources ?? [])
        if (!hasRef(same, ref)) plan.sourceRefs.push({ collection: "statements", index, ref });
      continue;
    }
    const id = nextId(c.id);
    statementId.set(c.id, id);
    plan.statements.push({ ...s, id });
    const earlier = statements.filter((b) => similar(b) && gap(b.date, s.date, tz) <= window);
    const last = earlier.sort((a, b) => start(b.date, tz) - start(a.date, tz))[0];
    if (last) {
      const later = start(s.date, tz) >= start(last.date, tz);
      const relation = later
        ? { type: "reiterates" as const, from: id, to: last.id }
        : { type: "reiterates" as const, from: last.id, to: id };
      plan.relations.push({ ...relation, note: "candidate: proposed by briefline extract --merge" });
      result.reiterations.push({ from: relation.from, to: relation.to });
    }
  }
  for (const r of candidates.relations ?? []) {
    const from = statementId.get(r.from) ?? eventId.get(r.from) ?? r.from;
    const to = statementId.get(r.to) ?? eventId.get(r.to) ?? r.to;
    const all = [...(base.relations ?? []), ...plan.relations];
    if (from !== to && !all.some((x) => x.type === r.type && x.from === from && x.to === to))
      plan.relations.push({ ...r, from, to });
  }
  return { chronicle: applyPlan(base, plan), plan, ...result };
}

/**
 * The chronicle with a plan applied: new items appended, extra references added to
 * copies of existing items. The input is not modified.
 *
 * @example
 * applyPlan(base, plan).statements?.length // base count + plan.statements.length
 */
export function applyPlan(base: Chronicle, plan: MergePlan): Chronicle {
  const out: Chronicle = { ...base };
  const append = <T>(list: T[] | undefined, extra: T[]) => (extra.length ? [...(list ?? []), ...extra] : list);
  const statements = (base.statements ?? []).slice();
  const events = (base.events ?? []).slice();
  for (const { collection, index, ref } of plan.sourceRefs) {
    const list = collection === "statements" ? statements : events;
    const item = list[index];
    if (item) list[index] = { ...item, sources: [...(item.sources ?? []), ref] } as never;
  }
  const set = <K extends keyof Chronicle>(key: K, value: Chronicle[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set("actors", append(base.actors, plan.actors));
  set("sources", append(base.sources, plan.sources));
  set("events", append(base.events ? events : undefined, plan.events));
  set("statements", append(base.statements ? statements : undefined, plan.statements));
  set("relations", append(base.relations, plan.relations));
  return out;
}

// Kinds that can name the same gathering: "meetings with leaders from China, India…" during a visit or a summit.
const EVENT_GROUP: Partial<Record<EventKind, string>> = {
  meeting: "gathering",
  summit: "gathering",
  visit: "gathering",
};
const eventGroup = (kind: EventKind) => EVENT_GROUP[kind] ?? kind;
const DAY = 86_400_000;

/**
 * The index of the event in `events` that `c` (a candidate) reports, or -1: a related
 * kind, dates overlapping (a day apart at most, for time zones), or, when the candidate's
 * date is only the publication date, an event ending at most `window` ms before it; and
 * the same title, or at least two shared participants making up half of the candidate's.
 * The closest match wins: the same kind, then the smaller gap, then more shared participants.
 */
function sameEvent(events: readonly Event[], c: Event, tz: string, window: number): number {
  const title = (x: Event) => x.title.toLowerCase().replace(/^the\s+/, "");
  const undated = (c.tags ?? []).includes("date-defaulted");
  const mine = c.participants ?? [];
  let best = -1;
  let bestScore: number[] = [];
  events.forEach((e, index) => {
    if (eventGroup(e.kind) !== eventGroup(c.kind)) return;
    const apart = gap(e.date, c.date, tz);
    if (!(apart <= DAY || (undated && start(e.date, tz) <= start(c.date, tz) && apart <= window))) return;
    const shared = mine.filter((p) => (e.participants ?? []).includes(p)).length;
    const titled = title(e) === title(c) || title(e).includes(title(c)) || title(c).includes(title(e));
    if (!titled && !(shared >= 2 && shared * 2 >= mine.length)) return;
    const score = [e.kind === c.kind ? 1 : 0, -apart, shared];
    if (best < 0 || better(score, bestScore)) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

const better = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < a.length; i++)
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
  return false;
};

// Milliseconds between two fuzzy dates (0 when their spans overlap; Infinity when unreadable).
function gap(a: string | number, b: string | number, tz: string): number {
  const x = parseDate(a, tz);
  const y = parseDate(b, tz);
  if (!x.ok || !y.ok) return Number.POSITIVE_INFINITY;
  if (x.date.latest < y.date.earliest) return y.date.earliest - x.date.latest;
  if (y.date.latest < x.date.earliest) return x.date.earliest - y.date.latest;
  return 0;
}

function start(d: string | number, tz: string): number {
  const p = parseDate(d, tz);
  return p.ok && Number.isFinite(p.date.earliest) ? p.date.earliest : 0;
}
