import { CSS, CSS_HASH } from "../dist/_css.js";

/** The timeline's stylesheet (minified), for pages that inline it. */
export const TIMELINE_CSS: string = CSS;

/** `sha256-…` of {@link TIMELINE_CSS}, for a Content-Security-Policy `style-src`. */
export const TIMELINE_CSS_HASH: string = CSS_HASH;

/** Id of the `<style>` element that holds the stylesheet. */
export const STYLE_ID = "briefline-timeline-css";

/**
 * Adds the stylesheet to a document once (a page that inlines it already has it).
 *
 * @example
 * injectStyles(document)
 */
export function injectStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = CSS;
  doc.head.append(style);
}
