import type { Layout, Mark } from "@briefline/core/layout";
import { fitLine } from "./fit-line.js";
import type { Frame } from "./frame.js";
import { INK, STYLES } from "./styles.js";

const LEGEND_ROW = 13;
// Legend labels are short and fixed; their width is estimated at the small size so
// the chart's height is known before anything is set.
const LEGEND_CHAR = 3.6;

/**
 * Height the chart of a layout takes on the page, legend included.
 *
 * @example
 * frame.ensure(chartHeight(layout));
 */
export function chartHeight(layout: Layout): number {
  return layout.height + legendRows(layout).length * LEGEND_ROW + 10;
}

function legendRows(layout: Layout): Layout["legend"][] {
  const rows: Layout["legend"][] = [[]];
  let x = 0;
  for (const entry of layout.legend) {
    const w = 25 + entry.label.length * LEGEND_CHAR;
    if (x + w > layout.width && x > 0) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)?.push(entry);
    x += w;
  }
  return rows;
}

/**
 * Draws a timeline {@link Layout} from `@briefline/core/layout` at the current position
 * with pdfkit vector primitives: the escalation curve, the time axis with its bands,
 * lanes with their labels, spans, marks (each family its own shape, so the chart reads
 * in greyscale), clusters, relation arcs and the legend. The same layout the web
 * timeline draws, so both agree mark for mark.
 *
 * @example
 * drawChart(frame, computeLayout(chronicle, { width: frame.width }), "Timeline of 37 items");
 */
export function drawChart(frame: Frame, layout: Layout, alt: string): void {
  const { doc } = frame;
  const x0 = frame.left;
  const y0 = frame.y;
  const [r0, r1] = layout.range;
  const figure = frame.tags.child(frame.elem, "Figure", { alt });
  frame.tags.content(figure, "Figure", () => {
    doc.save().translate(x0, y0);
    // Lanes: alternate bands with their labels in the left column.
    layout.lanes.forEach((lane, i) => {
      if (i % 2 === 0) doc.rect(0, lane.y, layout.width, lane.height).fill("#f3f5f8");
      const outer = frame.where;
      frame.where = lane.kind === "actor" ? `actor "${lane.key}"` : outer;
      const label = fitLine(frame, lane.label, { ...STYLES.small, color: INK.text }, r0 - 8);
      frame.where = outer;
      if (label) frame.drawLine(label, 2, lane.y + lane.height / 2 - label.height / 2);
    });
    const lanesTop = layout.lanes[0]?.y ?? layout.height;
    // Gridlines at the ticks, behind the marks.
    for (const t of layout.axis.ticks) {
      doc
        .moveTo(t.x, lanesTop)
        .lineTo(t.x, layout.height)
        .lineWidth(t.major ? 0.5 : 0.25)
        .stroke(t.major ? INK.rule : INK.hairline);
    }
    drawEscalation(frame, layout);
    drawAxis(frame, layout);
    for (const arc of layout.arcs)
      doc.path(arc.path).lineWidth(0.5).strokeOpacity(0.6).stroke("#7b818b").strokeOpacity(1);
    for (const m of layout.marks) if (m.span) drawSpan(doc, m, r0, r1);
    for (const m of layout.marks) drawMark(doc, m);
    for (const c of layout.clusters) {
      const w = Math.max(14, c.x1 - c.x0 - 2);
      doc
        .roundedRect(c.x - w / 2, c.y - 5.5, w, 11, 3)
        .lineWidth(0.5)
        .fillAndStroke("#e4e7ec", "#8a9099");
      const count = frame.set(
        [{ text: `+${c.count}`, style: { ...STYLES.small, size: 6.5, color: INK.text } }],
        w,
        "center",
      )[0];
      if (count) frame.drawLine(count, c.x - w / 2, c.y - count.height / 2);
    }
    doc.moveTo(0, layout.height).lineTo(layout.width, layout.height).lineWidth(0.5).stroke(INK.rule);
    drawLegend(frame, layout);
    doc.restore();
  });
  frame.tags.end(figure);
  frame.y = y0 + chartHeight(layout);
}

