import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import type { Chronicle } from "@briefline/core";
import { entriesOf } from "@briefline/core";
import { createDocument } from "./document.js";
import { collectBytes } from "./document-output.js";
import { drawChrome } from "./draw/chrome.js";
import { Frame } from "./draw/frame.js";
import { PAPERS } from "./draw/paper.js";
import { createFontSet } from "./fonts/font-set.js";
import type { Context } from "./model/context.js";
import { formatDay, formatRange } from "./model/dates.js";
import { itemDest, Notes } from "./model/notes.js";
import { resolveScope } from "./model/scope.js";
import { BriefingOptionError, type BriefingOptions } from "./options.js";
import { sectionsFor } from "./sections/all.js";
import { itemNumbers } from "./sections/chronology.js";
import { drawCover } from "./sections/cover.js";
import { missingGlyphs } from "./sections/describe.js";
import { beginSection, endSection } from "./sections/section.js";
import { sanitizeText } from "./text/sanitize.js";

/**
 * Renders the briefing on a chronicle as PDF bytes: cover with contents, bottom line
 * up front, what changed, key judgments, trend, timeline chart, threat register,
 * offers, meetings, rejections, chronology, actors, sources and endnotes. Pure but for
 * reading font files. Bad options throw {@link BriefingOptionError}; problems with the
 * data are reported through `onWarning` and never stop the briefing.
 *
 * Returns the bytes with their page count (`pdf.pages`).
 *
 * @example
 * const pdf = await renderBriefing(chronicle, { from: "2025-09-01", paper: "a4", creationDate: new Date("2025-09-06") });
 * await writeFile("briefing.pdf", pdf);
 * console.log(`${pdf.pages} pages`);
 */
export async function renderBriefing(chronicle: Chronicle, options: BriefingOptions = {}): Promise<BriefingBytes> {
  const doc = prepare(chronicle, options);
  let pages = 0;
  doc.doc.on("pageAdded", () => {
    pages++;
  });
  const bytes = collectBytes(doc.doc);
  await doc.draw();
  return Object.assign(await bytes, { pages });
}

/** The PDF's bytes, with the number of pages they hold (callers need not parse the PDF to say it). */
export type BriefingBytes = Uint8Array & { readonly pages: number };

/**
 * The briefing as a readable stream of PDF bytes, for piping to a response or a
 * file. Option errors throw at once; a failure while drawing destroys the stream.
 *
 * @example
 * renderBriefingStream(chronicle, { paper: "letter" }).pipe(createWriteStream("briefing.pdf"));
 */
export function renderBriefingStream(chronicle: Chronicle, options: BriefingOptions = {}): Readable {
  const doc = prepare(chronicle, options);
  doc.draw().catch((error: Error) => doc.doc.destroy(error));
  return doc.doc;
}

