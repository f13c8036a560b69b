import type { Layout, Mark } from "@briefline/core/layout";

const SVG_NS = "http://www.w3.org/2000/svg";

/** What drawing marks needs besides the layout. */
export interface MarkDrawOptions {
  doc: Document;
  /** Key or id of the selected item. */
  selected: string | null;
  /** The mark that holds keyboard focus (roving tabindex). */
  active: string | null;
  /** Accessible name of a mark. */
  describe: (m: Mark) => string;
  /**
   * What the marks are drawn from (the timeline passes its model): a mark drawn again
   * from another source (after `update()`) takes its accessible name anew.
   */
  source?: unknown;
  /** Draw the labels the layout placed. */
  labels: boolean;
}

/**
 * A mark's element, its parts, and what was last written to it. The ring and the
 * symbol always exist; the bar and the `?`/`~` sign only once a mark needs them, in
 * that paint order: bar, ring, symbol, sign. Labels are a layer of their own
 * (`drawLabels`), placed by the layout.
 */
interface MarkNode {
  g: SVGGElement;
  ring: SVGCircleElement;
  sym: SVGPathElement;
  bar: SVGRectElement | null;
  q: SVGTextElement | null;
  cls: string;
  transform: string;
  current: boolean;
  barOf: string;
  symbol: string;
  source: unknown;
}

const nodes = new WeakMap<Element, MarkNode>();

/**
 * Draws marks as SVG, joined by key so that elements (and keyboard focus) survive a
 * redraw while zooming: a translucent bar for a span, the family's symbol, a `?` or
 * `~` for uncertain or approximate dates, hollow symbols for candidates and disputed
 * items, and a focus ring. Each element remembers what was written to it, so a zoom
 * frame touches the DOM only where something moved.
 *
 * @example
 * drawMarks(bodyGroup, layout, { doc: document, selected: null, active: null, describe, labels: true })
 */
export function drawMarks(g: SVGGElement, layout: Layout, opts: MarkDrawOptions): void {
  let layer = g.querySelector<SVGGElement>(":scope > g.blt-marks");
  if (!layer) {
    layer = svgEl(opts.doc, "g", "blt-marks");
    layer.setAttribute("role", "group");
    layer.setAttribute("aria-label", "Items");
    g.append(layer);
  }
  const old = new Map<string, MarkNode>();
  for (const el of layer.children) {
    const node = nodes.get(el);
    if (node) old.set(el.getAttribute("data-key") as string, node);
  }
  const drawn: MarkNode[] = [];
  for (const m of layout.marks) {
    let node = old.get(m.key);
    if (node) old.delete(m.key);
    else node = create(opts.doc, m, opts);
    update(opts.doc, node, m, opts);
    drawn.push(node);
  }
  for (const node of old.values()) node.g.remove();
  // Elements follow the marks' order: new ones go in place, moved ones are moved.
  let next = layer.firstChild;
  for (const node of drawn) {
    if (node.g === next) next = next.nextSibling;
    else layer.insertBefore(node.g, next);
  }
}

function svgEl<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, cls: string): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  el.setAttribute("class", cls);
  return el;
}

function create(doc: Document, m: Mark, opts: MarkDrawOptions): MarkNode {
  const g = doc.createElementNS(SVG_NS, "g");
  // What cannot change for a key (its item) is written once; its name, once per source.
  g.setAttribute("role", "button");
  g.setAttribute("data-key", m.key);
  g.setAttribute("data-id", m.id);
  g.setAttribute("aria-label", opts.describe(m));
  const ring = svgEl(doc, "circle", "ring");
  const sym = svgEl(doc, "path", "sym");
  g.append(ring, sym);
  const node: MarkNode = {
    g,
    ring,
    sym,
    bar: null,
    q: null,
    cls: "",
    transform: "",
    current: false,
    barOf: "",
    symbol: "",
    source: opts.source,
  };
  nodes.set(g, node);
  return node;
}

function update(doc: Document, node: MarkNode, m: Mark, opts: MarkDrawOptions): void {
  const { g } = node;
  const fresh = node.cls === "";
  if (node.source !== opts.source) {
    node.source = opts.source;
    g.setAttribute("aria-label", opts.describe(m));
  }
  const selected = m.id === opts.selected;
  const cls = `blt-mark fam-${m.family}${m.status !== "confirmed" ? " hollow" : ""}${selected ? " selected" : ""}`;
  if (cls !== node.cls) {
    node.cls = cls;
    g.setAttribute("class", cls);
  }
  const transform = `translate(${m.x},${m.y})`;
  if (transform !== node.transform) {
    node.transform = transform;
    g.setAttribute("transform", transform);
  }
  const tabindex = m.key === opts.active ? "0" : "-1";
  // Focus code moves the tabindex by itself, so it is compared with the element's.
  if (tabindex !== g.getAttribute("tabindex")) g.setAttribute("tabindex", tabindex);
  if (selected !== node.current || fresh) {
    node.current = selected;
    if (selected) g.setAttribute("aria-current", "true");
    else g.removeAttribute("aria-current");
  }
  const fuzzyBar = m.fuzzy !== null || m.precision === "year" || m.precision === "month";
  const bar = m.span ? `${m.x0 - m.x}|${m.x1 - m.x0}|${fuzzyBar}` : "";
  if (node.barOf !== bar) {
    node.barOf = bar;
    if (!node.bar && m.span) {
      node.bar = svgEl(doc, "rect", "bar");
      node.bar.setAttribute("height", "6");
      node.bar.setAttribute("y", "-3");
      node.bar.setAttribute("rx", "3");
      g.prepend(node.bar);
    }
    if (node.bar) {
      if (m.span) node.bar.removeAttribute("display");
      else node.bar.setAttribute("display", "none");
      node.bar.setAttribute("class", fuzzyBar ? "bar fuzzy" : "bar");
      node.bar.setAttribute("x", String(m.x0 - m.x));
      node.bar.setAttribute("width", String(Math.max(1, m.x1 - m.x0)));
    }
  }
  // The symbol and the date's sign are written together, when either changes.
  const sign = m.fuzzy === "uncertain" ? "?" : m.fuzzy === "approximate" ? "~" : m.fuzzy === "both" ? "?~" : "";
  if (fresh || node.symbol !== `${m.symbol}|${sign}`) {
    node.symbol = `${m.symbol}|${sign}`;
    node.sym.setAttribute("d", m.symbol);
    node.ring.setAttribute("r", String(m.size * 0.75 + 2));
    if (!node.q && sign) {
      node.q = svgEl(doc, "text", "q");
      node.sym.after(node.q);
    }
    if (node.q) {
      node.q.setAttribute("x", String(m.size / 2));
      node.q.setAttribute("y", String(-m.size / 2 + 2));
      node.q.textContent = sign;
    }
  }
}
