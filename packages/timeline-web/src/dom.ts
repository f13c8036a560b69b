/**
 * DOM helpers that only ever set text as text: attributes are checked (no `on*`
 * handlers, no `style`, `href` only http/https), children are nodes or strings that
 * become text nodes. Nothing from a chronicle reaches `innerHTML`.
 */

/** Attribute values; `false`, `null` and `undefined` leave the attribute out, `true` sets it empty. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Creates an HTML element in `doc` with attributes and children.
 *
 * @example
 * h(document, "p", { class: "note" }, "Quote: ", h(document, "q", {}, text))
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/**
 * Creates an SVG element in `doc` with attributes and children.
 *
 * @example
 * svg(document, "text", { x: 4, y: 12 }, label)
 */
export function svg<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Sets attributes, refusing event handlers and inline styles so chronicle text can never inject script. */
export function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name) || name === "style") throw new Error(`refusing to set attribute ${name}`);
    if (value === false || value === null || value === undefined) el.removeAttribute(name);
    else if (name === "href" && el.localName === "a") {
      const url = safeHref(String(value));
      if (url) el.setAttribute("href", url);
    } else el.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" ? el.ownerDocument.createTextNode(child) : child);
  }
}

/**
 * The URL if it is an absolute http or https address, else null: `javascript:`,
 * `data:` and relative links from a chronicle are never made clickable.
 *
 * @example
 * safeHref("https://example.org/a") // "https://example.org/a"
 * safeHref("javascript:alert(1)")   // null
 */
export function safeHref(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/** Removes every child of an element. */
export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

/**
 * Text with the search words wrapped in `<mark>`, built from text nodes only.
 *
 * @example
 * highlight(document, "Moscow offer", ["moscow"]) // "<mark>Moscow</mark> offer" as nodes
 */
export function highlight(doc: Document, text: string, words: readonly string[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const lower = text.toLowerCase();
  const hits: Array<[number, number]> = [];
  for (const w of words) {
    if (!w) continue;
    let at = lower.indexOf(w);
    while (at >= 0 && hits.length < 200) {
      hits.push([at, at + w.length]);
      at = lower.indexOf(w, at + w.length);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [start, end] of hits) {
    if (start < pos) continue;
    if (start > pos) fragment.append(doc.createTextNode(text.slice(pos, start)));
    fragment.append(h(doc, "mark", {}, text.slice(start, end)));
    pos = end;
  }
  if (pos < text.length) fragment.append(doc.createTextNode(text.slice(pos)));
  return fragment;
}
