import { intensityOf } from "../coding/defaults.js";
import { compareDates } from "../dates/compare.js";
import type { FuzzyDate } from "../dates/fuzzy-date.js";
import { parseDate } from "../dates/parse-date.js";
import type { Chronicle, Event, Statement } from "./types.js";
import type { EventKind, StatementKind, Status } from "./vocabulary.js";

/**
 * A statement or an event seen uniformly, with its date parsed and its effective values
 * (status, intensity) filled in: what queries, layouts and reports work on.
 */
export interface Entry {
  id: string;
  type: "statement" | "event";
  kind: StatementKind | EventKind;
  date: FuzzyDate;
  /** The speaker of a statement; undefined for events. */
  speaker?: string;
  /** Targets of a statement, participants of an event. */
  targets: string[];
  /** Every actor involved: speaker, targets, participants. */
  actors: string[];
  title: string;
  status: Status;
  intensity: number;
  tags: string[];
  statement?: Statement;
  event?: Event;
}

const cache = new WeakMap<Chronicle, Entry[]>();

/**
 * Every statement and event of a chronicle as entries, in date order. Computed once
 * per chronicle object and cached; dates that do not parse are left out (validation
 * reports them).
 *
 * @example
 * entriesOf(chronicle).filter((e) => e.kind === "threat").length
 */
export function entriesOf(chronicle: Chronicle): Entry[] {
  let entries = cache.get(chronicle);
  if (entries) return entries;
  const tz = chronicle.timezone ?? "UTC";
  entries = [];
  for (const event of chronicle.events ?? []) {
    const date = parseDate(event.date, tz);
    if (!date.ok) continue;
    const participants = event.participants ?? [];
    entries.push({
      id: event.id,
      type: "event",
      kind: event.kind,
      date: date.date,
      // Every entry has the same fields in the same order: one hidden class keeps
      // filters over a million entries fast.
      speaker: undefined,
      targets: participants,
      actors: participants,
      title: event.title,
      status: event.status ?? "confirmed",
      intensity: intensityOf(event),
      tags: event.tags ?? [],
      statement: undefined,
      event,
    });
  }
  for (const statement of chronicle.statements ?? []) {
    const date = parseDate(statement.date, tz);
    if (!date.ok) continue;
    const targets = statement.targets ?? [];
    entries.push({
      id: statement.id,
      type: "statement",
      kind: statement.kind,
      date: date.date,
      speaker: statement.speaker,
      targets,
      actors: [statement.speaker].concat(targets),
      title: statement.summary,
      status: statement.status ?? "confirmed",
      intensity: intensityOf(statement),
      tags: statement.tags ?? [],
      statement,
      event: undefined,
    });
  }
  entries.sort((a, b) => compareDates(a.date, b.date) || (a.type === b.type ? 0 : a.type === "event" ? -1 : 1));
  cache.set(chronicle, entries);
  let maxSpan = 0;
  for (const e of entries) maxSpan = Math.max(maxSpan, e.date.latest - e.date.earliest);
  sortedIndex.set(entries, { maxSpan });
  return entries;
}

const sortedIndex = new WeakMap<readonly Entry[], { maxSpan: number }>();

/**
 * For a list made by {@link entriesOf} (sorted by earliest instant), the longest date
 * span in it, so a date filter can binary-search instead of scanning; undefined for
 * any other list.
 */
export function sortedSpan(entries: readonly Entry[]): { maxSpan: number } | undefined {
  return sortedIndex.get(entries);
}
