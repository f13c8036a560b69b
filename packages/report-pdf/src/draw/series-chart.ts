import type { EscalationPoint } from "@briefline/core";
import type { Frame } from "./frame.js";
import { seriesGeometry } from "./series-geometry.js";
import { INK, STYLES } from "./styles.js";

/** How the series chart is labelled. */
export interface SeriesChartOptions {
  height: number;
  /** Label of each point on the axis. */
  label(point: EscalationPoint): string;
  /** Alternative text of the figure (tagged PDFs). */
  alt: string;
}

// Hostility is dark and points down, cooperation light and points up: the two read
// apart in greyscale by lightness and by direction, not by hue.
const CONFLICT = "#a8431a";
const COOPERATION = "#8cc9b5";

/**
 * Draws an escalation series as a vector bar chart at the current position: per
 * period, cooperation as a bar up from zero, hostility as a bar down, and the net
 * intensity as a line with points, placed by {@link seriesGeometry} (core's time
 * scale, d3-array's round ticks).
 *
 * @example
 * drawSeriesChart(frame, trend.series, { height: 120, label: (p) => p.key, alt: "Weekly escalation" });
 */
export function drawSeriesChart(frame: Frame, series: readonly EscalationPoint[], options: SeriesChartOptions): void {
  const { doc } = frame;
  const left = frame.left + 30;
  const top = frame.y + 6;
  const box = { x: left, y: top, width: frame.right - left, height: options.height - 30 };
  const g = seriesGeometry(series, box);
  const figure = frame.tags.child(frame.elem, "Figure", { alt: options.alt });
  frame.tags.content(figure, "Figure", () => {
    doc.save();
    // Gridlines at round values.
    for (const { value, y } of g.ticks) {
      doc
        .moveTo(box.x, y)
        .lineTo(box.x + box.width, y)
        .lineWidth(value === 0 ? 0.8 : 0.3)
        .stroke(value === 0 ? INK.text : INK.hairline);
      const tick = frame.set(
        [{ text: value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "0", style: STYLES.small }],
        26,
        "right",
      )[0];
      if (tick) frame.drawLine(tick, left - 30, y - tick.height / 2);
    }
    for (const bar of g.bars)
      doc.rect(bar.x, bar.y, bar.width, bar.height).fill(bar.kind === "cooperation" ? COOPERATION : CONFLICT);
    if (g.line.length > 1) {
      g.line.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
      doc.lineWidth(1).stroke(INK.text);
    }
    if (g.line.length <= 60) for (const [x, y] of g.line) doc.circle(x, y, 1.6).fill(INK.text);
    // Axis labels, set first and thinned by their measured width so they never collide.
    const labels = series.map((p) => frame.set([{ text: options.label(p), style: STYLES.small }], 80, "center")[0]);
    const widest = Math.max(0, ...labels.map((l) => l?.width ?? 0));
    const every = Math.max(1, Math.ceil((widest + 6) / Math.max(g.step, 0.01)));
    labels.forEach((line, i) => {
      if (i % every === 0 && line) frame.drawLine(line, (g.centres[i] as number) - 40, box.y + box.height + 4);
    });
    doc.restore();
  });
  frame.tags.end(figure);
  frame.y = top + options.height;
  drawKey(frame);
}

function drawKey(frame: Frame): void {
  const { doc } = frame;
  const y = frame.y;
  const items: Array<[string, string, "bar" | "line"]> = [
    [COOPERATION, "Cooperation (sum of positive intensities)", "bar"],
    [CONFLICT, "Hostility (sum of negative intensities)", "bar"],
    [INK.text, "Net intensity", "line"],
  ];
  let x = frame.left + 30;
  const elem = frame.tags.child(frame.elem, "P");
  frame.tags.content(elem, "P", () => {
    for (const [color, text, kind] of items) {
      if (kind === "bar") doc.rect(x, y + 2, 9, 6).fill(color);
      else
        doc
          .moveTo(x, y + 5)
          .lineTo(x + 9, y + 5)
          .lineWidth(1)
          .stroke(color);
      const line = frame.set([{ text, style: STYLES.small }], 220)[0];
      if (line) frame.drawLine(line, x + 13, y);
      x += 13 + (line?.width ?? 0) + 16;
    }
  });
  frame.tags.end(elem);
  frame.y = y + 16;
}