function prepare(given: Chronicle, options: BriefingOptions) {
  // A chronicle that did not go through validation may name a time zone that does
  // not exist; every date would then throw. It is briefed in UTC, with a warning.
  const badZone = given.timezone !== undefined && !isTimeZone(given.timezone);
  const chronicle: Chronicle = badZone ? { ...given, timezone: "UTC" } : given;
  const scope = resolveScope(chronicle, options);
  const fonts = fontSetOf(options.fonts ?? []);
  const paper = PAPERS[options.paper ?? "a4"];
  if (!paper) throw new BriefingOptionError(`unknown paper "${options.paper}"`, "use a4 or letter");
  const tz = chronicle.timezone ?? "UTC";
  const title = sanitizeText(options.title ?? chronicle.title) || "Briefing";
  const marking = sanitizeText(options.marking ?? chronicle.briefing?.marking ?? "UNCLASSIFIED") || "UNCLASSIFIED";
  const issued = options.creationDate ?? new Date();
  const period = scope.dated ? formatRange(scope.from, scope.to, tz) : "no dated items";
  const actors = new Map((chronicle.actors ?? []).map((a) => [a.id, a]));
  const doc = createDocument(fonts, {
    title,
    author: sanitizeText(chronicle.briefing?.author ?? "") || "Briefline",
    subject: `Briefing on statements and actions, ${period}`,
    keywords: keywordsOf(
      scope.entries.map((e) => e.speaker ?? ""),
      actors,
      scope.kinds,
    ),
    creationDate: issued,
    language: options.language ?? "en",
    tagged: options.tagged ?? false,
    size: [paper.width, paper.height],
  });
  const frame = new Frame(doc, fonts, paper, options.tagged ?? false);
  const seen = new Set<string>();
  const byId = new Map(entriesOf(chronicle).map((e) => [e.id, e]));
  const shown = new Set(scope.entries.map((e) => e.id));
  const numbers = itemNumbers(scope.entries, tz);
  const sections = sectionsFor(options.previous !== undefined);
  let done = 0;
  let total = 1;
  const ctx: Context = {
    chronicle,
    frame,
    scope,
    tz,
    title,
    marking,
    issued,
    ...(options.previous ? { previous: options.previous } : {}),
    notes: new Notes(),
    toc: [],
    outline: null,
    actors,
    sources: new Map((chronicle.sources ?? []).map((s) => [s.id, s])),
    byId,
    shown,
    itemNumber: (id) => numbers.get(id),
    name: (id) => sanitizeText(actors.get(id)?.name ?? id),
    itemLink: (id) => (shown.has(id) ? { dest: itemDest(id) } : undefined),
    warn(message) {
      if (seen.has(message)) return;
      seen.add(message);
      options.onWarning?.(message);
    },
    chart(title, layout) {
      options.onChart?.({ title, layout });
    },
    step(units = 1) {
      done = Math.min(total, done + units);
      options.onProgress?.(done, total);
    },
  };
  if (badZone)
    ctx.warn(`unknown time zone "${sanitizeText(String(given.timezone)).slice(0, 80)}"; dates are given in UTC`);
  warnAboutScope(ctx);
  total = 2 + sections.reduce((n, s) => n + (s.units?.(ctx) ?? 1), 0);

  const draw = async () => {
    const fillContents = drawCover(ctx, sections.length);
    ctx.step();
    for (const [i, section] of sections.entries()) {
      beginSection(ctx, section, i + 1);
      await section.draw(ctx);
      endSection(ctx);
      if (!section.units) ctx.step();
      await new Promise((resolve) => setImmediate(resolve));
    }
    fillContents();
    drawChrome(frame, { title, marking, footer: `Issued ${formatDay(issued.getTime(), tz)} · Briefline` });
    for (const [where, chars] of frame.missing) ctx.warn(missingGlyphs(where, chars));
    ctx.step();
    doc.end();
  };
  return { doc, draw };
}

function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== "string") return false;
  if (zone === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function fontSetOf(fonts: ReadonlyArray<Uint8Array | string>) {
  const bytes = loadFonts(fonts);
  try {
    return createFontSet(bytes);
  } catch (error) {
    throw new BriefingOptionError((error as Error).message, "give a single .ttf or .otf font file");
  }
}

function loadFonts(fonts: ReadonlyArray<Uint8Array | string>): Uint8Array[] {
  return fonts.map((font) => {
    if (typeof font !== "string") return font;
    try {
      return new Uint8Array(readFileSync(font));
    } catch (error) {
      throw new BriefingOptionError(
        `cannot read font ${font} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
        "give the path of a .ttf or .otf file",
      );
    }
  });
}

function warnAboutScope(ctx: Context): void {
  const { scope } = ctx;
  if (scope.empty) {
    const period = scope.dated ? ` between ${formatRange(scope.from, scope.to, ctx.tz)}` : "";
    ctx.warn(`no statements or events${period} pass the filters; the briefing says so in each section`);
  }
  for (const id of scope.actors) {
    if (!scope.entries.some((e) => e.speaker === id))
      ctx.warn(`${ctx.name(id)} (${id}) made no statements in the period`);
  }
  if ((ctx.chronicle.judgments ?? []).length === 0)
    ctx.warn("the chronicle has no key judgments; that section says so");
}

function keywordsOf(speakers: string[], actors: Map<string, { name: string }>, kinds: string[]): string {
  const counts = new Map<string, number>();
  for (const s of speakers) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  const top = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([id]) => actors.get(id)?.name ?? id);
  return ["briefing", "crisis statements", ...top, ...kinds].map((k) => sanitizeText(k)).join(", ");
}