function drawEscalation(frame: Frame, layout: Layout): void {
  const e = layout.escalation;
  if (!e) return;
  const { doc } = frame;
  doc.rect(layout.range[0], e.y, layout.range[1] - layout.range[0], e.height).fill("#fafbfc");
  if (e.area) doc.path(e.area).fill("#d7dce3");
  doc
    .moveTo(layout.range[0], e.zeroY)
    .lineTo(layout.range[1], e.zeroY)
    .lineWidth(0.4)
    .dash(2, { space: 2 })
    .stroke(INK.muted)
    .undash();
  if (e.line) doc.path(e.line).lineWidth(0.9).stroke(INK.text);
  const label = frame.set(
    [
      { text: "Escalation", style: { ...STYLES.small, face: "sans-bold", color: INK.text } },
      { text: ` net intensity per ${e.unit}; max ${fmt(e.max)}, min ${fmt(e.min)}`, style: STYLES.small },
    ],
    layout.range[0] - 8,
  );
  let y = e.y + 2;
  for (const line of label) {
    frame.drawLine(line, 2, y);
    y += line.height;
  }
}

function drawAxis(frame: Frame, layout: Layout): void {
  const { doc } = frame;
  const { axis } = layout;
  const base = axis.y + axis.height;
  doc.moveTo(layout.range[0], base).lineTo(layout.range[1], base).lineWidth(0.6).stroke(INK.text);
  for (const t of axis.ticks) {
    doc
      .moveTo(t.x, base - 3)
      .lineTo(t.x, base)
      .lineWidth(0.5)
      .stroke(INK.text);
    const style = t.major ? { ...STYLES.small, face: "sans-bold" as const, color: INK.text } : STYLES.small;
    const line = frame.set([{ text: t.label, style }], 60, "center")[0];
    if (line) frame.drawLine(line, t.x - 30, base - 3 - line.height);
  }
  for (const band of axis.bands) {
    const line = frame.set(
      [{ text: band.label, style: { ...STYLES.small, color: INK.accent } }],
      Math.max(20, band.x1 - band.x0 - 4),
    )[0];
    if (line && band.x1 - band.x0 > 30) frame.drawLine(line, band.x0 + 2, axis.y + 1);
  }
}

function drawSpan(doc: PDFKit.PDFDocument, m: Mark, r0: number, r1: number): void {
  const a = Math.max(r0, m.openStart ? r0 : m.x0);
  const b = Math.min(r1, m.openEnd ? r1 : m.x1);
  doc
    .save()
    .fillOpacity(0.28)
    .rect(a, m.y - 2.2, Math.max(1, b - a), 4.4)
    .fill(m.color)
    .restore();
  doc
    .moveTo(a, m.y - 2.2)
    .lineTo(a, m.y + 2.2)
    .moveTo(b, m.y - 2.2)
    .lineTo(b, m.y + 2.2)
    .lineWidth(0.5)
    .stroke(m.color);
}

function drawMark(doc: PDFKit.PDFDocument, m: Mark): void {
  doc.save().translate(m.x, m.y);
  symbolPath(doc, m.symbol);
  // Candidates and disputed items are hollow, as on the web.
  if (m.status !== "confirmed") doc.lineWidth(0.9).fillAndStroke("#ffffff", m.color);
  else doc.lineWidth(0.4).fillAndStroke(m.color, "#1e1e1e");
  doc.restore();
}

function drawLegend(frame: Frame, layout: Layout): void {
  const { doc } = frame;
  legendRows(layout).forEach((row, i) => {
    let x = 0;
    const y = layout.height + 10 + i * LEGEND_ROW;
    for (const entry of row) {
      const line = frame.set([{ text: entry.label, style: STYLES.small }], 200)[0];
      if (!line) continue;
      doc
        .save()
        .translate(x + 4, y)
        .path(entry.symbol)
        .lineWidth(0.5)
        .fillAndStroke(entry.color, "#1e1e1e")
        .restore();
      frame.drawLine(line, x + 11, y - line.height / 2);
      x += 25 + entry.label.length * LEGEND_CHAR;
    }
  });
}

// A few symbol shapes are drawn hundreds of times: each path string is parsed by
// pdfkit once per process and its operators reused (they are the same bytes).
const symbolOps = new Map<string, string>();

function symbolPath(doc: PDFKit.PDFDocument, symbol: string): void {
  let ops = symbolOps.get(symbol);
  const d = doc as unknown as { addContent(data: string): unknown };
  if (ops === undefined) {
    const parts: string[] = [];
    const addContent = d.addContent;
    d.addContent = (data: string) => parts.push(data);
    try {
      doc.path(symbol);
    } finally {
      d.addContent = addContent;
    }
    ops = parts.join("\n");
    if (symbolOps.size < 1000) symbolOps.set(symbol, ops);
  }
  if (ops) d.addContent(ops);
}

function fmt(n: number): string {
  return n < 0 ? `−${Math.abs(Math.round(n * 10) / 10)}` : String(Math.round(n * 10) / 10);
}
