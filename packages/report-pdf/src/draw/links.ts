import { pdfNumber, pdfString, rawSyntax } from "../pdf-syntax.js";

interface DocInternals {
  page: { annotations: unknown[]; height: number; dictionary: unknown };
  _root: { data: { Names: { data: { Dests: { add(key: string, value: unknown): void } } } } };
  _convertRect(x: number, y: number, w: number, h: number): [number, number, number, number];
}

const WEB = /^https?:\/\/[^\s]+$/i;
const uriActions = new WeakMap<PDFKit.PDFDocument, Map<string, PDFKit.PDFKitReference>>();

/**
 * A link to a web address: http or https only (the sections pass addresses through
 * `safeUrl`; anything else is refused here again, drawing no link). Every
 * annotation on one address shares one URI action: pdfkit's `link` writes the address
 * again for each, so an address cited on many lines (or a 100,000-character one
 * wrapped over a thousand) multiplied the file.
 *
 * @example
 * webLink(doc, 54, 100, 120, 12, "https://tass.com/politics/2012993");
 */
export function webLink(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, url: string): void {
  if (!WEB.test(url)) return;
  let actions = uriActions.get(doc);
  if (!actions) {
    actions = new Map();
    uriActions.set(doc, actions);
  }
  let action = actions.get(url);
  if (!action) {
    action = doc.ref(rawSyntax(`<< /S /URI /URI ${pdfString(url)} >>`));
    action.end(undefined);
    actions.set(url, action);
  }
  annotate(doc, x, y, w, h, `/A ${action}`);
}

/**
 * A link to a named destination, written as a /Dest on the annotation (pdfkit's
 * `goTo` adds a separate action object per link, which long briefings pay for).
 *
 * @example
 * internalLink(doc, 54, 100, 120, 12, "note-3");
 */
export function internalLink(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, dest: string): void {
  annotate(doc, x, y, w, h, `/Dest ${pdfString(dest)}`);
}

/**
 * A named destination on the current page, `top` points from its top, as pdfkit's
 * `addNamedDestination(name, "XYZ", 0, top, null)` makes it, with its target written
 * directly (a long briefing has one per item, note and reference).
 *
 * @example
 * namedDestination(doc, "item-legit-targets", 120);
 */
export function namedDestination(doc: PDFKit.PDFDocument, name: string, top: number): void {
  const d = doc as unknown as DocInternals;
  const y = pdfNumber(d.page.height - top);
  d._root.data.Names.data.Dests.add(name, rawSyntax(`[${d.page.dictionary} /XYZ 0 ${y} null]`));
}

// What pdfkit's `annotate` writes for a link (the rectangle through the current
// transform, no border, printable), written here directly: a long briefing has
// thousands of links, and pdfkit's general serialiser was most of their cost.
function annotate(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, target: string): void {
  const d = doc as unknown as DocInternals;
  const rect = d._convertRect(x, y, w, h).map(pdfNumber).join(" ");
  const ref = doc.ref(rawSyntax(`<< /Type /Annot /Subtype /Link /Rect [${rect}] /Border [0 0 0] /F 4 ${target} >>`));
  d.page.annotations.push(ref);
  ref.end(undefined);
}
