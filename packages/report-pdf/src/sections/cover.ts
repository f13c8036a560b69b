import { heightOf } from "../draw/frame.js";
import { internalLink } from "../draw/links.js";
import { INK, STYLES } from "../draw/styles.js";
import type { Elem } from "../draw/tags.js";
import type { Context } from "../model/context.js";
import { formatDay, formatRange } from "../model/dates.js";
import { sectionDest } from "../model/notes.js";
import { clip, kindLabel, nameList } from "./describe.js";
import { span } from "./section.js";
import { safeUrl } from "./urls.js";

const ROW = 17;

/**
 * Draws the cover: title, period, cut-off, issue date and scope, the chronicle's
 * description and its own media (listed, not embedded), and room for the table of contents, whose page numbers are known only
 * at the end. Returns the function that fills it in then.
 *
 * @example
 * const fillContents = drawCover(ctx, sections.length);
 * // … draw every section …
 * fillContents();
 */
export function drawCover(ctx: Context, entries: number): () => void {
  const { frame, scope, chronicle } = ctx;
  frame.newPage();
  frame.section = "";
  const sect = frame.tags.child(frame.tags.root, "Sect", { title: "Cover" });
  frame.elem = sect;
  frame.y = frame.top + 24;
  frame.paragraph([span("BRIEFING", { ...STYLES.label, size: 9, color: INK.accent })], { after: 6 });
  frame.where = "title";
  frame.paragraph([span(ctx.title, STYLES.title)], { type: "H1", after: 4 });
  frame.where = "";
  const period = scope.dated ? formatRange(scope.from, scope.to, ctx.tz) : "No dated items";
  frame.paragraph([span(`Statements and actions, ${period}`, STYLES.subtitle)], { after: 10 });
  const ruleY = frame.y;
  frame.decor((doc) => doc.rect(frame.left, ruleY, frame.width, 3).fill(INK.accent));
  frame.y += 16;

  const statements = scope.entries.filter((e) => e.type === "statement").length;
  const events = scope.entries.length - statements;
  const facts: Array<[string, string, string?]> = [
    ["Period covered", period],
    ["Data cut-off", scope.cutoff === null ? "No dated items in the period" : formatDay(scope.cutoff, ctx.tz)],
    ["Date of issue", formatDay(ctx.issued.getTime(), ctx.tz)],
    ["Actors", scope.actors.length ? nameList(ctx, scope.actors) : `All (${ctx.actors.size})`],
    ["Kinds", scope.kinds.length ? scope.kinds.map(kindLabel).join(", ") : "All statement and event kinds"],
    ["Items", `${statements} statement${statements === 1 ? "" : "s"}, ${events} event${events === 1 ? "" : "s"}`],
  ];
  const briefing = chronicle.briefing;
  if (briefing?.author) facts.push(["Prepared by", briefing.author, "briefing author"]);
  if (briefing?.audience) facts.push(["Audience", briefing.audience, "briefing audience"]);
  facts.push(["Handling", ctx.marking, "marking"]);
  const labelWidth = 110;
  for (const [label, value, where] of facts) {
    const top = frame.y;
    frame.where = where ?? "the cover";
    const valueLines = frame.set([span(value, { ...STYLES.cell, size: 9 })], frame.width - labelWidth);
    const labelLines = frame.set([span(label.toUpperCase(), STYLES.label)], labelWidth - 8);
    frame.tags.content(frame.tags.child(sect, "P"), "P", () => {
      for (const line of labelLines) frame.drawLine(line, frame.left, top + 1.5);
      let y = top;
      for (const line of valueLines) {
        frame.drawLine(line, frame.left + labelWidth, y);
        y += line.height;
      }
    });
    frame.y = top + Math.max(heightOf(valueLines), 12) + 3;
  }
  if (chronicle.description) {
    frame.gap(10);
    frame.where = "description";
    frame.paragraph([span(clip(chronicle.description, 900), { ...STYLES.body, color: INK.muted })], { after: 6 });
  }
  // The chronicle's own media (a TimelineJS title slide's), listed as the chronology lists
  // an item's: caption, address, credit; nothing is fetched or embedded.
  for (const m of chronicle.media ?? []) {
    const url = safeUrl(m.url);
    if (!url) continue;
    frame.where = "media";
    const label = m.role === "background" ? "Image " : "Media ";
    const text = [m.caption ? clip(m.caption, 120) : "", url, m.credit ? `(${clip(m.credit, 60)})` : ""];
    frame.paragraph([span(label, STYLES.smallBold), span(text.filter(Boolean).join(" "), STYLES.small)], { after: 2 });
  }
  frame.where = "";

  // Room for the contents: filled in once every section knows its page.
  frame.gap(18);
  const heading = frame.set([span("Contents", STYLES.h2)]);
  frame.ensure(heightOf(heading) + entries * ROW + 10);
  const tocPage = frame.page;
  const tocTop = frame.y;
  frame.y += heightOf(heading) + 4 + entries * ROW;
  frame.tags.end(sect);
  // Beside the cover, not in it: ending the cover's element would end the contents too.
  const toc = frame.tags.child(null, "TOC");
  frame.elem = null;
  return () => fillContents(ctx, toc, tocPage, tocTop, heading);
}

function fillContents(
  ctx: Context,
  toc: Elem,
  page: number,
  top: number,
  heading: ReturnType<Context["frame"]["set"]>,
) {
  const { frame } = ctx;
  frame.doc.switchToPage(page);
  const h = frame.tags.child(toc, "Caption");
  frame.tags.content(h, "Caption", () => frame.drawLine(heading[0] as (typeof heading)[0], frame.left, top));
  frame.tags.end(h);
  let y = top + heightOf(heading) + 4;
  const numberWidth = 22;
  for (const entry of ctx.toc) {
    const dest = sectionDest(entry.id);
    const pageText = String(entry.page + 1);
    const style = { ...STYLES.cell, size: 9.5, color: INK.text };
    const title = frame.set([span(entry.title, style)])[0];
    const num = frame.set([span(String(entry.number), { ...style, face: "sans-bold" as const, color: INK.accent })])[0];
    const pg = frame.set([span(pageText, style)], 40, "right")[0];
    if (!title || !num || !pg) continue;
    const item = frame.tags.child(toc, "TOCI");
    frame.tags.content(item, "TOCI", () => {
      frame.drawLine(num, frame.left, y);
      frame.drawLine(title, frame.left + numberWidth, y);
      frame.drawLine(pg, frame.right - 40, y);
    });
    frame.tags.end(item);
    const leaderFrom = frame.left + numberWidth + title.width + 6;
    const leaderTo = frame.right - pg.width - 6;
    const base = y + title.baseline;
    frame.decor((doc) => {
      doc
        .save()
        .dash(0.6, { space: 2.4 })
        .moveTo(leaderFrom, base)
        .lineTo(leaderTo, base)
        .lineWidth(0.6)
        .stroke(INK.rule)
        .undash()
        .restore();
      internalLink(doc, frame.left, y, frame.width, title.height, dest);
    });
    y += ROW;
  }
  frame.tags.end(toc);
}
