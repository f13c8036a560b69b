import { type Entry, entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { type Anchor, placeArcLabels, relationArcs } from "./arcs.js";
import { escalationTrack } from "./escalation-track.js";
import { fitDomain } from "./geometry.js";
import { labelOf } from "./label-text.js";
import { placeLabels } from "./labels.js";
import { type LaneView, laneView } from "./lane-index.js";
import { type LaneContext, layoutLane } from "./lane-marks.js";
import { laneLabel, NO_LANE, orderLanes } from "./lanes.js";
import { legendOf } from "./legend.js";
import { type Measure, measureDejaVu, type TextStyle } from "./measure.js";
import { periodBands } from "./period-bands.js";
import { place } from "./placement.js";
import { type PreparedEntries, prepareEntries } from "./prepare.js";
import { priorityOf } from "./priority.js";
import { linearOf, timeScale } from "./scale.js";
import { binEdges, timeAxis } from "./ticks.js";
import type { Arc, Cluster, Lane, Layout, LayoutOptions, Mark, MarkLabel } from "./types.js";

const LANE_PAD = 4;
const GAP = 2;

/**
 * Lays out a chronicle (or the entries of a query over it) as a timeline: the time
 * scale, adaptive ticks in the chronicle's time zone, lanes, every mark packed into rows
 * so none overlap, clusters where a lane would need more than `maxRows` rows (a lane
 * with more items than its rows could ever show becomes a density strip of counts), the
 * escalation curve and relation arcs. Plain data, no DOM: the web timeline and the PDF
 * chart draw the same result. Deterministic for the same input; the `entries` array is
 * read as immutable (its per-entry numbers are cached for the next zoom).
 *
 * @example
 * const layout = computeLayout(chronicle, { width: 960, laneBy: "speaker" });
 * for (const m of layout.marks) draw(m.symbol, m.x, m.y, m.color);
 */
export function computeLayout(chronicle: Chronicle, options: LayoutOptions & { entries?: readonly Entry[] }): Layout {
  const o = withDefaults(options);
  const entries = options.entries ?? entriesOf(chronicle);
  const prepared = prepareEntries(entries);
  const timezone = options.timezone ?? chronicle.timezone ?? "UTC";
  const domain: [number, number] = options.domain ? [options.domain[0], options.domain[1]] : fitDomain(entries);
  if (!(domain[1] > domain[0])) throw new RangeError(`invalid domain: [${domain[0]}, ${domain[1]}]`);
  const range: [number, number] = [o.labelWidth, Math.max(o.labelWidth + 1, o.width - o.marginRight)];
  const scale = timeScale(domain, range);
  const { k, offset } = linearOf(scale);

  // Lanes come from every entry given, so they stay put while the view zooms and pans.
  const lanesIndex = prepared.lanes(o.laneBy);
  const order = orderLanes(lanesIndex.keys, o.laneBy, chronicle);
  // Each lane's members in view are found by bisecting its anchor-sorted index; only
  // lanes sparse enough to show marks have their members placed one by one.
  const sorted = prepared.sorted(o.laneBy);
  const keyIndex = new Map(lanesIndex.keys.map((key, l) => [key, l]));
  const views = order.map((key) => laneView(sorted, prepared, keyIndex.get(key) as number, domain[0], domain[1]));
  const visible = laneView(sorted, prepared, lanesIndex.keys.length, domain[0], domain[1]).count;
  // A lane is drawn as counts when its items in view would get less than DENSE_ROOM mark
  // widths each in its rows: packed tighter, marks stand shoulder to shoulder, no label
  // fits between them (at 10k items, one zoom step in from the whole period gave 5,245
  // marks and not one label), and drawing them costs a frame.
  const capacity = Math.floor((o.maxRows * Math.floor((range[1] - range[0]) / (o.markSize + GAP))) / DENSE_ROOM);
  const dense = views.map((v) => v.count > capacity);
  const list: number[] = [];
  const segments = views.map((v, r) => {
    const from = list.length;
    if (!dense[r]) {
      for (let pos = v.lo; pos < v.hi; pos++) list.push(sorted.order[pos] as number);
      for (const pos of v.extra) list.push(sorted.order[pos] as number);
    }
    return [from, list.length] as const;
  });
  const at = place(prepared, Int32Array.from(list), domain, { k, offset }, o.markSize);
  const positions = new Int32Array(list.length);
  for (let v = 0; v < list.length; v++) positions[v] = v;

  const names = actorNames(chronicle, options.actorNames);
  const rank = priorityArray(chronicle, prepared);
  const linked = (i: number) => lanesIndex.several[i] === 1;
  const wanted = arcEnds(chronicle, o.arcs);
  const plotTop = o.escalationHeight + o.axisHeight;
  // Clusters count in calendar bins (days, weeks, months… in the chronicle's zone), so a
  // strip's cells and the badges line up with the axis: a lane's overflow in bins at least
  // a cluster wide (its "+N" badges never meet), a density strip's cells in bins at least
  // half that (a week rather than a month where a cluster would take twelve days).
  const edges = binEdges(domain, k, timezone, o.clusterWidth);
  const stripEdges = binEdges(domain, k, timezone, o.clusterWidth / 2);
  /** The lanes with their marks; the marks in `reserve` have room for their labels kept beside them. */
  const layoutLanes = (reserve: ReadonlySet<string>) => {
    const marks: Mark[] = [];
    const clusters: Cluster[] = [];
    const anchors = new Map<string, Anchor>();
    const ctx: LaneContext = {
      prepared,
      at,
      domain,
      range,
      k,
      offset,
      edges,
      stripEdges,
      rowHeight: o.rowHeight,
      markSize: o.markSize,
      maxRows: o.maxRows,
      lanePad: LANE_PAD,
      gap: GAP,
      anchors,
      wanted,
      drawn: new Set<number>(),
      priority: rank,
      marks,
      clusters,
      reserve,
      reserved: new Map(),
      labelRoom: (i) => o.measure(labelOf(prepared.entries[i] as Entry), o.labelStyle) + 12,
    };
    const lanes: Lane[] = [];
    let y = plotTop;
    order.forEach((key, r) => {
      if (o.hideEmptyLanes && (views[r] as LaneView).count === 0) return;
      const [from, to] = segments[r] as readonly [number, number];
      const base = { key, label: laneLabel(key, o.laneBy, names), y, kind: laneKind(key, o.laneBy) };
      const strip = dense[r] ? { sorted, view: views[r] as LaneView } : null;
      const lane = layoutLane(ctx, key, base, positions.subarray(from, to), strip, linked);
      lanes.push(lane);
      y += lane.height;
    });
    return { marks, clusters, anchors, lanes, height: y, reserved: ctx.reserved as Map<string, [number, number]> };
  };
  const rowY = (lane: Lane, row: number) => lane.y + LANE_PAD + row * o.rowHeight + o.rowHeight / 2;
  const label = (drawn: ReturnType<typeof layoutLanes>) =>
    o.labels
      ? placeLabels(drawn.marks, drawn.clusters, drawn.lanes, {
          measure: o.measure,
          style: o.labelStyle,
          range,
          rowY,
          fallback: options.labelFallback,
          reserved: drawn.reserved,
        })
      : { labels: [], hidden: [] };
  // A threat, warning or ultimatum (or a highlighted item) that found no room for its
  // words, or only for some of them, has room for its label reserved beside it, as for a
  // box, and the lanes are packed again (once, for all of them): the gravest items are
  // never the bare ones. Only where a reader could take in every label anyway (up to
  // RESERVE_UP_TO marks): a dense view shows counts and zooms into them, and a second
  // packing and placement of 342 marks took 20–40 ms of a 10k-item first render.
  const reserve = new Set<string>();
  let drawn = layoutLanes(reserve);
  let placed = label(drawn);
  if (options.reserveLabelRoom !== false && drawn.marks.length <= RESERVE_UP_TO) {
    const byKey = new Map(drawn.marks.map((m) => [m.key, m]));
    const top = (key: string) => {
      const m = byKey.get(key);
      return m !== undefined && (m.family === "threat" || m.priority >= 1000);
    };
    const cut = placed.labels.filter((l) => l.text !== byKey.get(l.key)?.label).map((l) => l.key);
    // Reserving for some only would let the others' labels take their room: all at once.
    if ([...placed.hidden, ...cut].some(top)) {
      for (const m of drawn.marks) if (top(m.key)) reserve.add(m.id);
      drawn = layoutLanes(reserve);
      placed = label(drawn);
    }
  }
  const { marks, clusters, anchors, lanes } = drawn;
  const y = drawn.height;
  const clustered = clusters.reduce((n, c) => n + c.count, 0);

  const axis = timeAxis(domain, range, timezone, o.minTickSpacing);
  for (const band of axis.bands) band.labelWidth = Math.round(o.measure(band.label, o.labelStyle) * 100) / 100;
  const arcs = relationArcs(chronicle.relations ?? [], anchors, o.arcs, plotTop);
  labelArcs(arcs, placed.labels, marks, o.measure, o.labelStyle);
  const legend = legendOf(o.markSize, o.width, o.measure, o.labelStyle);
  return {
    width: o.width,
    height: y,
    domain,
    range,
    axis: { y: o.escalationHeight, height: o.axisHeight, ...axis, timezone },
    escalation:
      o.escalationHeight > 0
        ? escalationTrack(entries, domain, scale, { y: 0, height: o.escalationHeight, timezone, range })
        : null,
    lanes,
    marks,
    clusters,
    arcs,
    legend: legend.entries,
    legendHeight: legend.height,
    labels: placed.labels,
    hiddenLabels: placed.hidden,
    labelStyle: o.labelStyle,
    periods: periodBands(chronicle.periods ?? [], domain, scale, timezone),
    counts: { entries: visible, marks: marks.length, clustered },
  };
}

/** Names the arcs at their apex where no label or mark is in the way. */
function labelArcs(
  arcs: Arc[],
  labels: readonly MarkLabel[],
  marks: readonly Mark[],
  measure: Measure,
  style: TextStyle,
): void {
  if (arcs.length === 0) return;
  type Box = { x0: number; x1: number; y0: number; y1: number };
  const boxes: Box[] = [
    ...labels.map((l) => ({ x0: l.x, x1: l.x + l.width, y0: l.y - l.height / 2, y1: l.y + l.height / 2 })),
    ...marks.map((m) => ({ x0: m.x - m.size / 2, x1: m.x + m.size / 2, y0: m.y - m.size / 2, y1: m.y + m.size / 2 })),
  ];
  const small = { ...style, size: style.size * 0.85 };
  placeArcLabels(
    arcs,
    (text) => measure(text, small),
    small.size * 1.2,
    (b) => !boxes.some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1),
    (b) => boxes.push(b),
  );
}

