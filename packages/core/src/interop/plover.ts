import { codingOf } from "../coding/defaults.js";
import { isPloverContext, isPloverEvent, isPloverMode, type PloverEvent } from "../coding/plover.js";
import { type Entry, entriesOf } from "../model/entries.js";
import type { Actor, Chronicle, Source } from "../model/types.js";
import { type PloverActor, ploverActor, quadCode } from "./_plover-parts.js";

/**
 * One PLOVER event record, with the field names of the PLOVER manual's "JSON Data
 * Fields" chapter (openeventdata/PLOVER, PLOVER_MANUAL.tex, draft 0.7b1). `cameo`,
 * `date_precision` and `briefline_id` are named additions, which the manual allows.
 */
export interface PloverRecord {
  id: string;
  date: string;
  time?: string;
  enddate?: string;
  source: PloverActor[];
  recipient?: PloverActor[];
  event: PloverEvent[];
  mode?: string[];
  context?: string[];
  event_loc?: { name: string; latitude?: number; longitude?: number; cc3?: string };
  event_text?: string[];
  quad_code: 1 | 2 | 3 | 4;
  event_scale: number;
  text?: string;
  cite_info?: Array<{ title: string; url?: string; publication?: string; citation?: string }>;
  comment?: string;
  cameo?: string;
  date_precision: string;
}

/** The records, and the items PLOVER has no event type for (appeals, comments). */
export interface PloverExport {
  records: PloverRecord[];
  skipped: Array<{ id: string; reason: string }>;
}

/**
 * Exports statements and events as PLOVER records, one per item: the speaker (or side A
 * of an event) as `source`, the targets (or side B) as `recipient`; an event without
 * sides has every participant as a source, as the manual codes meetings and two-sided
 * fighting. The event type comes from the CAMEO code through CAMEO2PLOVER when the item
 * is coded, from its kind otherwise; modes and contexts are kept only where the manual
 * lists them. Items PLOVER does not code (appeals, comments: CAMEO 01 and 02) are skipped
 * and listed.
 *
 * @example
 * const { records } = ploverExport(chronicle);
 * records.filter((r) => r.event.includes("THREATEN"));
 */
export function ploverExport(chronicle: Chronicle): PloverExport {
  const actors = new Map<string, Actor>((chronicle.actors ?? []).map((a) => [a.id, a]));
  const sources = new Map<string, Source>((chronicle.sources ?? []).map((s) => [s.id, s]));
  const records: PloverRecord[] = [];
  const skipped: PloverExport["skipped"] = [];
  for (const e of entriesOf(chronicle)) {
    const item = e.statement ?? e.event;
    if (!item) continue;
    if (!Number.isFinite(e.date.earliest)) {
      skipped.push({ id: e.id, reason: "its date has an open start; PLOVER needs a date" });
      continue;
    }
    const coding = codingOf(item);
    const event = coding.plover?.event;
    if (!event || !isPloverEvent(event)) {
      skipped.push({ id: e.id, reason: `PLOVER has no event type for a ${e.kind} (CAMEO ${coding.cameo ?? "none"})` });
      continue;
    }
    const mode =
      coding.plover?.mode !== undefined && isPloverMode(event, coding.plover.mode) ? [coding.plover.mode] : [];
    const context = (coding.plover?.context ?? []).filter(isPloverContext);
    const [from, to] = dyad(e);
    const refs = (item.sources ?? []).flatMap((r) => sources.get(r.source) ?? []);
    const loc = e.event?.location;
    records.push({
      id: e.id,
      ...dates(e),
      source: from.map((id) => ploverActor(id, actors.get(id))),
      ...(to.length ? { recipient: to.map((id) => ploverActor(id, actors.get(id))) } : {}),
      event: [event],
      ...(mode.length ? { mode } : {}),
      ...(context.length ? { context } : {}),
      ...(loc
        ? {
            event_loc: {
              name: loc.name,
              ...(loc.lat !== undefined ? { latitude: loc.lat } : {}),
              ...(loc.lon !== undefined ? { longitude: loc.lon } : {}),
              ...(loc.country ? { cc3: loc.country } : {}),
            },
          }
        : {}),
      event_text: [e.statement?.summary ?? e.title],
      quad_code: quadCode(event),
      event_scale: e.intensity,
      ...(e.statement?.quote ? { text: e.statement.quote.text } : {}),
      ...(refs.length
        ? {
            cite_info: refs.map((s) => ({
              title: s.title,
              ...(s.url ? { url: s.url } : {}),
              ...(s.publisher ? { publication: s.publisher } : {}),
            })),
          }
        : {}),
      ...(item.notes ? { comment: item.notes } : {}),
      ...(coding.cameo ? { cameo: coding.cameo } : {}),
      date_precision: e.date.precision,
    });
  }
  return { records, skipped };
}

/**
 * The PLOVER records of a chronicle (see `ploverExport`), without the list of skipped items.
 *
 * @example
 * chronicleToPlover(chronicle).filter((r) => r.event.includes("THREATEN"))
 */
export function chronicleToPlover(chronicle: Chronicle): PloverRecord[] {
  return ploverExport(chronicle).records;
}

/**
 * PLOVER records as JSON Lines, the exchange form the manual suggests: one record per line.
 *
 * @example
 * formatPloverJsonl(chronicleToPlover(chronicle)).split("\n").length
 */
export function formatPloverJsonl(records: readonly PloverRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join("");
}

/** Who acts and who is acted upon. */
function dyad(e: Entry): [string[], string[]] {
  if (e.speaker) return [[e.speaker], e.targets.filter((t) => t !== e.speaker)];
  const sides = e.event?.sides;
  if (sides?.a.length) return [sides.a, sides.b ?? []];
  return [e.targets, []];
}

function dates(e: Entry): { date: string; time?: string; enddate?: string } {
  const start = new Date(e.date.earliest).toISOString();
  const date = start.slice(0, 10);
  const time = e.date.precision === "minute" || e.date.precision === "second" ? `${start.slice(11, 19)}Z` : undefined;
  // A month, a year or an interval spans days: its last day is the record's enddate.
  const last = Number.isFinite(e.date.latest) ? new Date(e.date.latest).toISOString().slice(0, 10) : undefined;
  return { date, ...(time ? { time } : {}), ...(last && last !== date ? { enddate: last } : {}) };
}
