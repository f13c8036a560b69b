import type { Actor, Chronicle, Event, Relation, Source, Statement } from "@briefline/core";
import type { ActorRecord, ActorStore } from "./actors/store.js";
import type { Dating } from "./dating.js";
import type { FoundEvent } from "./events/detect.js";
import { slugify, uniqueIds } from "./ids.js";
import type { FoundStatement } from "./statements/found.js";
import type { CandidateInfo, ExtractOptions } from "./types.js";

interface Input {
  text: string;
  statements: FoundStatement[];
  events: FoundEvent[];
  when: Dating;
  store: ActorStore;
  options: ExtractOptions;
  published: string | undefined;
}

const LINKABLE = new Set(["forum", "summit", "speech"]);

/** Turns what was read into a chronicle of candidates with ids, a source record and relations. */
export function assemble(input: Input): { chronicle: Chronicle; candidates: CandidateInfo[]; warnings: string[] } {
  const { store, options } = input;
  const base = options.chronicle;
  const taken = [
    ...(base?.actors ?? []),
    ...(base?.sources ?? []),
    ...(base?.events ?? []),
    ...(base?.statements ?? []),
  ].map((x) => x.id);
  const nextId = uniqueIds(taken);
  const actorIds = new Map<string, string>();
  const actors: Actor[] = [];
  const actorId = (key: string): string => {
    const known = actorIds.get(key);
    if (known) return known;
    const record = store.records.get(key) as ActorRecord;
    const id = record.existing ? record.existing.id : nextId(actorSlug(record));
    actorIds.set(key, id);
    actors.push(record.existing ?? toActor(record, id));
    return id;
  };
  const source = toSource(input, nextId);
  const candidates: CandidateInfo[] = [];
  const events = dedupeEvents(input.events, input.when);
  const eventIds = new Map<FoundEvent, string>();
  const outEvents: Event[] = events.map((e) => {
    const id = nextId(slugify(e.named ? e.title : `${e.title}`));
    eventIds.set(e, id);
    const date = input.when.events.get(e) ?? input.published ?? "..";
    const participants = e.participants.map(actorId);
    const defaulted = input.when.defaulted.has(e);
    candidates.push({
      id,
      type: "event",
      spans: [[e.sentence.start, e.sentence.end]],
      confidence: e.confidence,
      dateDefaulted: defaulted,
    });
    return {
      id,
      kind: e.kind,
      title: e.title,
      date,
      ...(e.location ? { location: { name: e.location } } : {}),
      ...(participants.length ? { participants } : {}),
      status: "candidate" as const,
      sources: [
        { source: source.id, excerpt: squash(e.sentence.text), locator: locator(e.sentence.start, e.sentence.end) },
      ],
      tags: defaulted ? ["extracted", "date-defaulted"] : ["extracted"],
      notes: notesOf(e.confidence, [input.when.notes.get(e)]),
    };
  });
  const statementIds = new Map<FoundStatement, string>();
  for (const s of input.statements) {
    const id = nextId(`${actorId(s.speaker)}-${s.kind}`);
    statementIds.set(s, id);
    for (const r of s.repeats) statementIds.set(r, id);
  }
  const outStatements: Statement[] = input.statements.map((s) => {
    const id = statementIds.get(s) as string;
    const date = input.when.statements.get(s) ?? input.published ?? "..";
    const defaulted = input.when.defaulted.has(s);
    const at = eventFor(s, events, input.when, date);
    const all = [s, ...s.repeats];
    const notes = notesOf(s.confidence, [...s.notes, input.when.notes.get(s)]);
    candidates.push({
      id,
      type: "statement",
      spans: all.map((x) => [x.sentence.start, x.sentence.end]),
      confidence: s.confidence,
      dateDefaulted: defaulted,
    });
    const targets = s.targets.map(actorId);
    return {
      id,
      kind: s.kind,
      speaker: actorId(s.speaker),
      ...(targets.length ? { targets } : {}),
      date,
      ...(at ? { at: eventIds.get(at) as string } : {}),
      title: s.title,
      summary: s.summary,
      ...(s.quote ? { quote: { text: s.quote, verbatim: true, language: options.source?.language ?? "en" } } : {}),
      ...(s.conditions.length ? { conditions: s.conditions.map((c) => ({ kind: c.kind, text: c.text })) } : {}),
      coding: s.coding,
      status: "candidate" as const,
      sources: uniqueSpans(all).map((x) => ({
        source: source.id,
        excerpt: squash(x.sentence.text),
        locator: locator(x.sentence.start, x.sentence.end),
      })),
      tags: defaulted ? ["extracted", "date-defaulted"] : ["extracted"],
      notes,
    };
  });
  const relations: Relation[] = [];
  for (const s of input.statements) {
    if (!s.answers) continue;
    const from = statementIds.get(s);
    const to = statementIds.get(s.answers.to);
    if (from && to && from !== to && !relations.some((r) => r.from === from && r.to === to))
      relations.push({ type: s.answers.type, from, to, note: "candidate: proposed by briefline extract" });
  }
  const chronicle: Chronicle = {
    briefline: 1,
    title: `Candidates from ${source.title}`,
    actors,
    sources: [source],
    ...(outEvents.length ? { events: outEvents } : {}),
    ...(outStatements.length ? { statements: outStatements } : {}),
    ...(relations.length ? { relations } : {}),
  };
  return { chronicle, candidates, warnings: [] };
}

