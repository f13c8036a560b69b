import type { Layout, Mark } from "@briefline/core/layout";
import { CHART_LABEL, chartStyle } from "./chart-text.js";
import { fitLine } from "./fit-line.js";
import type { Frame } from "./frame.js";
import { INK, STYLES } from "./styles.js";

// Room between the chart's bottom rule and the legend.
const LEGEND_GAP = 10;

/**
 * Height the chart of a layout takes on the page, legend included (the layout placed
 * the legend's rows, measured in the chart's font).
 *
 * @example
 * frame.ensure(chartHeight(layout));
 */
export function chartHeight(layout: Layout): number {
  return layout.height + LEGEND_GAP + layout.legendHeight;
}

/**
 * Draws a timeline {@link Layout} from `@briefline/core/layout` at the current position
 * with pdfkit vector primitives: the escalation curve, the time axis with its bands,
 * lanes with their labels, spans, marks (each family its own shape, so the chart reads
 * in greyscale), clusters, relation arcs with their names, the marks' labels (words,
 * or the item's number in the chronology) with their leader lines, and the legend.
 * Every position comes from the layout (core placed the labels, measured with
 * `chartMeasure` in {@link CHART_LABEL}'s face): the same layout the web timeline
 * draws, so both agree mark for mark and label for label.
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
    // Periods (TimelineJS eras) shade the lanes; their names are drawn over the escalation track.
    (layout.periods ?? []).forEach((p, i) => {
      if (p.x1 - p.x0 > 0)
        doc
          .rect(p.x0, lanesTop, p.x1 - p.x0, layout.height - lanesTop)
          .fillOpacity(i % 2 ? 0.1 : 0.06)
          .fill(INK.accent)
          .fillOpacity(1);
    });
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
    drawArcLabels(frame, layout);
    drawLabels(frame, layout);
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
  // The curve and its area never leave the plot box the layout gives.
  doc.save().rect(e.clip.x, e.clip.y, e.clip.width, e.clip.height).clip();
  if (e.area) doc.path(e.area).fill("#d7dce3");
  doc
    .moveTo(layout.range[0], e.zeroY)
    .lineTo(layout.range[1], e.zeroY)
    .lineWidth(0.4)
    .dash(2, { space: 2 })
    .stroke(INK.muted)
    .undash();
  if (e.line) doc.path(e.line).lineWidth(0.9).stroke(INK.text);
  doc.restore();
  drawPeriodNames(frame, layout);
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

/** The periods' bands over the escalation track, each named at its top left where the name fits (cut at a word). */
function drawPeriodNames(frame: Frame, layout: Layout): void {
  const e = layout.escalation;
  if (!e) return;
  const { doc } = frame;
  (layout.periods ?? []).forEach((p, i) => {
    const width = p.x1 - p.x0;
    if (width <= 0) return;
    doc
      .rect(p.x0, e.y, width, e.height)
      .fillOpacity(i % 2 ? 0.1 : 0.06)
      .fill(INK.accent)
      .fillOpacity(1);
    if (width < 30) return;
    const outer = frame.where;
    frame.where = `period "${p.title}"`;
    const name = fitLine(frame, p.title, { ...STYLES.small, size: 6.5, color: INK.muted }, width - 4);
    frame.where = outer;
    if (name) frame.drawLine(name, p.x0 + 2, e.y + 1.5);
  });
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
  // A band's name is drawn where the band is wider than the name (measured by the layout).
  for (const band of axis.bands) {
    if (band.x1 - band.x0 < band.labelWidth + 4) continue;
    const line = frame.set(
      [{ text: band.label, style: chartStyle(layout.labelStyle, INK.accent) }],
      band.x1 - band.x0,
    )[0];
    if (line) frame.drawLine(line, band.x0 + 2, axis.y + 1);
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

/**
 * The marks' labels where the layout put them: words in the chart's ink, an item's
 * number (the stand-in for words that did not fit) in grey, and a hairline from the
 * mark to a label set in another row.
 */
function drawLabels(frame: Frame, layout: Layout): void {
  const { doc } = frame;
  const marks = new Map(layout.marks.map((m) => [m.key, m]));
  const outer = frame.where;
  for (const l of layout.labels) {
    // A character no font has is reported under the item it belongs to.
    const m = marks.get(l.key);
    frame.where = m ? `${m.type} "${m.id}"` : outer;
    if (l.leader)
      doc.moveTo(l.leader.x1, l.leader.y1).lineTo(l.leader.x2, l.leader.y2).lineWidth(0.35).stroke(INK.muted);
    const color = l.kind === "number" ? INK.muted : CHART_LABEL.color;
    const line = frame.set(
      [{ text: l.text, style: chartStyle(layout.labelStyle, color) }],
      Number.POSITIVE_INFINITY,
    )[0];
    if (line) frame.drawLine(line, l.x, l.y - line.height / 2);
  }
  frame.where = outer;
}

/** The relations' names at the anchors the layout found free (a little smaller, in grey). */
function drawArcLabels(frame: Frame, layout: Layout): void {
  const style = { ...layout.labelStyle, size: layout.labelStyle.size * 0.85 };
  for (const arc of layout.arcs) {
    if (!arc.label) continue;
    const line = frame.set(
      [{ text: arc.label.text, style: chartStyle(style, INK.muted) }],
      Number.POSITIVE_INFINITY,
    )[0];
    if (line) frame.drawLine(line, arc.label.x - line.width / 2, arc.label.y - line.height / 2);
  }
}

/** The legend under the chart, entry by entry where the layout placed it. */
function drawLegend(frame: Frame, layout: Layout): void {
  const { doc } = frame;
  const top = layout.height + LEGEND_GAP;
  for (const entry of layout.legend) {
    const y = top + entry.y;
    doc
      .save()
      .translate(entry.x + 4, y)
      .path(entry.symbol)
      .lineWidth(0.5)
      .fillAndStroke(entry.color, "#1e1e1e")
      .restore();
    const line = frame.set(
      [{ text: entry.label, style: chartStyle(layout.labelStyle, INK.muted) }],
      Number.POSITIVE_INFINITY,
    )[0];
    if (line) frame.drawLine(line, entry.textX, y - line.height / 2);
  }
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
