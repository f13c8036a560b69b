import type { FontSet } from "../fonts/font-set.js";
import type { Line, Span } from "../text/types.js";
import { typeset } from "../text/typeset.js";
import { internalLink, namedDestination, webLink } from "./links.js";
import type { Paper } from "./paper.js";
import { type Elem, Tags } from "./tags.js";
import { TextWriter } from "./write-text.js";

/** Where and how to set a paragraph. */
export interface ParagraphOptions {
  x?: number;
  width?: number;
  align?: "left" | "right" | "center";
  /** The structure element it belongs to (a new `P` under the current section when absent). */
  elem?: Elem;
  /** Structure type of the paragraph, when a new element is made. Default `P`. */
  type?: string;
  /** Space after, in points. */
  after?: number;
}

/**
 * The page flow of a briefing: the current page and position, page breaks, anchors,
 * and drawing of set lines. Sections write through it and never touch page numbers.
 */
export class Frame {
  readonly tags: Tags;
  /** Vertical position of the next block, in points from the top of the page. */
  y = 0;
  /** The running-header section title of each page. */
  readonly pageSections: string[] = [];
  /** The title shown in the running header from the next page on. */
  section = "";
  /** The structure element new blocks go into. */
  elem: Elem = null;
  /** What is being drawn (`statement "legit-targets"`), to name it in warnings. */
  where = "";
  /** Characters no font has, by where they occur. */
  readonly missing = new Map<string, Set<string>>();
  private readonly anchors = new Set<string>();
  private readonly text: TextWriter;
  /** A heading waiting for the block after it (see {@link hold}). */
  private held: { height: number; draw: () => void } | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
    readonly paper: Paper,
    tagged: boolean,
  ) {
    this.tags = new Tags(doc, tagged);
    this.text = new TextWriter(doc);
  }

  get left(): number {
    return this.paper.margin.left;
  }
  get right(): number {
    return this.paper.width - this.paper.margin.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.paper.margin.top;
  }
  get bottom(): number {
    return this.paper.height - this.paper.margin.bottom;
  }
  /** Index of the current page, from 0. */
  get page(): number {
    return this.pageSections.length - 1;
  }
  /** Whether nothing has been drawn on the current page yet. */
  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** Starts a new page (a held heading goes at its top). */
  newPage(): void {
    this.doc.addPage({ size: [this.paper.width, this.paper.height], margin: 0 });
    this.pageSections.push(this.section);
    this.y = this.top;
    this.release();
  }

  /**
   * Holds a heading `height` points tall until the next block asks for room
   * ({@link ensure}, {@link flow}), then draws it on the page that block starts on, so
   * a heading never ends a page with what follows it on the next.
   */
  hold(height: number, draw: () => void): void {
    this.held = { height, draw };
  }

  /** Draws a held heading: here if it fits with `next` points after it, else on a new page. */
  release(next = 0): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    if (!this.fits(held.height + next) && !this.atTop) this.newPage();
    held.draw();
  }

  /** Whether `height` more points fit on this page. */
  fits(height: number): boolean {
    return this.y + height <= this.bottom + 0.01;
  }

  /** Breaks the page unless `height` fits (never on an empty page, where nothing more would fit anyway). */
  ensure(height: number): void {
    if (this.held) this.release(height);
    else if (!this.fits(height) && !this.atTop) this.newPage();
  }

  /** Vertical space, swallowed at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, this.bottom);
  }

  /** Places a named destination at `top` on the current page, once per name. */
  anchor(name: string, top = this.y): void {
    if (this.anchors.has(name)) return;
    this.anchors.add(name);
    namedDestination(this.doc, name, Math.max(0, top - 8));
  }

  /** Whether a named destination has been placed. */
  hasAnchor(name: string): boolean {
    return this.anchors.has(name);
  }

  /** Sets spans as lines; characters no font has are recorded under {@link where}. */
  set(spans: readonly Span[], width = this.width, align: ParagraphOptions["align"] = "left"): Line[] {
    return typeset(spans, this.fonts, { width, align, onMissing: (c) => this.noteMissing(c) });
  }

  private noteMissing(char: string): void {
    // Text outside any item (headings, the chart's furniture) is named by its section.
    const where = this.where || (this.section ? `section "${this.section}"` : "the cover");
    let chars = this.missing.get(where);
    if (!chars) {
      chars = new Set();
      this.missing.set(where, chars);
    }
    chars.add(char);
  }

  /** Draws one set line with its top at `top`, with its links and anchors. */
  drawLine(line: Line, x: number, top: number): void {
    const doc = this.doc;
    const text = this.text;
    for (const f of line.fragments) {
      const fx = x + f.x;
      const baseline = top + line.baseline - f.rise;
      if (!text.add(f.face.name, f.size, f.color, f.text, fx, baseline)) {
        text.flush();
        doc.font(f.face.name).fontSize(f.size).fillColor(f.color);
        doc.text(f.text, fx, baseline, { lineBreak: false, baseline: "alphabetic" });
      }
      if (f.link && "url" in f.link) webLink(doc, fx, top, f.width, line.height, f.link.url);
      else if (f.link) internalLink(doc, fx, top, f.width, line.height, f.link.dest);
      if (f.anchor) this.anchor(f.anchor, top);
    }
    text.flush();
  }

  /**
   * Draws lines at the current position, breaking pages between lines. A break never
   * leaves fewer than two lines of a paragraph alone at the foot or head of a page.
   */
  flow(lines: readonly Line[], x: number, elem: Elem, type: string): void {
    this.release(heightOf(lines.slice(0, 2)));
    let i = 0;
    while (i < lines.length) {
      let n = 0;
      let h = 0;
      while (i + n < lines.length && this.fits(h + (lines[i + n] as Line).height)) h += (lines[i + n++] as Line).height;
      const left = lines.length - i;
      if (n < left) {
        if (n < Math.min(2, left) && !this.atTop) {
          this.newPage();
          continue;
        }
        const widows = left - n;
        if (widows < 2 && n > 2) n -= 2 - widows;
        n = Math.max(1, n);
      }
      this.tags.content(elem, type, () => {
        for (const line of lines.slice(i, i + n)) {
          this.drawLine(line, x, this.y);
          this.y += line.height;
        }
      });
      i += n;
      if (i < lines.length) this.newPage();
    }
  }

  /**
   * Sets and draws a paragraph at the current position and returns its lines.
   *
   * @example
   * frame.paragraph([{ text: "No items in the period.", style: STYLES.body }], { after: 6 });
   */
  paragraph(spans: readonly Span[], options: ParagraphOptions = {}): Line[] {
    const x = options.x ?? this.left;
    const lines = this.set(spans, options.width ?? this.right - x, options.align);
    const type = options.type ?? "P";
    const elem = options.elem !== undefined ? options.elem : this.tags.child(this.elem, type);
    this.flow(lines, x, elem, type);
    if (options.elem === undefined) this.tags.end(elem);
    if (options.after) this.gap(options.after);
    return lines;
  }

  /** Draws decoration (rules, fills) as an artifact. */
  decor(draw: (doc: PDFKit.PDFDocument) => void): void {
    this.tags.artifact(() => draw(this.doc));
  }
}

/** Total height of set lines. */
export function heightOf(lines: readonly Line[]): number {
  let h = 0;
  for (const l of lines) h += l.height;
  return h;
}
