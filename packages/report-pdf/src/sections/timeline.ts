import type { Entry } from "@briefline/core";
import { computeLayout, type Layout, type LayoutOptions } from "@briefline/core/layout";
import { chartHeight, drawChart } from "../draw/chart.js";
import { STYLES } from "../draw/styles.js";
import type { Context } from "../model/context.js";
import { formatRange } from "../model/dates.js";
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
          "Each lane is a speaker (events sit in the lanes of their participants). Shapes tell kinds apart without colour: ▼ threats, warnings and ultimatums; ● offers and proposals; ■ meetings, summits, visits and calls; ✕ rejections; ◆ other statements and events. Hollow marks are candidates or disputed; bars are dates known only as a span; grey boxes (+n) count marks that would overlap. The curve above is the net intensity.",
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

/**
 * The layout that fits `room` points of height: lanes by speaker with up to three
 * rows, then two, then lanes by kind, then one row per lane (the rest counted in
 * clusters).
 *
 * @example
 * fitLayout(ctx, 600, ctx.scope.entries, [from, to], false).lanes.length
 */
export function fitLayout(
  ctx: Context,
  room: number,
  entries: Entry[],
  domain: [number, number],
  detail: boolean,
): Layout {
  const relations = ctx.chronicle.relations?.length ?? 0;
  const base: LayoutOptions & { entries: Entry[] } = {
    width: ctx.frame.width,
    entries,
    domain,
    labelWidth: 92,
    marginRight: 6,
    rowHeight: 12,
    markSize: 8,
    escalationHeight: 44,
    axisHeight: 30,
    maxRows: 3,
    minTickSpacing: detail ? 28 : 40,
    arcs: detail && relations <= 80 ? "all" : [],
    timezone: ctx.tz,
  };
  // The fortnight's chart may use a whole page: marks get rows before they are counted.
  const roomy: Array<Partial<LayoutOptions>> = detail
    ? [
        { laneBy: "speaker", maxRows: 10 },
        { laneBy: "speaker", maxRows: 6 },
      ]
    : [];
  const attempts: Array<Partial<LayoutOptions>> = [
    ...roomy,
    { laneBy: "speaker" },
    { laneBy: "speaker", maxRows: 2 },
    { laneBy: "speaker", maxRows: 1, rowHeight: 11 },
    { laneBy: "kind", maxRows: 2 },
    { laneBy: "kind", maxRows: 1, rowHeight: 11 },
  ];
  let layout: Layout | undefined;
  for (const attempt of attempts) {
    layout = computeLayout(ctx.chronicle, { ...base, ...attempt });
    if (chartHeight(layout) <= room) return layout;
  }
  return layout as Layout;
}
