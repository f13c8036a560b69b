import type { TextStyle } from "../text/types.js";

/** Ink colours: near-black text, one dark blue accent, greys for rules and notes. */
export const INK = {
  text: "#1a1a1a",
  muted: "#5a5f66",
  accent: "#1f3a5f",
  rule: "#c9ced6",
  hairline: "#e1e4e9",
  fill: "#edf0f4",
  link: "#1f4e8c",
} as const;

/**
 * The briefing's type scale. Prose is set in a condensed serif for long reading;
 * headings, tables, labels and notes in a condensed sans.
 *
 * @example
 * typeset([{ text: "Putin warned…", style: STYLES.body }], fonts, { width })
 */
export const STYLES = {
  title: { face: "sans-bold", size: 24, color: INK.accent, leading: 1.2 },
  subtitle: { face: "sans", size: 12, color: INK.muted, leading: 1.35 },
  h1: { face: "sans-bold", size: 14, color: INK.accent, leading: 1.25 },
  h2: { face: "sans-bold", size: 10.5, color: INK.accent, leading: 1.3 },
  h3: { face: "sans-bold", size: 9, color: INK.text, leading: 1.3 },
  body: { face: "serif", size: 9.5, color: INK.text, leading: 1.42 },
  bodyBold: { face: "serif-bold", size: 9.5, color: INK.text, leading: 1.42 },
  bodyItalic: { face: "serif-italic", size: 9.5, color: INK.text, leading: 1.42 },
  lead: { face: "serif", size: 11, color: INK.text, leading: 1.42 },
  leadBold: { face: "serif-bold", size: 11, color: INK.text, leading: 1.42 },
  quote: { face: "serif-italic", size: 9, color: "#2b2f36", leading: 1.4 },
  label: { face: "sans-bold", size: 7.5, color: INK.muted, leading: 1.3 },
  small: { face: "sans", size: 7.5, color: INK.muted, leading: 1.35 },
  smallBold: { face: "sans-bold", size: 7.5, color: INK.text, leading: 1.35 },
  cell: { face: "sans", size: 8, color: INK.text, leading: 1.3 },
  cellBold: { face: "sans-bold", size: 8, color: INK.text, leading: 1.3 },
  cellItalic: { face: "sans-italic", size: 8, color: INK.text, leading: 1.3 },
  cellHead: { face: "sans-bold", size: 7.5, color: INK.accent, leading: 1.25 },
  note: { face: "sans", size: 8, color: INK.text, leading: 1.35 },
  noteRef: { face: "sans", size: 6, color: INK.link, leading: 1.42, rise: 3.2 },
  chrome: { face: "sans", size: 7, color: INK.muted, leading: 1.2 },
  marking: { face: "sans-bold", size: 8, color: INK.text, leading: 1.2 },
} satisfies Record<string, TextStyle>;

/** A named style of {@link STYLES}. */
export type StyleName = keyof typeof STYLES;

/** The link style of a text style: the same type in the link colour. */
export function linked(style: TextStyle): TextStyle {
  return { ...style, color: INK.link };
}
