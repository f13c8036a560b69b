import type { DateBound } from "../dates/fuzzy-date.js";
import { entriesOf } from "../model/entries.js";
import type { Chronicle, Event } from "../model/types.js";
import { error, type Issue } from "../schema/issue.js";
import { validateChronicle } from "../schema/validate.js";
import { characterOf, objectField, textField } from "./_fields.js";
import { slugify } from "./slug.js";

/** A TimelineJS3 date object. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

/** A TimelineJS3 slide. */
export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  group?: string;
  unique_id?: string;
  display_date?: string;
  media?: { url?: string; caption?: string; credit?: string };
}

/** A TimelineJS3 document. */
export interface TimelineJsDocument {
  title?: { text?: { headline?: string; text?: string } };
  events: TimelineJsEvent[];
}

/**
 * Writes a chronicle as a TimelineJS3 document: one slide per statement or event,
 * grouped by speaker, dates at their own precision, text HTML-escaped (TimelineJS
 * renders slide text as HTML).
 *
 * @example
 * JSON.stringify(chronicleToTimelineJs(chronicle))
 */
export function chronicleToTimelineJs(chronicle: Chronicle): TimelineJsDocument {
  const names = new Map((chronicle.actors ?? []).map((a) => [a.id, a.name]));
  const tz = chronicle.timezone ?? "UTC";
  const events: TimelineJsEvent[] = [];
  for (const e of entriesOf(chronicle)) {
    const start = e.date.start ?? e.date.end;
    if (!start) continue;
    const s = e.statement;
    const body = [
      s?.quote ? `“${s.quote.text}”` : undefined,
      e.event?.summary,
      s?.conditions?.length
        ? `Conditions: ${s.conditions.map((c) => `${c.kind.replace("_", " ")} ${c.text}`).join("; ")}`
        : undefined,
    ].filter(Boolean) as string[];
    events.push({
      unique_id: e.id,
      start_date: toTjsDate(start, tz, "earliest"),
      ...(e.date.interval && e.date.end && e.date.start ? { end_date: toTjsDate(e.date.end, tz, "latest") } : {}),
      text: {
        headline: escapeHtml(
          e.type === "statement" ? `${names.get(e.speaker as string) ?? e.speaker}: ${e.title}` : e.title,
        ),
        text: body.map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
      },
      group: e.type === "statement" ? (names.get(e.speaker as string) ?? (e.speaker as string)) : "Events",
      display_date: e.date.input,
    });
  }
  return {
    title: { text: { headline: escapeHtml(chronicle.title), text: escapeHtml(chronicle.description ?? "") } },
    events,
  };
}

/**
 * Reads a TimelineJS3 document into a chronicle of events (kind `other`: TimelineJS
 * has no speech acts), keeping headlines, text (as plain text), dates and groups (as tags).
 *
 * @example
 * const result = chronicleFromTimelineJs(JSON.parse(text));
 */
export function chronicleFromTimelineJs(
  doc: unknown,
  options: { title?: string } = {},
): { ok: true; chronicle: Chronicle } | { ok: false; errors: Issue[] } {
  const d = doc as Partial<TimelineJsDocument> | null;
  if (!d || typeof d !== "object" || !Array.isArray(d.events)) {
    return {
      ok: false,
      errors: [
        error(
          "timelinejs",
          ["events"],
          "expected a TimelineJS3 document with an `events` list",
          'e.g. { "events": [{ "start_date": { "year": 2025 }, "text": { "headline": "…" } }] }',
        ),
      ],
    };
  }
  const ids = new Set<string>();
  const errors: Issue[] = [];
  const events: Event[] = [];
  d.events.forEach((slide, i) => {
    const date = fromTjsDates(slide?.start_date, slide?.end_date);
    if (!date) {
      errors.push(
        error(
          "invalid-date",
          ["events", i, "start_date"],
          "expected a start_date with a numeric year (and month, day)",
          'e.g. "start_date": { "year": 2025, "month": 9, "day": 5 }',
        ),
      );
      return;
    }
    // Every field is checked for its type: a numeric headline, a list as text or an
    // object as id is an issue at its path, not a crash (issue 11).
    const at = (...path: Array<string | number>) => ["events", i, ...path];
    const fields = objectField(slide.text, at("text"), errors) ?? {};
    const headline = stripHtml(textField(fields.headline, at("text", "headline"), errors) ?? "") || `Slide ${i + 1}`;
    const text = stripHtml(textField(fields.text, at("text", "text"), errors) ?? "");
    const uniqueId = textField(slide.unique_id, at("unique_id"), errors);
    const group = textField(slide.group, at("group"), errors);
    events.push({
      id: slugify(uniqueId || headline, ids),
      kind: "other",
      title: headline,
      date,
      ...(text ? { summary: text } : {}),
      ...(group ? { tags: [group] } : {}),
    });
  });
  if (errors.length) return { ok: false, errors };
  const heading = (d.title as { text?: { headline?: unknown } } | undefined)?.text?.headline;
  const title =
    options.title ??
    (stripHtml(textField(heading, ["title", "text", "headline"], errors) ?? "") || "TimelineJS import");
  if (errors.length) return { ok: false, errors };
  const chronicle: Chronicle = { briefline: 1, title, events };
  const valid = validateChronicle(chronicle);
  return valid.ok ? { ok: true, chronicle } : { ok: false, errors: valid.errors };
}

function toTjsDate(bound: DateBound, tz: string, side: "earliest" | "latest"): TimelineJsDate {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(new Date(bound[side]));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const out: TimelineJsDate = { year: get("year") };
  if (bound.precision === "year") return out;
  out.month = get("month");
  if (bound.precision === "month") return out;
  out.day = get("day");
  if (bound.precision === "day") return out;
  out.hour = get("hour");
  out.minute = get("minute");
  return out;
}

function fromTjsDates(start: TimelineJsDate | undefined, end: TimelineJsDate | undefined): string | undefined {
  const one = (d: TimelineJsDate | undefined): string | undefined => {
    if (!d || !Number.isInteger(Number(d.year))) return undefined;
    const p2 = (n: unknown) => String(Number(n)).padStart(2, "0");
    let s = String(Number(d.year)).padStart(4, "0");
    if (d.month !== undefined && d.month !== null && String(d.month) !== "") s += `-${p2(d.month)}`;
    else return s;
    if (d.day !== undefined && d.day !== null && String(d.day) !== "") s += `-${p2(d.day)}`;
    else return s;
    if (d.hour !== undefined && d.hour !== null && String(d.hour) !== "") s += `T${p2(d.hour)}:${p2(d.minute ?? 0)}`;
    return s;
  };
  const a = one(start);
  if (!a) return undefined;
  const b = one(end);
  return b && b !== a ? `${a}/${b}` : a;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function stripHtml(s: string): string {
  return s
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => characterOf(Number(n)))
    .replace(/\s+/g, " ")
    .trim();
}
