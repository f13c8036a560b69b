import type { Entry } from "@briefline/core";
import { defaultLaneMode } from "@briefline/core/layout";
import { chartHeight, drawChart } from "../draw/chart.js";
import { STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import { formatRange } from "../model/dates.js";
import { fitLayout } from "./fit-layout.js";
import { emptyNote, type Section, span, subheading } from "./section.js";

const DAY = 86_400_000;
const DETAIL_DAYS = 14;

/**
 * The timeline: the period's items laid out by `@briefline/core/layout` (the same
 * layout as the web timeline) across the full text width and drawn as vectors, lanes
 * by speaker. A period longer than a month gets a second chart of its last fortnight,
 * where the latest moves are told apart and relation arcs drawn.
 */
export const timelineSection: Section = {
  id: "timeline",
  title: "Timeline",
  newPage: true,
  draw(ctx) {
    const { frame, scope } = ctx;
    if (scope.empty || !scope.dated) {
      emptyNote(ctx, "There are no dated items to chart.");
      return;
    }
    frame.paragraph(
      [
        span(
          `Each lane is ${defaultLaneMode(scope.entries) === "group" ? "a group of the imported timeline" : "a speaker (events sit in the lanes of their participants)"} or, where that would be too dense, a kind. Shapes tell kinds apart without colour: ▼ threats, warnings and ultimatums; ● offers and proposals; ■ meetings, summits, visits and calls; ✕ rejections; ◆ other statements and events. Hollow marks are candidates or disputed; bars are dates known only as a span; grey boxes (+n) count marks that would overlap. A mark is named beside it, or by its number in the chronology (#12) where its words do not fit. The curve above is the net intensity.${ctx.chronicle.periods?.length ? " Shaded bands are the chronicle's periods, named over the curve." : ""}`,
          STYLES.small,
        ),
      ],
      { after: 8 },
    );
    const pad = Math.max((scope.to - scope.from) * 0.015, DAY / 4);
    drawOne(
      ctx,
      `Whole period, ${formatRange(scope.from, scope.to, ctx.tz)}`,
      scope.entries,
      [scope.from - pad, scope.to + pad],
      false,
    );
    if (scope.to - scope.from > 31 * DAY) {
      const from = scope.to - DETAIL_DAYS * DAY;
      const recent = scope.entries.filter((e) => e.date.latest >= from && e.date.earliest <= scope.to);
      if (recent.length >= 3) {
        frame.newPage();
        drawOne(
          ctx,
          `Last ${DETAIL_DAYS} days, ${formatRange(from, scope.to, ctx.tz)}`,
          recent,
          [from - DAY / 4, scope.to + DAY / 4],
          true,
        );
      }
    }
  },
};

function drawOne(ctx: Context, title: string, entries: Entry[], domain: [number, number], detail: boolean): void {
  const { frame } = ctx;
  subheading(ctx, title, 200);
  const layout = fitLayout(ctx, frame.bottom - frame.y - 4, entries, domain, detail);
  const height = chartHeight(layout);
  ctx.chart(title, layout);
  const alt = `Timeline chart, ${title}: ${layout.counts.entries} items in ${layout.lanes.length} lanes, with the escalation curve above.`;
  const scale = Math.min(1, (frame.bottom - frame.y) / height);
  if (scale < 1) {
    // Still too tall after aggregation: shrink rather than cut the chart.
    const y = frame.y;
    frame.doc.save().translate(frame.left, y).scale(scale).translate(-frame.left, -y);
    drawChart(frame, layout, alt);
    frame.doc.restore();
    frame.y = y + height * scale;
  } else drawChart(frame, layout, alt);
  if (layout.counts.clustered) {
    const text = `${layout.counts.clustered} items are counted in grey boxes where marks would overlap; the chronology lists every one.`;
    frame.paragraph([span(text, STYLES.small)]);
  }
  frame.gap(10);
}
