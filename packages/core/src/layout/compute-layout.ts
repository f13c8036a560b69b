import { type Entry, entriesOf } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { type Anchor, relationArcs } from "./arcs.js";
import { escalationTrack } from "./escalation-track.js";
import { fitDomain } from "./geometry.js";
import { type LaneView, laneView } from "./lane-index.js";
import { type LaneContext, layoutLane } from "./lane-marks.js";
import { laneLabel, NO_LANE, orderLanes } from "./lanes.js";
import { legendOf } from "./legend.js";
import { periodBands } from "./period-bands.js";
import { place } from "./placement.js";
import { prepareEntries } from "./prepare.js";
import { timeAxis } from "./ticks.js";
import type { Cluster, Lane, Layout, LayoutOptions, Mark } from "./types.js";

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
  const k = (range[1] - range[0]) / (domain[1] - domain[0]);

  // Lanes come from every entry given, so they stay put while the view zooms and pans.
  const lanesIndex = prepared.lanes(o.laneBy);
  const order = orderLanes(lanesIndex.keys, o.laneBy, chronicle);
  // Each lane's members in view are found by bisecting its anchor-sorted index; only
  // lanes sparse enough to show marks have their members placed one by one.
  const sorted = prepared.sorted(o.laneBy);
  const keyIndex = new Map(lanesIndex.keys.map((key, l) => [key, l]));
  const views = order.map((key) => laneView(sorted, prepared, keyIndex.get(key) as number, domain[0], domain[1]));
  const visible = laneView(sorted, prepared, lanesIndex.keys.length, domain[0], domain[1]).count;
  // A lane that holds more items than its rows can show side by side is drawn as counts.
  const capacity = o.maxRows * Math.floor((range[1] - range[0]) / (o.markSize + GAP));
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
  const at = place(prepared, Int32Array.from(list), domain, range[0], k, o.markSize);
  const positions = new Int32Array(list.length);
  for (let v = 0; v < list.length; v++) positions[v] = v;

  const names = actorNames(chronicle, options.actorNames);
  const marks: Mark[] = [];
  const clusters: Cluster[] = [];
  const anchors = new Map<string, Anchor>();
  const ctx: LaneContext = {
    prepared,
    at,
    domain,
    range,
    k,
    binMs: o.clusterWidth / k,
    rowHeight: o.rowHeight,
    markSize: o.markSize,
    maxRows: o.maxRows,
    lanePad: LANE_PAD,
    gap: GAP,
    anchors,
    wanted: arcEnds(chronicle, o.arcs),
    drawn: new Set<number>(),
    marks,
    clusters,
  };
  const linked = (i: number) => lanesIndex.several[i] === 1;
  const lanes: Lane[] = [];
  let y = o.escalationHeight + o.axisHeight;
  order.forEach((key, r) => {
    const [from, to] = segments[r] as readonly [number, number];
    const base = { key, label: laneLabel(key, o.laneBy, names), y, kind: laneKind(key, o.laneBy) };
    const strip = dense[r] ? { sorted, view: views[r] as LaneView } : null;
    const lane = layoutLane(ctx, key, base, positions.subarray(from, to), strip, linked);
    lanes.push(lane);
    y += lane.height;
  });
  const clustered = clusters.reduce((n, c) => n + c.count, 0);

  const axis = timeAxis(domain, range, timezone, o.minTickSpacing);
  const x = (t: number) => range[0] + (t - domain[0]) * k;
  return {
    width: o.width,
    height: y,
    domain,
    range,
    axis: { y: o.escalationHeight, height: o.axisHeight, ...axis, timezone },
    escalation:
      o.escalationHeight > 0
        ? escalationTrack(entries, domain, x, { y: 0, height: o.escalationHeight, timezone })
        : null,
    lanes,
    marks,
    clusters,
    arcs: relationArcs(chronicle.relations ?? [], anchors, o.arcs),
    legend: legendOf(o.markSize),
    periods: periodBands(chronicle.periods ?? [], domain, x, timezone),
    counts: { entries: visible, marks: marks.length, clustered },
  };
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

function laneKind(key: string, mode: string): Lane["kind"] {
  return key === NO_LANE ? "none" : mode === "kind" ? "kind" : "actor";
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
  } as const;
}

function actorNames(chronicle: Chronicle, given: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const names: Record<string, string> = {};
  for (const a of chronicle.actors ?? []) names[a.id] = a.name;
  return { ...names, ...given };
}
