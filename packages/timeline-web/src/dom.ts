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

/** An SVG element to draw: tag, attributes (as for {@link svg}) and children, strings being text. */
export interface Spec {
  tag: keyof SVGElementTagNameMap;
  attrs: Attrs;
  kids: Array<Spec | string>;
}

/**
 * Describes an SVG element for {@link patch}, as {@link svg} would create it.
 *
 * @example
 * spec("text", { x: 4, y: 12 }, label)
 */
export function spec(tag: keyof SVGElementTagNameMap, attrs: Attrs = {}, ...kids: Array<Spec | string>): Spec {
  return { tag, attrs, kids };
}

const attrNames = new WeakMap<Element, string>();

/**
 * Makes `parent`'s children what `specs` describe, reusing the nodes already there:
 * an element of the same tag at the same place keeps its node and has only the
 * attributes and text that differ written. A zoom frame redraws the lanes, gridlines
 * and axis at new positions; writing a few attributes costs less than creating and
 * styling a few hundred elements again. The result is the DOM that creating the
 * elements anew would give, with the same checks on attributes.
 *
 * @example
 * patch(g, [spec("line", { x1: 0, x2: 10 }), spec("text", { x: 4 }, "Sep")])
 */
export function patch(parent: Element, specs: ReadonlyArray<Spec | string>): void {
  const doc = parent.ownerDocument;
  const nodes = parent.childNodes;
  for (let i = 0; i < specs.length; i++) {
    const want = specs[i] as Spec | string;
    const have = nodes[i];
    if (typeof want === "string") {
      if (have?.nodeType === 3) {
        if ((have as Text).data !== want) (have as Text).data = want;
      } else if (have) parent.replaceChild(doc.createTextNode(want), have);
      else parent.append(want);
      continue;
    }
    let el = have as Element | undefined;
    if (el?.nodeType !== 1 || el.localName !== want.tag || el.namespaceURI !== SVG_NS) {
      const fresh = doc.createElementNS(SVG_NS, want.tag);
      if (have) parent.replaceChild(fresh, have);
      else parent.append(fresh);
      el = fresh;
    }
    const names = Object.keys(want.attrs).join(" ");
    const before = attrNames.get(el);
    // An element drawn from another spec may carry attributes this one does not set.
    if (before !== undefined && before !== names)
      for (const name of before.split(" ")) if (name && !(name in want.attrs)) el.removeAttribute(name);
    attrNames.set(el, names);
    patchAttrs(el, want.attrs);
    patch(el, want.kids);
  }
  while (nodes.length > specs.length) (parent.lastChild as ChildNode).remove();
}

function patchAttrs(el: Element, attrs: Attrs): void {
  for (const name in attrs) {
    const value = attrs[name];
    if (/^on/i.test(name) || name === "style") throw new Error(`refusing to set attribute ${name}`);
    if (value === false || value === null || value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
      continue;
    }
    const text =
      name === "href" && el.localName === "a" ? safeHref(String(value)) : value === true ? "" : String(value);
    if (text === null) el.removeAttribute(name);
    else if (el.getAttribute(name) !== text) el.setAttribute(name, text);
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
