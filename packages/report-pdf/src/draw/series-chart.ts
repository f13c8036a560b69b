import type { EscalationPoint } from "@briefline/core";
import type { Frame } from "./frame.js";
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
 * intensity as a line with points.
 *
 * @example
 * drawSeriesChart(frame, trend.series, { height: 120, label: (p) => p.key, alt: "Weekly escalation" });
 */
export function drawSeriesChart(frame: Frame, series: readonly EscalationPoint[], options: SeriesChartOptions): void {
  const { doc } = frame;
  const left = frame.left + 30;
  const width = frame.right - left;
  const top = frame.y + 6;
  const plotHeight = options.height - 30;
  const max = Math.max(1, ...series.map((p) => p.cooperation));
  const min = Math.min(-1, ...series.map((p) => -p.conflict));
  const scale = plotHeight / (max - min);
  const zero = top + max * scale;
  const step = width / Math.max(1, series.length);
  const barWidth = Math.max(0.8, Math.min(18, step * 0.7));
  const figure = frame.tags.child(frame.elem, "Figure", { alt: options.alt });
  frame.tags.content(figure, "Figure", () => {
    doc.save();
    // Gridlines at round values.
    for (const value of niceTicks(min, max)) {
      const y = zero - value * scale;
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(value === 0 ? 0.8 : 0.3)
        .stroke(value === 0 ? INK.text : INK.hairline);
      const tick = frame.set(
        [{ text: value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "0", style: STYLES.small }],
        26,
        "right",
      )[0];
      if (tick) frame.drawLine(tick, left - 30, y - tick.height / 2);
    }
    series.forEach((p, i) => {
      const x = left + i * step + (step - barWidth) / 2;
      if (p.cooperation > 0)
        doc.rect(x, zero - p.cooperation * scale, barWidth, p.cooperation * scale).fill(COOPERATION);
      if (p.conflict > 0) doc.rect(x, zero, barWidth, p.conflict * scale).fill(CONFLICT);
    });
    const points = series.map((p, i) => [left + i * step + step / 2, zero - p.total * scale] as const);
    if (points.length > 1) {
      points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
      doc.lineWidth(1).stroke(INK.text);
    }
    if (points.length <= 60) for (const [x, y] of points) doc.circle(x, y, 1.6).fill(INK.text);
    // Axis labels, thinned so they never collide.
    const every = Math.max(1, Math.ceil((series.length * 46) / width));
    series.forEach((p, i) => {
      if (i % every !== 0) return;
      const line = frame.set([{ text: options.label(p), style: STYLES.small }], 60, "center")[0];
      if (line) frame.drawLine(line, left + i * step + step / 2 - 30, top + plotHeight + 4);
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

/**
 * Round values between min and max for gridlines (always including 0).
 *
 * @example
 * niceTicks(-18, 9) // [-15, -10, -5, 0, 5]
 */
export function niceTicks(min: number, max: number): number[] {
  const span = max - min;
  const raw = span / 6;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  if (!out.includes(0)) out.push(0);
  return out.sort((a, b) => a - b);
}
