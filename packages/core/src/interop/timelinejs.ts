import { parseDate } from "../dates/parse-date.js";
import { entriesOf } from "../model/entries.js";
import type { Chronicle, ChroniclePeriod, Event, Media, Source } from "../model/types.js";
import { error, type Issue } from "../schema/issue.js";
import { validateChronicle } from "../schema/validate.js";
import { objectField, textField } from "./_fields.js";
import { escapeHtml, htmlToMarkdown, htmlToText, markdownToHtml } from "./_html.js";
import { dateInWords, edtfOfTjsDate, millisecondOf, type TimelineJsDate, tjsDateOf } from "./_tjs-dates.js";
import { slugify } from "./slug.js";

export type { TimelineJsDate } from "./_tjs-dates.js";

/** TimelineJS3 slide media. */
export interface TimelineJsMedia {
  url: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
}

/** A TimelineJS3 slide (also the shape of an era, which uses only dates and text). */
export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  group?: string;
  unique_id?: string;
  display_date?: string;
  media?: TimelineJsMedia;
  background?: { url?: string; color?: string; opacity?: string | number };
  autolink?: boolean;
}

/** A TimelineJS3 document. */
export interface TimelineJsDocument {
  title?: Partial<TimelineJsEvent>;
  events: TimelineJsEvent[];
  eras?: TimelineJsEvent[];
  scale?: "human" | "cosmological";
}

// Sources go out as the last paragraph of a slide, marked so that an import reads them back.
const SOURCES_CLASS = "briefline-sources";

/**
 * Writes a chronicle as a TimelineJS3 document: one slide per statement or event,
 * grouped by speaker (events by their imported group, else "Events"), dates at their
 * own precision (seconds and years before 1 CE included), `display_date` in words,
 * Markdown text as HTML, media and background images, sources as credits, the
 * chronicle's periods as eras, and its own media on the title slide.
 *
 * @example
 * JSON.stringify(chronicleToTimelineJs(chronicle))
 */
export function chronicleToTimelineJs(chronicle: Chronicle): TimelineJsDocument {
  const names = new Map((chronicle.actors ?? []).map((a) => [a.id, a.name]));
  const sources = new Map((chronicle.sources ?? []).map((s) => [s.id, s]));
  const tz = chronicle.timezone ?? "UTC";
  const events: TimelineJsEvent[] = [];
  for (const e of entriesOf(chronicle)) {
    const start = e.date.start ?? e.date.end;
    if (!start) continue;
    const item = e.statement ?? e.event;
    const s = e.statement;
    const refs = (item?.sources ?? []).flatMap((r) => sources.get(r.source) ?? []);
    const body = [
      s?.quote ? markdownToHtml(`“${s.quote.text}”`) : undefined,
      e.event?.summary ? markdownToHtml(e.event.summary) : undefined,
      s?.conditions?.length
        ? markdownToHtml(`Conditions: ${s.conditions.map((c) => `${c.kind.replace("_", " ")} ${c.text}`).join("; ")}`)
        : undefined,
      refs.length ? `<p class="${SOURCES_CLASS}">Sources: ${refs.map(sourceLink).join("; ")}</p>` : undefined,
    ].filter(Boolean);
    const media = item?.media?.find((m) => m.role !== "background");
    const background = item?.media?.find((m) => m.role === "background");
    const group = e.event?.attributes?.group;
    const ms = (date: TimelineJsDate, key: string) => {
      const v = e.event?.attributes?.[key];
      return typeof v === "number" && date.second !== undefined ? { ...date, millisecond: v } : date;
    };
    events.push({
      unique_id: e.id,
      start_date: ms(tjsDateOf(start, tz, "earliest"), "millisecond"),
      ...(e.date.interval && e.date.end && e.date.start
        ? { end_date: ms(tjsDateOf(e.date.end, tz, "latest"), "end_millisecond") }
        : {}),
      display_date: dateInWords(e.date, tz),
      text: {
        headline: escapeHtml(
          e.type === "statement" ? `${names.get(e.speaker as string) ?? e.speaker}: ${e.title}` : e.title,
        ),
        text: body.join(""),
      },
      group:
        e.type === "statement"
          ? (names.get(e.speaker as string) ?? (e.speaker as string))
          : typeof group === "string"
            ? group
            : "Events",
      ...(media ? { media: tjsMedia(media, refs) } : {}),
      ...(background ? { background: backgroundOf(background, e.event) } : {}),
    });
  }
  const eras = (chronicle.periods ?? []).flatMap((p) => eraOf(p, tz));
  const titleMedia = chronicle.media?.find((m) => m.role !== "background");
  const titleBackground = chronicle.media?.find((m) => m.role === "background");
  return {
    title: {
      text: { headline: escapeHtml(chronicle.title), text: markdownToHtml(chronicle.description ?? "") },
      ...(titleMedia ? { media: tjsMedia(titleMedia, []) } : {}),
      ...(titleBackground ? { background: { url: titleBackground.url } } : {}),
    },
    events,
    ...(eras.length ? { eras } : {}),
  };
}

