import type { FaceKey } from "../fonts/dejavu.js";
import type { Face } from "../fonts/face.js";

/** How a span of text looks. */
export interface TextStyle {
  face: FaceKey;
  /** Font size in points. */
  size: number;
  /** Fill colour, `#rrggbb`. */
  color: string;
  /** Line height as a multiple of the size. */
  leading: number;
  /** Baseline shift upwards in points (superscripts). */
  rise?: number;
}

/** Where a piece of text leads when clicked: a named destination inside the PDF, or a web address. */
export type LinkTarget = { dest: string } | { url: string };

/** A piece of a paragraph in one style. */
export interface Span {
  text: string;
  style: TextStyle;
  link?: LinkTarget;
  /** A named destination placed where this span is drawn. */
  anchor?: string;
}

/** Text drawn in one call: one face, one style, one link, on one line. */
export interface Fragment {
  text: string;
  face: Face;
  size: number;
  color: string;
  rise: number;
  /** Offset from the start of the line. */
  x: number;
  width: number;
  link?: LinkTarget;
  anchor?: string;
}

/** A set line, measured. */
export interface Line {
  fragments: Fragment[];
  width: number;
  height: number;
  /** Distance from the top of the line to its baseline. */
  baseline: number;
}
