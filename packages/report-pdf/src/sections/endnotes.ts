import { CREDIBILITY_LABELS, formatFuzzy, parseDate, RELIABILITY_LABELS, type SourceRef } from "@briefline/core";
import { heightOf } from "../draw/frame.js";
import { INK, STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import { noteDest, refDest } from "../model/notes.js";
import type { Line, Span } from "../text/types.js";
import { clip, itemRef } from "./describe.js";
import { emptyNote, type Section, span } from "./section.js";
import { safeUrl } from "./urls.js";

const GUTTER = 26;

/**
 * Endnotes, numbered in the order the chronology cites them: for each item, every
 * source with publisher, title, date, address, the Admiralty grades of the source and
 * of this piece of information, where in the source, and the excerpt. The number links
 * back to where the note is cited.
 */
export const endnotesSection: Section = {
  id: "endnotes",
  title: "Endnotes",
  draw(ctx) {
    const items = ctx.notes.list();
    if (items.length === 0) {
      emptyNote(ctx, "No item in the period cites a source, so there are no endnotes.");
      return;
    }
    const { frame } = ctx;
    const width = frame.width - GUTTER;
    items.forEach((id, i) => {
      const n = i + 1;
      const entry = ctx.byId.get(id);
      frame.where = `endnote ${n} (item "${id}")`;
      const refs = entry?.statement?.sources ?? entry?.event?.sources ?? [];
      const paragraphs: Line[][] = [frame.set(itemRef(ctx, id, { ...STYLES.note, face: "sans-bold" }, 140), width)];
      for (const ref of refs) paragraphs.push(frame.set(citation(ctx, ref), width));
      const first = paragraphs[0] ?? [];
      frame.ensure(heightOf(first) + heightOf(paragraphs[1]?.slice(0, 1) ?? []) + 4);
      const top = frame.y;
      frame.anchor(noteDest(n), top);
      const note = frame.tags.child(frame.elem, "Note");
      const back = frame.hasAnchor(refDest(n)) ? { dest: refDest(n) } : undefined;
      const label = frame.set(
        [
          span(
            `${n}.`,
            back ? { ...STYLES.note, face: "sans-bold", color: INK.link } : { ...STYLES.note, face: "sans-bold" },
            back,
          ),
        ],
        GUTTER - 4,
      );
      frame.tags.content(frame.tags.child(note, "Lbl"), "Lbl", () => {
        for (const line of label) frame.drawLine(line, frame.left, top);
      });
      paragraphs.forEach((lines, k) => {
        if (k > 0) frame.y += 1.5;
        frame.flow(lines, frame.left + GUTTER + (k > 0 ? 8 : 0), frame.tags.child(note, "P"), "P");
      });
      frame.tags.end(note);
      frame.y += 5;
    });
    frame.where = "";
  },
};

function citation(ctx: Context, ref: SourceRef): Span[] {
  const s = ctx.sources.get(ref.source);
  if (!s) return [span(`Source "${ref.source}" (not described in the chronicle).`, STYLES.note)];
  const spans: Span[] = [];
  if (s.publisher) spans.push(span(`${s.publisher}, `, STYLES.note));
  spans.push(span(`“${clip(s.title, 260)}”`, STYLES.note));
  const published = s.published === undefined ? undefined : parseDate(s.published, ctx.tz);
  if (published?.ok) spans.push(span(`, ${formatFuzzy(published.date, ctx.tz)}`, STYLES.note));
  spans.push(span(". ", STYLES.note));
  const url = safeUrl(s.url);
  // The whole address is the link; what is printed stops at a few lines.
  if (url) spans.push(span(clip(url, 300), { ...STYLES.note, color: INK.link }, { url }), span(". ", STYLES.note));
  const grades = [
    s.reliability ? `source ${s.reliability} (${RELIABILITY_LABELS[s.reliability]})` : "source not graded",
    ref.credibility ? `information ${ref.credibility} (${CREDIBILITY_LABELS[ref.credibility as 1]})` : "",
  ].filter(Boolean);
  spans.push(span(`Grades: ${grades.join(", ")}.`, { ...STYLES.note, color: INK.muted }));
  if (ref.locator) spans.push(span(` At: ${clip(ref.locator, 120)}.`, { ...STYLES.note, color: INK.muted }));
  if (ref.excerpt) spans.push(span(` “${clip(ref.excerpt, 600)}”`, { ...STYLES.note, face: "sans-italic" }));
  return spans;
}