/**
 * Reads a TimelineJS3 document into a chronicle of events (kind `other`: TimelineJS has
 * no speech acts). Kept: headlines (entities decoded), text as Markdown (links, bold,
 * paragraphs), dates with seconds and years before 1 CE, media and background images,
 * groups (as a tag and `attributes.group`), `display_date` and milliseconds (in attributes), eras (as
 * periods), the title slide's media and background image (as the chronicle's `media`) and
 * the sources this module writes.
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
  const sources = new Map<string, Source>();
  d.events.forEach((slide, i) => {
    const date = datesOf(slide, ["events", i], errors);
    if (!date) return;
    // Every field is checked for its type: a numeric headline, a list as text or an
    // object as id is an issue at its path, not a crash (issue 11).
    const at = (...path: Array<string | number>) => ["events", i, ...path];
    const fields = objectField(slide.text, at("text"), errors) ?? {};
    const headline = htmlToText(textField(fields.headline, at("text", "headline"), errors) ?? "") || `Slide ${i + 1}`;
    const [html, cited] = splitSources(textField(fields.text, at("text", "text"), errors) ?? "");
    const uniqueId = textField(slide.unique_id, at("unique_id"), errors);
    const group = textField(slide.group, at("group"), errors);
    const text = htmlToMarkdown(html);
    const refs = cited.map((c) => {
      const key = c.url ?? c.title;
      if (!sources.has(key)) sources.set(key, { id: slugify(c.title, ids), ...c });
      return { source: (sources.get(key) as Source).id };
    });
    const media = mediaOf(slide);
    const attributes: Record<string, string | number | boolean> = {
      ...(group ? { group } : {}),
      ...(slide.display_date ? { display_date: slide.display_date } : {}),
      ...(slide.background?.color ? { background_color: slide.background.color } : {}),
      ...(slide.background?.opacity !== undefined ? { background_opacity: Number(slide.background.opacity) } : {}),
      ...(slide.autolink !== undefined ? { autolink: slide.autolink } : {}),
      ...optional("millisecond", millisecondOf(slide.start_date)),
      ...optional("end_millisecond", millisecondOf(slide.end_date)),
    };
    events.push({
      id: slugify(uniqueId || headline, ids),
      kind: "other",
      title: headline,
      date,
      ...(text ? { summary: text } : {}),
      ...(media.length ? { media } : {}),
      ...(refs.length ? { sources: refs } : {}),
      ...(group ? { tags: [group] } : {}),
      ...(Object.keys(attributes).length ? { attributes } : {}),
    });
  });
  const periods: ChroniclePeriod[] = [];
  (d.eras ?? []).forEach((era, i) => {
    const date = datesOf(era, ["eras", i], errors);
    if (!date) return;
    const text = htmlToMarkdown(era.text?.text ?? "");
    periods.push({ title: htmlToText(era.text?.headline ?? "") || `Era ${i + 1}`, date, ...(text ? { text } : {}) });
  });
  if (errors.length) return { ok: false, errors };
  const heading = (d.title as { text?: { headline?: unknown } } | undefined)?.text?.headline;
  const title =
    options.title ??
    (htmlToText(textField(heading, ["title", "text", "headline"], errors) ?? "") || "TimelineJS import");
  if (errors.length) return { ok: false, errors };
  const description = htmlToMarkdown(d.title?.text?.text ?? "");
  // The title slide's media and background image belong to the chronicle as a whole.
  const titleMedia = d.title && typeof d.title === "object" ? mediaOf(d.title as TimelineJsEvent) : [];
  const chronicle: Chronicle = {
    briefline: 1,
    title,
    ...(description ? { description } : {}),
    ...(titleMedia.length ? { media: titleMedia } : {}),
    ...(sources.size ? { sources: [...sources.values()] } : {}),
    events,
    ...(periods.length ? { periods } : {}),
  };
  const valid = validateChronicle(chronicle);
  return valid.ok ? { ok: true, chronicle } : { ok: false, errors: valid.errors };
}

const optional = (key: string, value: number | undefined) => (value === undefined ? {} : { [key]: value });

function datesOf(slide: Partial<TimelineJsEvent>, path: Array<string | number>, errors: Issue[]): string | undefined {
  const start = edtfOfTjsDate(slide?.start_date);
  const end = edtfOfTjsDate(slide?.end_date);
  for (const [field, r] of [
    ["start_date", start],
    ["end_date", end],
  ] as const) {
    if (r && "problem" in r) {
      errors.push(
        error("invalid-date", [...path, field, "year"], r.problem, "TimelineJS years run from -9999 to 9999 here"),
      );
      return undefined;
    }
  }
  if (!start || !("edtf" in start)) {
    errors.push(
      error(
        "invalid-date",
        [...path, "start_date"],
        "expected a start_date with a numeric year (and month, day)",
        'e.g. "start_date": { "year": 2025, "month": 9, "day": 5 }',
      ),
    );
    return undefined;
  }
  const b = end && "edtf" in end ? end.edtf : undefined;
  return b && b !== start.edtf ? `${start.edtf}/${b}` : start.edtf;
}

function mediaOf(slide: TimelineJsEvent): Media[] {
  const out: Media[] = [];
  const m = slide.media;
  if (m?.url) {
    out.push({
      url: m.url,
      ...(m.caption ? { caption: htmlToMarkdown(m.caption) } : {}),
      ...(m.credit ? { credit: htmlToMarkdown(m.credit) } : {}),
      ...(m.thumbnail ? { thumbnail: m.thumbnail } : {}),
      ...(m.alt ? { alt: m.alt } : {}),
    });
  }
  if (slide.background?.url) out.push({ url: slide.background.url, role: "background" });
  return out;
}

function tjsMedia(m: Media, refs: readonly Source[]): TimelineJsMedia {
  const credit = m.credit ?? (refs.length ? refs.map((s) => s.publisher ?? s.title).join("; ") : undefined);
  return {
    url: m.url,
    ...(m.caption ? { caption: markdownToHtml(m.caption) } : {}),
    ...(credit ? { credit: escapeHtml(credit) } : {}),
    ...(m.thumbnail ? { thumbnail: m.thumbnail } : {}),
    ...(m.alt ? { alt: m.alt } : {}),
  };
}

function backgroundOf(m: Media, event: Event | undefined): NonNullable<TimelineJsEvent["background"]> {
  const color = event?.attributes?.background_color;
  const opacity = event?.attributes?.background_opacity;
  return {
    url: m.url,
    ...(typeof color === "string" ? { color } : {}),
    ...(typeof opacity === "number" ? { opacity: String(opacity) } : {}),
  };
}

function eraOf(p: ChroniclePeriod, tz: string): TimelineJsEvent[] {
  const parsed = parseDate(p.date, tz);
  if (!parsed.ok) return [];
  const { start, end } = parsed.date;
  const from = start ?? end;
  if (!from) return [];
  return [
    {
      start_date: tjsDateOf(from, tz, "earliest"),
      end_date: tjsDateOf(end ?? from, tz, "latest"),
      text: { headline: escapeHtml(p.title), ...(p.text ? { text: markdownToHtml(p.text) } : {}) },
    },
  ];
}

function sourceLink(s: Source): string {
  const label = escapeHtml(s.publisher ?? s.title);
  return s.url ? `<a href="${escapeHtml(s.url)}">${label}</a>` : label;
}

/** The slide text without the sources paragraph, and the sources in it. */
function splitSources(html: string): [string, Array<{ title: string; url?: string; publisher?: string }>] {
  const match = new RegExp(`<p class="${SOURCES_CLASS}">Sources: (.*?)</p>`).exec(html);
  if (!match) return [html, []];
  const cited = (match[1] ?? "").split("; ").map((part) => {
    const link = /<a href="([^"]*)">(.*?)<\/a>/.exec(part);
    const title = htmlToText(link ? (link[2] ?? "") : part);
    return link ? { title, publisher: title, url: htmlToText(link[1] ?? "") } : { title, publisher: title };
  });
  return [html.replace(match[0], ""), cited];
}