/** Ids at either end of the relations whose arcs are asked for. */
function arcEnds(chronicle: Chronicle, arcs: readonly string[] | "all"): Set<string> {
  const ends = new Set<string>();
  const only = arcs === "all" ? null : new Set(arcs);
  if (only?.size === 0) return ends;
  for (const r of chronicle.relations ?? []) {
    if (only && !only.has(r.from) && !only.has(r.to)) continue;
    ends.add(r.from);
    ends.add(r.to);
  }
  return ends;
}

/** Mark widths of room each item of a lane needs, on average, to be drawn as a mark rather than counted. */
const DENSE_ROOM = 3;

/** Most marks in a view whose gravest items have room kept for their labels. */
const RESERVE_UP_TO = 200;

const ranks = new WeakMap<PreparedEntries, { chronicle: Chronicle; rank: Float64Array }>();

/**
 * The label priority of a prepared entry, by index: worked out when first asked for and
 * kept per entries array (a first frame of 10k items asks for the few hundred it draws).
 */
function priorityArray(chronicle: Chronicle, prepared: PreparedEntries): (i: number) => number {
  let hit = ranks.get(prepared);
  if (!hit || hit.chronicle !== chronicle) {
    hit = { chronicle, rank: new Float64Array(prepared.entries.length).fill(Number.NaN) };
    ranks.set(prepared, hit);
  }
  const { rank } = hit;
  const of = priorityOf(chronicle);
  return (i) => {
    let p = rank[i] as number;
    if (Number.isNaN(p)) {
      p = of(prepared.entries[i] as Entry);
      rank[i] = p;
    }
    return p;
  };
}

