import { FAMILIES, type Layout } from "@briefline/core/layout";
import { svg } from "../dom.js";
import { drawBody } from "./body.js";
import { drawHead } from "./head.js";
import type { MarkDrawOptions } from "./marks-svg.js";

const TITLE = 34;
/** Space above and below the legend, whose rows the layout placed. */
const LEGEND_PAD = 14;

/**
 * The current view as a standalone SVG document: title, escalation, axis, lanes, every
 * mark as a vector shape and the legend, with the theme's colours written out (no CSS
 * variables), so it opens in any SVG viewer or editor.
 *
 * @example
 * const text = renderSvgExport(layout, { doc: document, css, root, title: "EEF 2025", describe });
 */
export function renderSvgExport(
  layout: Layout,
  opts: Pick<MarkDrawOptions, "describe"> & { doc: Document; css: string; root: Element; title: string },
): string {
  const { doc } = opts;
  const styles = doc.defaultView?.getComputedStyle(opts.root);
  const value = (name: string) => styles?.getPropertyValue(`--${name}`).trim() || "#777";
  // Custom properties are resolved here: SVG editors and many viewers do not read them.
  const css = opts.css
    .split("}")
    .filter((rule) => !rule.includes("var(--c)") && !/--c:/.test(rule))
    .join("}")
    .replace(/var\(--([a-z0-9-]+)\)/g, (_, name: string) => value(name));
  const family = FAMILIES.map(
    (f) =>
      `.fam-${f} .sym,.fam-${f} .bar,.fam-${f} .q{fill:${value(`c-${f}`)}}.fam-${f}.hollow .sym{stroke:${value(`c-${f}`)}}`,
  ).join("");
  const height = exportHeight(layout);
  const root = svg(doc, "svg", {
    xmlns: "http://www.w3.org/2000/svg",
    class: "blt",
    width: layout.width,
    height,
    viewBox: `0 0 ${layout.width} ${height}`,
    "font-family": "system-ui, Segoe UI, Roboto, Helvetica, Arial, sans-serif",
  });
  root.append(svg(doc, "style", {}, `${css}${family}`));
  root.append(svg(doc, "rect", { x: 0, y: 0, width: layout.width, height, fill: value("bg") }));
  root.append(svg(doc, "text", { x: 10, y: 22, "font-size": 16, "font-weight": 600, fill: value("text") }, opts.title));
  const head = svg(doc, "g", { transform: `translate(0,${TITLE})` });
  drawHead(head, layout, { doc, uid: "export" });
  const body = svg(doc, "g", { transform: `translate(0,${TITLE})` });
  drawBody(body, layout, {
    doc,
    svgMarks: true,
    svgClusters: true,
    selected: null,
    active: null,
    describe: opts.describe,
    labels: true,
  });
  root.append(body, head);
  const legend = svg(doc, "g", { transform: `translate(10,${TITLE + layout.height + LEGEND_PAD})` });
  for (const l of layout.legend)
    legend.append(
      svg(doc, "path", { d: l.symbol, transform: `translate(${l.x + 4},${l.y})`, fill: value(`c-${l.family}`) }),
      svg(
        doc,
        "text",
        { x: l.textX, y: l.y, dy: "0.35em", "font-size": layout.labelStyle.size, fill: value("text") },
        l.label,
      ),
    );
  root.append(legend);
  const xml = new (doc.defaultView as Window & typeof globalThis).XMLSerializer().serializeToString(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlChars(xml)}`;
}

/**
 * Text without the characters XML 1.0 forbids (C0 controls but tab and newlines, lone
 * surrogates, U+FFFE/U+FFFF). The serializer writes them as they are, and a single NUL
 * pasted into a summary would leave an SVG file no viewer opens.
 *
 * @example
 * xmlChars("a\u0000b\u0007c") // "abc"
 */
export function xmlChars(text: string): string {
  return text.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

/**
 * Renders SVG text to a PNG blob at `scale` × its size (2 for a sharp image on print).
 *
 * @example
 * const png = await renderPngExport(svgText, document, 1000, 700, 2);
 */
export function renderPngExport(
  svgText: string,
  doc: Document,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const view = doc.defaultView as Window & typeof globalThis;
  return new Promise((resolve, reject) => {
    const url = view.URL.createObjectURL(new view.Blob([svgText], { type: "image/svg+xml" }));
    const img = new view.Image();
    img.onload = () => {
      const canvas = doc.createElement("canvas");
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext("2d");
      if (!ctx) return reject(new Error("no canvas context"));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      view.URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
    };
    img.onerror = () => reject(new Error("the SVG could not be rendered"));
    img.src = url;
  });
}

/** Offers a blob as a file download. */
export function download(doc: Document, blob: Blob, filename: string): void {
  const view = doc.defaultView as Window & typeof globalThis;
  const url = view.URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = filename;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}

/** The export height for a layout (title, chart, legend). */
export function exportHeight(layout: Layout): number {
  return TITLE + layout.height + layout.legendHeight + 2 * LEGEND_PAD;
}