function actorSlug(r: ActorRecord): string {
  if (r.type === "person" && !r.key.startsWith("role:")) {
    const last =
      r.name
        .split(" ")
        .filter((w) => !/^(jr|sr)\.?$/i.test(w))
        .pop() ?? r.name;
    // "Kim Jong Un", "Kim Yo Jong", "Kim Yo-jong": in a name whose family name comes
    // first (a short first word, then two given-name parts or a hyphenated one), the last
    // word is not the family name; keep the whole name.
    const parts = r.name.split(" ");
    const familyFirst = (parts[0]?.length ?? 9) <= 3 && (parts.length >= 3 || /-/.test(last));
    return slugify(last.length <= 3 || familyFirst ? r.name : last);
  }
  return slugify(r.name);
}

function toActor(r: ActorRecord, id: string): Actor {
  const aliases = [...r.forms].filter((f) => f !== r.name && !f.includes(r.name) && f.length > 1);
  if (r.title && r.type === "person" && r.title !== r.name && /\s/.test(r.title) && !aliases.includes(r.title))
    aliases.push(r.title);
  return {
    id,
    name: r.name,
    ...(aliases.length ? { aliases: [...new Set(aliases)] } : {}),
    type: r.type,
    ...(r.country && /^[A-Z]{3}$/.test(r.country) ? { country: r.country } : {}),
    ...(r.title && r.type === "person" ? { title: r.title } : {}),
  };
}

function toSource(input: Input, nextId: (w: string) => string): Source {
  const meta = input.options.source ?? {};
  const title = meta.title ?? "Untitled article";
  return {
    id: meta.id ?? nextId(slugify(`${meta.publisher ?? "src"}-${meta.published ?? ""}-${title}`, 50)),
    title,
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    language: meta.language ?? "en",
    notes: "Added by briefline extract; statements and events citing it are candidates to review.",
  };
}

/** "confidence 0.80; date: …": what `candidateInfo` reads back, then the reader's remarks. */
function notesOf(confidence: number, remarks: Array<string | undefined>): string {
  return [`confidence ${confidence.toFixed(2)}`, ...remarks].filter(Boolean).join("; ");
}

function locator(start: number, end: number): string {
  return `chars ${start}-${end}`;
}

function uniqueSpans(all: FoundStatement[]): FoundStatement[] {
  return all.filter((s, n) => all.findIndex((x) => x.sentence === s.sentence) === n);
}

/** Events named twice (the same forum, the same meeting) become one. */
function dedupeEvents(events: FoundEvent[], when: Dating): FoundEvent[] {
  const out: FoundEvent[] = [];
  const hasNamed = events.some((e) => e.named);
  for (const e of events) {
    if (e.kind === "speech" && !e.named && hasNamed) continue;
    const same = out.find(
      (o) =>
        o.kind === e.kind &&
        when.events.get(o) === when.events.get(e) &&
        (o.title === e.title || sameSet(o.participants, e.participants)),
    );
    if (same) {
      for (const p of e.participants) if (!same.participants.includes(p)) same.participants.push(p);
      continue;
    }
    out.push(e);
  }
  return out;
}

const sameSet = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && a.every((x) => b.includes(x));

/** The gathering a statement was made at: a forum, summit or speech of its speaker on its date, told of nearby. */
function eventFor(s: FoundStatement, events: FoundEvent[], when: Dating, date: string): FoundEvent | undefined {
  return events.find(
    (e) =>
      LINKABLE.has(e.kind) &&
      e.participants.includes(s.speaker) &&
      (when.events.get(e) === date || when.defaulted.has(e)) &&
      Math.abs(e.sentence.paragraph - s.sentence.paragraph) <= 1,
  );
}

// Markdown turned to text keeps offsets by blanking markup; excerpts read better without the gaps.
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
