import { heightOf } from "../draw/frame.js";
import { INK, STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import { sectionDest } from "../model/notes.js";
import type { LinkTarget, Span, TextStyle } from "../text/types.js";

/** One section of the briefing. */
export interface Section {
  id: string;
  title: string;
  /** Start on a fresh page. */
  newPage?: boolean;
  /** Units of work it reports through `ctx.step` (for progress). Default 1. */
  units?(ctx: Context): number;
  draw(ctx: Context): void | Promise<void>;
}

/**
 * A span, the shorthand every section uses.
 *
 * @example
 * ctx.frame.paragraph([span("Putin", STYLES.bodyBold), span(" warned…", STYLES.body)]);
 */
export function span(text: string, style: TextStyle, link?: LinkTarget, anchor?: string): Span {
  return { text, style, ...(link ? { link } : {}), ...(anchor ? { anchor } : {}) };
}

/**
 * Starts a section: a page break when asked or when the heading and a few lines would
 * not fit, the named destination, the outline entry, the table-of-contents record, the
 * running-header title and the numbered heading with its rule. Unless it starts a page,
 * the heading is held and drawn with the section's first block, on the next page if
 * that block does not fit under it (no heading is left alone at the foot of a page).
 *
 * @example
 * beginSection(ctx, section, 3);
 */
export function beginSection(ctx: Context, section: Section, number: number): void {
  const { frame } = ctx;
  const label = `${number}. ${section.title}`;
  const lines = frame.set([span(label, STYLES.h1)]);
  const height = heightOf(lines) + 10;
  if (section.newPage && !frame.atTop) frame.newPage();
  else frame.ensure(height + 150);
  frame.section = section.title;
  const dest = sectionDest(section.id);
  ctx.outline = addOutline(frame.doc.outline, label, dest);
  frame.elem = frame.tags.child(frame.tags.root, "Sect", { title: section.title });
  const h1 = frame.tags.child(frame.elem, "H1");
  const draw = () => {
    frame.gap(16);
    if (frame.atTop) frame.pageSections[frame.page] = section.title;
    frame.anchor(dest);
    ctx.toc.push({ id: section.id, number, title: section.title, page: frame.page });
    frame.flow(lines, frame.left, h1, "H1");
    frame.tags.end(h1);
    const y = frame.y + 2;
    frame.decor((doc) => doc.moveTo(frame.left, y).lineTo(frame.right, y).lineWidth(1.2).stroke(INK.accent));
    frame.y = y + 10;
  };
  // The heading is drawn with the first block of the section, which may need more
  // room than the 150 points kept above (a tall table row, a key judgment).
  if (frame.atTop) draw();
  else frame.hold(height + 18, draw);
}

/** Closes the section's structure element. */
export function endSection(ctx: Context): void {
  ctx.frame.release();
  ctx.frame.tags.end(ctx.frame.elem);
  ctx.frame.elem = null;
}

/**
 * A subheading kept with at least `keep` points of what follows it.
 *
 * @example
 * subheading(ctx, "Friday 5 September 2025", 40, "day-2025-09-05");
 */
export function subheading(ctx: Context, text: string, keep = 40, anchor?: string, style = STYLES.h2): void {
  const { frame } = ctx;
  const lines = frame.set([span(text, style)]);
  frame.gap(8);
  frame.ensure(heightOf(lines) + keep);
  if (anchor) frame.anchor(anchor);
  const h2 = frame.tags.child(frame.elem, "H2");
  frame.flow(lines, frame.left, h2, "H2");
  frame.tags.end(h2);
  frame.y += 3;
}

/**
 * A plain statement that a section has nothing to show, so an empty section still
 * reads as deliberate.
 *
 * @example
 * emptyNote(ctx, "No threats were made in the period.");
 */
export function emptyNote(ctx: Context, text: string): void {
  ctx.frame.paragraph([span(text, { ...STYLES.body, face: "serif-italic", color: INK.muted })], { after: 6 });
}

/**
 * An outline (bookmark) entry that jumps to a named destination. pdfkit's own entries
 * point at a page with a left offset of the page width, so the destination is set here.
 */
export function addOutline(parent: PDFKit.PDFOutline, title: string, dest: string): PDFKit.PDFOutline {
  const item = parent.addItem(title);
  (item as unknown as { outlineData: Record<string, unknown> }).outlineData.Dest = new String(dest);
  return item;
}
