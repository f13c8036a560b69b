/** A structure element of a tagged PDF, or null when the briefing is not tagged. */
export type Elem = PDFKit.PDFStructureElement | null;

/**
 * The tagged-PDF structure (PDF/UA): a Document element with sections, headings,
 * paragraphs, tables and figures, every drawn piece marked as content of one of them
 * or as an artifact (running headers, rules, backgrounds). When tagging is off every
 * method just draws, so the drawing code reads the same either way.
 */
export class Tags {
  readonly root: Elem;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly enabled: boolean,
  ) {
    this.root = enabled ? doc.struct("Document") : null;
    if (this.root) doc.addStructure(this.root);
  }

  /**
   * A new element under `parent` (the Document when null).
   *
   * @example
   * const table = tags.child(section, "Table");
   */
  child(parent: Elem, type: string, options?: { alt?: string; lang?: string; title?: string }): Elem {
    if (!this.enabled) return null;
    const elem = this.doc.struct(type, options ?? {});
    (parent ?? this.root)?.add(elem);
    return elem;
  }

  /**
   * Draws `draw` as marked content of `elem` (of its own type), or plainly when untagged.
   *
   * @example
   * tags.content(paragraph, () => doc.text("…", x, y));
   */
  content(elem: Elem, type: string, draw: () => void): void {
    if (!elem) {
      draw();
      return;
    }
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    elem.add(content);
  }

  /**
   * Draws decoration (rules, fills, page furniture) as an artifact, which assistive
   * technology skips.
   *
   * @example
   * tags.artifact(() => doc.moveTo(x0, y).lineTo(x1, y).stroke());
   */
  artifact(draw: () => void, type: "Pagination" | "Layout" = "Layout"): void {
    if (!this.enabled) {
      draw();
      return;
    }
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Closes an element so pdfkit can write it out (keeps memory flat on long briefings). */
  end(elem: Elem): void {
    elem?.end();
  }
}
