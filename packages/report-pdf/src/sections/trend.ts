import { drawSeriesChart } from "../draw/series-chart.js";
import { STYLES } from "../draw/styles.js";
import { drawTable, type Row } from "../draw/table.js";
import { formatDay, formatRange } from "../model/dates.js";
import { comparison, computeTrend, MIN_TREND_ITEMS, type Trend, type TrendWindow } from "../model/trend.js";
import { signed } from "./bluf.js";
import { emptyNote, type Section, span } from "./section.js";

const WORDS: Record<Trend["verdict"], string> = {
  deteriorated: "▼ Deteriorated.",
  improved: "▲ Improved.",
  unchanged: "■ Unchanged.",
  "no-basis": "No comparison.",
};

/**
 * The trend, CrisisWatch style: a verdict (deteriorated, improved, unchanged) from the
 * period's escalation against the previous period, the numbers behind it, and the
 * escalation series as a bar chart.
 */
export const trendSection: Section = {
  id: "trend",
  title: "Trend",
  draw(ctx) {
    const { frame, tz } = ctx;
    const trend = computeTrend(ctx.scope, tz);
    if (!ctx.scope.dated) {
      emptyNote(ctx, "There are no dated items to show a trend.");
      return;
    }
    const range = (w: TrendWindow) => formatRange(w.from, w.to, tz);
    const against = comparison(trend, range);
    const delta = Math.round((trend.current.net - trend.previous.net) * 10) / 10;
    frame.paragraph(
      [
        span(`${WORDS[trend.verdict]} `, STYLES.bodyBold),
        span(
          trend.tooFew
            ? `Comparing ${against}: ${trend.current.count} and ${trend.previous.count} items, too few to call a trend (${MIN_TREND_ITEMS} together are needed, and some in each).`
            : trend.verdict === "no-basis"
              ? `The period is compared with ${against}.`
              : `Net intensity moved from ${signed(trend.previous.net)} to ${signed(trend.current.net)} (${signed(delta)}), comparing ${against}. Intensity is the Goldstein-style score of each item (−10 most hostile, +10 most cooperative), summed.`,
          STYLES.body,
        ),
      ],
      { after: 8 },
    );
    if (trend.basis !== "none") {
      const metric = (label: string, pick: (w: TrendWindow) => number, sign = false): Row => {
        const a = pick(trend.previous);
        const b = pick(trend.current);
        const fmt = (n: number) => (sign ? signed(n) : String(n));
        const change = Math.round((b - a) * 10) / 10;
        return {
          cells: [
            [[span(label, STYLES.cellBold)]],
            [[span(fmt(a), STYLES.cell)]],
            [[span(fmt(b), STYLES.cell)]],
            [[span(change === 0 ? "–" : signed(change), STYLES.cell)]],
          ],
        };
      };
      drawTable(
        frame,
        [
          { header: "Measure", share: 2 },
          { header: `Before: ${range(trend.previous)}`, share: 1.6, align: "right" },
          { header: `Now: ${range(trend.current)}`, share: 1.6, align: "right" },
          { header: "Change", share: 0.9, align: "right" },
        ],
        [
          metric("Items", (w) => w.count),
          metric("Hostility (sum of negative intensities)", (w) => w.conflict),
          metric("Cooperation (sum of positive intensities)", (w) => w.cooperation),
          metric("Net intensity", (w) => w.net, true),
          metric("Threats, warnings, ultimatums", (w) => w.threats),
          metric("Offers and proposals", (w) => w.offers),
        ],
      );
    }
    if (trend.series.length > 1) {
      frame.ensure(170);
      frame.paragraph([span(`Escalation per ${trend.unit} over the period`, STYLES.h3)], { after: 2 });
      drawSeriesChart(frame, trend.series, {
        height: 130,
        label: (p) => (trend.unit === "month" ? p.key : formatDay(p.start, tz).replace(/ \d{4}$/, "")),
        alt: `Bar chart of hostility and cooperation per ${trend.unit} from ${formatRange(ctx.scope.from, ctx.scope.to, tz)}, with the net intensity as a line.`,
      });
    }
  },
};
