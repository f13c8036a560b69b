import PDFDocument from "pdfkit";
import { streamlineOutput } from "./document-output.js";
import { useSimpleLayout } from "./fonts/fast-layout.js";
import type { FontSet } from "./fonts/font-set.js";
import { pdfString, rawSyntax } from "./pdf-syntax.js";

/** What goes in the document information dictionary and XMP metadata. */
export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creationDate: Date;
  language: string;
  tagged: boolean;
  size: [number, number];
}

/**
 * A pdfkit document set up for a briefing: pages buffered (the contents and "page X
 * of Y" are filled in at the end), fonts registered, metadata and the fixed dates that
 * make the file byte-identical from one run to the next (the file ID is derived from
 * them), PDF 1.7 with a tagged PDF/UA structure when asked.
 *
 * @example
 * const doc = createDocument(fonts, { title, author, subject, keywords, creationDate, language: "en", tagged: false, size: [595.28, 841.89] });
 */
export function createDocument(fonts: FontSet, info: DocumentInfo): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: info.size,
    margin: 0,
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    // Layouts are cached by the typesetter's faces; pdfkit's own per-word cache would
    // only hold a second copy of every word of a long briefing.
    fontLayoutCache: false,
    pdfVersion: "1.7",
    lang: info.language,
    displayTitle: true,
    tagged: info.tagged,
    ...(info.tagged ? { subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets } : {}),
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: "Briefline",
      Producer: "Briefline report-pdf (pdfkit)",
      CreationDate: info.creationDate,
      ModDate: info.creationDate,
    },
  });
  for (const face of fonts.all()) {
    // pdfkit takes a parsed fontkit font as well as bytes: sharing it keeps the decoded
    // tables (needed again to write each subset) from one briefing to the next.
    doc.registerFont(face.name, face.font as unknown as Buffer);
    doc.font(face.name);
    useSimpleLayout((doc as unknown as { _font: Parameters<typeof useSimpleLayout>[0] })._font);
  }
  escapeXmp(doc);
  sortDestinationsByBytes(doc);
  streamlineOutput(doc);
  return doc;
}

// A PDF name tree must list its keys "in lexical order, as if by a byte-by-byte
// comparison" (ISO 32000 §7.9.6), and viewers that look a destination up by binary
// search (MuPDF) miss one that is out of place. pdfkit sorts them with
// `localeCompare`, which puts "a-b" before "a.b" and "alpha" before "Zulu" and
// depends on the ICU version, so the file could change from one Node to the next.
// The keys are written directly too, as pdfkit would (thousands in a long briefing).
function sortDestinationsByBytes(doc: PDFKit.PDFDocument): void {
  const root = doc as unknown as {
    _root: { data: { Names: { data: { Dests: { _compareKeys: unknown; _dataForKey: unknown } } } } };
  };
  const tree = root._root.data.Names.data.Dests;
  tree._compareKeys = comparePdfStrings;
  tree._dataForKey = (key: string) => rawSyntax(pdfString(key));
}

// pdfkit writes a string with any character above U+007F as UTF-16BE after a FE FF
// mark, and any other byte for byte; such strings sort after every ASCII one, and
// among themselves in code-unit order, which is their byte order.
function comparePdfStrings(a: string, b: string): number {
  const ka = NON_ASCII.test(a) ? `\uFFFF${a}` : a;
  const kb = NON_ASCII.test(b) ? `\uFFFF${b}` : b;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
const NON_ASCII = /[\u0080-\uFFFF]/;

// pdfkit writes the title, author and subject into the XMP packet without escaping,
// so a title with "&" or "<" would make the metadata stream malformed XML. The
// information dictionary is written first, from the raw values; the escaped copies
// are swapped in only while the XMP is built.
function escapeXmp(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as { endMetadata(): void; info: Record<string, unknown> };
  const end = d.endMetadata.bind(doc);
  d.endMetadata = () => {
    const raw = d.info;
    const escaped: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) escaped[k] = typeof v === "string" ? escapeXml(v) : v;
    d.info = escaped;
    end();
    d.info = raw;
  };
}

function escapeXml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
