import { type Entry, threatRegister } from "@briefline/core";
import { computeLayout, defaultLaneMode, type Layout, type LayoutOptions, labelReport } from "@briefline/core/layout";
import { chartHeight } from "../draw/chart.js";
import { CHART_LABEL, chartMeasure } from "../draw/chart-text.js";
import type { Context } from "../model/context.js";
import { blufCitations } from "./bluf.js";

/** Shares of the period added on the right, tried in turn, for the latest items' labels. */
const WIDEN = [0, 0.2, 0.4];
/** Charts of more items get only the compact attempts, on the period as given. */
const RICH_UP_TO = 2000;
/** Layout attempts with rows to spare, so marks are drawn rather than counted. */
const ROOMY: Array<Partial<LayoutOptions>> = [
  { laneBy: "speaker", maxRows: 10 },
  { laneBy: "speaker", maxRows: 6 },
  { laneBy: "speaker", maxRows: 4 },
];
/** Attempts that fit more on a page: fewer rows, then lanes by kind. */
const COMPACT: Array<Partial<LayoutOptions>> = [
  { laneBy: "speaker" },
  { laneBy: "speaker", maxRows: 2 },
  { laneBy: "speaker", maxRows: 1, rowHeight: 11 },
  { laneBy: "kind", maxRows: 4 },
  { laneBy: "kind", maxRows: 2 },
  { laneBy: "kind", maxRows: 1, rowHeight: 11 },
];

/** How one layout attempt serves the reader: what the chart would hide, and its height. */
interface Verdict {
  layout: Layout;
  height: number;
  fits: boolean;
  /** Cited items (bottom line, key judgments, threat register) counted in a `+N` box. */
  citedClustered: number;
  /** Threats, warnings, ultimatums and highlighted items without a label in words. */
  topBare: number;
  /** Marks with no label at all, not even their number. */
  bare: number;
}

/**
 * The layout of a chart `room` points tall. Attempts run from the richest (lanes by
 * speaker with many rows, so marks are drawn rather than counted) to the most compact
 * (lanes by kind, one row each), each on the period as given and then with a fifth
 * and two fifths more room on the right for the latest items' labels, all measured in
 * the chart's font, with each item's chronology number as the stand-in for words that
 * do not fit. The choice:
 *
 * 1. the first attempt that fits the page, counts no cited item (bottom line, key
 *    judgments, threat register: {@link citedIds}) in a `+N` box, labels every
 *    threat, warning and ultimatum in words (`labelReport(layout).topShare === 1`)
 *    and every other mark in words or by its number;
 * 2. else the first that fits and does all that but leaves some minor marks bare;
 * 3. if none fits, the shortest attempt that still keeps the cited items visible and
 *    the threats labelled (the caller shrinks it onto the page);
 * 4. if no attempt keeps them all, the one that hides the fewest cited items, then
 *    leaves the fewest threats without words, then fits, then is shortest.
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
    measure: chartMeasure(ctx.frame.fonts),
    labelStyle: { size: CHART_LABEL.size },
    labelFallback: (mark) => {
      const n = ctx.itemNumber(mark.id);
      return n === undefined ? undefined : `#${n}`;
    },
  };
  const rich = entries.length <= RICH_UP_TO;
  const attempts = rich ? [...ROOMY, ...COMPACT] : COMPACT;
  // Room on the right for the latest items' labels: the period's end is where the
  // story usually is, and its marks have nothing but the page edge beside them. An
  // attempt that leaves marks bare on the period as given is tried again widened to the
  // right by a fifth, then by two fifths. (A chart of thousands of items is counts
  // anyway: only the compact attempts, not widened, so it costs what it did before.)
  const span = domain[1] - domain[0];
  const widen = rich ? WIDEN : [0];
  const cited = citedIds(ctx);
  const verdicts: Verdict[] = [];
  // A TimelineJS import has groups and no actors: its "speaker" attempts go by group.
  const byActor = defaultLaneMode(ctx.scope.entries);
  for (const { laneBy, ...attempt } of attempts) {
    for (const w of widen) {
      const layout = computeLayout(ctx.chronicle, {
        ...base,
        ...attempt,
        laneBy: laneBy === "speaker" ? byActor : laneBy,
        domain: [domain[0], domain[1] + span * w],
      });
      const height = chartHeight(layout);
      const report = labelReport(layout);
      const verdict: Verdict = {
        layout,
        height,
        fits: height <= room,
        citedClustered: clusteredAmong(layout, cited),
        topBare: report.topUnlabelled.length,
        bare: report.hidden,
      };
      if (verdict.fits && verdict.citedClustered === 0 && verdict.topBare === 0 && verdict.bare === 0) return layout;
      verdicts.push(verdict);
      if (verdict.topBare === 0 && verdict.bare === 0) break;
    }
  }
  const clear = verdicts.filter((v) => v.citedClustered === 0 && v.topBare === 0);
  const fitting = clear.find((v) => v.fits);
  if (fitting) return fitting.layout;
  const pool = clear.length ? clear : verdicts;
  pool.sort(
    (a, b) =>
      a.citedClustered - b.citedClustered ||
      a.topBare - b.topBare ||
      Number(b.fits) - Number(a.fits) ||
      a.height - b.height,
  );
  return (pool[0] as Verdict).layout;
}

/**
 * Ids of the items the briefing cites before the chart: the bottom line's, the key
 * judgments' bases and the threat register's threats. The chart keeps them visible.
 *
 * @example
 * citedIds(ctx).has("legit-targets") // true
 */
export function citedIds(ctx: Context): Set<string> {
  const ids = new Set<string>(blufCitations(ctx));
  for (const j of ctx.chronicle.judgments ?? []) for (const id of j.basis) ids.add(id);
  for (const t of threatRegister(ctx.chronicle, ctx.scope.entries)) ids.add(t.id);
  return ids;
}

/** How many of `ids` the layout counts in a cluster rather than drawing them. */
function clusteredAmong(layout: Layout, ids: ReadonlySet<string>): number {
  let n = 0;
  for (const c of layout.clusters) for (const id of c.ids) if (ids.has(id)) n++;
  return n;
}
