import type { Entry } from "@briefline/core";
import { formatFuzzy } from "@briefline/core";
import { FAMILY_STYLE, familyOf, symbolPath } from "@briefline/core/layout";
import { heightOf } from "../draw/frame.js";
import { INK, STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import { itemDest, noteDest, refDest } from "../model/notes.js";
import type { Line, Span } from "../text/types.js";
import type { RelationIndex } from "./chronology.js";
import { clip, itemRef, kindLabel } from "./describe.js";
import { span } from "./section.js";
import { safeUrl } from "./urls.js";

const GUTTER = 78;
const FROM: Record<string, string> = {
  responds_to: "Responds to",
  rejects: "Rejects",
  accepts: "Accepts",
  reiterates: "Repeats",
  contradicts: "Contradicts",
  escalates: "Escalates",
  fulfills: "Fulfils",
};
const TO: Record<string, string> = {
  responds_to: "Answered by",
  rejects: "Rejected by",
  accepts: "Accepted by",
  reiterates: "Repeated by",
  contradicts: "Contradicted by",
  escalates: "Escalated by",
  fulfills: "Fulfilled by",
};

/**
 * Draws one chronology item: in the gutter its kind (with the timeline's symbol) and
 * time; beside it who said what to whom with the endnote number, the quote, and a line
 * of details (where, conditions, status, related items).
 *
 * @example
 * drawItem(ctx, entry, relations);
 */
export function drawItem(ctx: Context, entry: Entry, relations: RelationIndex): void {
  const { frame } = ctx;
  frame.where = `${entry.type} "${entry.id}"`;
  const x = frame.left + GUTTER;
  const width = frame.right - x;
  const paragraphs: Array<{ lines: Line[]; indent: number; gap: number }> = [];
  const add = (spans: Span[], indent = 0, gap = 0) => {
    if (spans.length) paragraphs.push({ lines: frame.set(spans, width - indent), indent, gap });
  };

  const s = entry.statement;
  const head: Span[] = [];
  // The item's number, as the timeline chart draws it beside a mark with no room for
  // words: grey sans before the text, never a superscript like the endnote numbers.
  const number = ctx.itemNumber(entry.id);
  if (number !== undefined) head.push(span(`#${number}\u2002`, { ...STYLES.smallBold, color: INK.muted }));
  if (entry.type === "statement") {
    head.push(span(ctx.name(entry.speaker ?? ""), STYLES.bodyBold));
    if (entry.targets.length)
      head.push(span(` → ${entry.targets.map((id) => ctx.name(id)).join(", ")}`, STYLES.bodyBold));
    head.push(span(": ", STYLES.bodyBold), span(entry.title, STYLES.body));
  } else {
    head.push(span(entry.title, STYLES.bodyBold));
    if (entry.event?.summary) head.push(span(`. ${entry.event.summary}`, STYLES.body));
  }
  const refs = (s?.sources ?? entry.event?.sources ?? []).length;
  if (refs) {
    const n = ctx.notes.number(entry.id);
    head.push(span(String(n), STYLES.noteRef, { dest: noteDest(n) }, refDest(n)));
  }
  add(head);

  if (s?.quote) {
    const q = s.quote;
    const quote: Span[] = [span(`“${q.text}”`, STYLES.quote)];
    const notes = [
      q.verbatim === false ? "paraphrase" : q.verbatim ? "verbatim" : "",
      q.language ? `in ${q.language}` : "",
    ].filter(Boolean);
    if (notes.length) quote.push(span(` (${notes.join(", ")})`, { ...STYLES.small, leading: STYLES.quote.leading }));
    add(quote, 10, 3);
    if (q.translation) add([span("Translation: ", STYLES.smallBold), span(q.translation, STYLES.quote)], 10, 2);
  }

  const details: Span[] = [];
  const sep = () => details.length && details.push(span("  ·  ", STYLES.small));
  if (s?.at) {
    sep();
    details.push(span("At ", STYLES.smallBold), ...itemRef(ctx, s.at, STYLES.small, 70));
  }
  if (entry.event?.location) {
    sep();
    details.push(span("Where ", STYLES.smallBold), span(entry.event.location.name, STYLES.small));
  }
  for (const c of s?.conditions ?? []) {
    sep();
    details.push(span(`${kindLabel(c.kind)} `, STYLES.smallBold), span(clip(c.text, 300), STYLES.small));
  }
  // Media are listed, not embedded: their addresses, so the reader can open them.
  for (const m of (s ?? entry.event)?.media ?? []) {
    const url = safeUrl(m.url);
    if (!url) continue;
    sep();
    const label = m.role === "background" ? "Image " : "Media ";
    const text = [m.caption ? clip(m.caption, 120) : "", url, m.credit ? `(${clip(m.credit, 60)})` : ""];
    details.push(span(label, STYLES.smallBold), span(text.filter(Boolean).join(" "), STYLES.small));
  }
  if (entry.status !== "confirmed") {
    sep();
    details.push(span("Status ", STYLES.smallBold), span(entry.status, STYLES.small));
  }
  add(details, 0, 3);
  const related: Span[] = [];
  for (const r of (relations.from.get(entry.id) ?? []).slice(0, 6)) {
    if (related.length) related.push(span("  ·  ", STYLES.small));
    related.push(span(`${FROM[r.type] ?? r.type} `, STYLES.smallBold), ...itemRef(ctx, r.to, STYLES.small, 60));
  }
  for (const r of (relations.to.get(entry.id) ?? []).slice(0, 6)) {
    if (related.length) related.push(span("  ·  ", STYLES.small));
    related.push(span(`${TO[r.type] ?? r.type} `, STYLES.smallBold), ...itemRef(ctx, r.from, STYLES.small, 60));
  }
  add(related, 0, 1);

  // Keep the gutter with at least the first two lines of the item.
  const first = paragraphs[0]?.lines ?? [];
  frame.ensure(Math.max(heightOf(first.slice(0, 2)), 24));
  const top = frame.y;
  frame.anchor(itemDest(entry.id), top);
  const elem = frame.tags.child(frame.elem, "Div");
  drawGutter(ctx, entry, top);
  paragraphs.forEach((p, i) => {
    if (i > 0) frame.y += p.gap;
    frame.flow(p.lines, x + p.indent, frame.tags.child(elem, "P"), "P");
  });
  frame.tags.end(elem);
  frame.y += 7;
  frame.where = "";
}

function drawGutter(ctx: Context, entry: Entry, top: number): void {
  const { frame } = ctx;
  const style = FAMILY_STYLE[familyOf(entry.kind)];
  const kind = frame.set(
    [span(kindLabel(entry.kind).toUpperCase(), { ...STYLES.label, color: INK.text })],
    GUTTER - 22,
  );
  const d = entry.date;
  const time = d.precision === "minute" || d.precision === "second" ? formatFuzzy(d, ctx.tz).split(", ")[1] : undefined;
  const when = time ? frame.set([span(time, STYLES.small)], GUTTER - 22) : [];
  frame.tags.content(frame.tags.child(frame.elem, "Lbl"), "Lbl", () => {
    frame.doc
      .save()
      .translate(frame.left + 5, top + 7)
      .path(symbolPath(style.shape, 8))
      .lineWidth(0.4)
      .fillAndStroke(style.color, "#222222")
      .restore();
    let y = top + 1.5;
    for (const line of [...kind, ...when]) {
      frame.drawLine(line, frame.left + 14, y);
      y += line.height;
    }
  });
}
