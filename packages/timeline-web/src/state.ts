import type { LaneMode } from "@briefline/core/layout";

/** What the timeline shows: the filters an analyst can set. Empty lists mean "all". */
export interface TimelineFilter {
  /** Kinds to show (threat, offer, summit…). */
  kinds: string[];
  /** Actor ids: items they speak, are targeted by, or take part in. */
  actors: string[];
  /** confirmed | candidate | disputed */
  status: string[];
  /** EDTF dates bounding the items shown (inclusive, by overlap). */
  from?: string;
  to?: string;
  /** Free text: every word must occur in the item. */
  text: string;
}

/** The whole view: what a deep link restores. */
export interface ViewState {
  /** Visible time domain in ms; null fits all. */
  domain: [number, number] | null;
  laneBy: LaneMode;
  filter: TimelineFilter;
  selected: string | null;
  view: "timeline" | "table";
  /** Keep lanes with nothing in view while zoomed (default: they are hidden). */
  emptyLanes?: boolean;
}

/**
 * A filter that shows everything. Its date bounds are there, undefined, so that
 * `setFilter(emptyFilter())`, which merges, clears a date range too.
 */
export function emptyFilter(): TimelineFilter {
  return { kinds: [], actors: [], status: [], from: undefined, to: undefined, text: "" };
}

/**
 * The view state as a URL fragment, e.g. `#range=2025-09-01T00:00:00Z/2025-09-08T00:00:00Z&lanes=kind&kinds=threat,offer&sel=moscow-offer`.
 * Default values are left out so links stay short; `defaultLanes` is the lane mode the
 * page opens in without a link (group for a TimelineJS import, else speaker).
 *
 * @example
 * encodeHash({ domain: null, laneBy: "kind", filter: emptyFilter(), selected: null, view: "timeline" }) // "lanes=kind"
 */
export function encodeHash(state: ViewState, defaultLanes: LaneMode = "speaker"): string {
  const p = new URLSearchParams();
  if (state.domain) p.set("range", `${iso(state.domain[0])}/${iso(state.domain[1])}`);
  if (state.laneBy !== defaultLanes) p.set("lanes", state.laneBy);
  const f = state.filter;
  if (f.kinds.length) p.set("kinds", f.kinds.join(","));
  if (f.actors.length) p.set("actors", f.actors.join(","));
  if (f.status.length) p.set("status", f.status.join(","));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.text) p.set("q", f.text);
  if (state.selected) p.set("sel", state.selected);
  if (state.view === "table") p.set("view", "table");
  if (state.emptyLanes) p.set("empty", "keep");
  // Keep dates and lists readable in the address bar: ':', '/' and ',' need no escaping in a fragment.
  return p.toString().replace(/%3A/gi, ":").replace(/%2F/gi, "/").replace(/%2C/gi, ",");
}

/**
 * Reads a URL fragment written by {@link encodeHash}; unknown or malformed parts are
 * ignored, so a hand-edited link opens what it can.
 *
 * @example
 * decodeHash("#lanes=target&q=moscow").filter?.text // "moscow"
 */
export function decodeHash(hash: string): Partial<ViewState> {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const out: Partial<ViewState> = {};
  const range = p.get("range")?.split("/");
  if (range?.length === 2) {
    const a = Date.parse(range[0] as string);
    const b = Date.parse(range[1] as string);
    if (Number.isFinite(a) && Number.isFinite(b) && b > a) out.domain = [a, b];
  }
  const lanes = p.get("lanes");
  if (lanes === "speaker" || lanes === "kind" || lanes === "target" || lanes === "group") out.laneBy = lanes;
  const list = (key: string) => (p.get(key) ?? "").split(",").filter(Boolean);
  const filter = emptyFilter();
  filter.kinds = list("kinds");
  filter.actors = list("actors");
  filter.status = list("status");
  filter.text = p.get("q") ?? "";
  const from = p.get("from");
  const to = p.get("to");
  if (from) filter.from = from;
  if (to) filter.to = to;
  out.filter = filter;
  const sel = p.get("sel");
  if (sel) out.selected = sel;
  if (p.get("view") === "table") out.view = "table";
  if (p.get("empty") === "keep") out.emptyLanes = true;
  return out;
}

function iso(ms: number): string {
  return new Date(Math.round(ms)).toISOString().replace(".000Z", "Z");
}