function laneKind(key: string, mode: string): Lane["kind"] {
  return key === NO_LANE ? "none" : mode === "kind" || mode === "group" ? mode : "actor";
}

function withDefaults(options: LayoutOptions) {
  const markSize = options.markSize ?? 12;
  return {
    width: options.width,
    laneBy: options.laneBy ?? "speaker",
    labelWidth: options.labelWidth ?? 140,
    marginRight: options.marginRight ?? 16,
    rowHeight: options.rowHeight ?? 22,
    markSize,
    escalationHeight: options.escalationHeight ?? 60,
    axisHeight: options.axisHeight ?? 28,
    maxRows: Math.max(1, options.maxRows ?? 4),
    arcs: options.arcs ?? [],
    minTickSpacing: options.minTickSpacing ?? 56,
    clusterWidth: options.clusterWidth ?? 3 * markSize,
    measure: options.measure ?? measureDejaVu,
    labelStyle: options.labelStyle ?? { size: 11 },
    labels: options.labels ?? true,
    hideEmptyLanes: options.hideEmptyLanes ?? false,
  } as const;
}

function actorNames(chronicle: Chronicle, given: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const names: Record<string, string> = {};
  for (const a of chronicle.actors ?? []) names[a.id] = a.name;
  return { ...names, ...given };
}
