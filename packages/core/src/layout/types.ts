import type { EscalationPoint } from "../query/escalation.js";
import type { Measure, TextStyle } from "./measure.js";

/**
 * The timeline layout: plain data that says where every mark, lane, tick, cluster,
 * arc and the escalation curve sit. Computed once in core; the web timeline (SVG or
 * canvas) and the PDF chart only draw it, so both agree mark for mark. Units are
 * abstract: CSS pixels in the browser, points in the PDF.
 */

/** How marks are grouped into horizontal lanes. */
export type LaneMode = "speaker" | "kind" | "target" | "group";

/** Visual families of kinds: each has one shape and one colour (shape is never optional). */
export type MarkFamily = "threat" | "offer" | "meeting" | "rejection" | "other";

/** Shapes of marks, one per family, so colour is never the only cue. */
export type MarkShape = "triangle-down" | "circle" | "square" | "cross" | "diamond";

export interface LayoutOptions {
  /** Total width, including the lane-label column. */
  width: number;
  /** Lanes by speaker (default), by kind, by target, or by group (TimelineJS group, else first tag). */
  laneBy?: LaneMode;
  /** Visible time domain in ms; default: all entries with a little padding. */
  domain?: [number, number];
  /** Width of the lane-label column at the left. Default 140. */
  labelWidth?: number;
  /** Right margin. Default 16. */
  marginRight?: number;
  /** Height of one row within a lane. Default 22. */
  rowHeight?: number;
  /** Mark symbol size (diameter). Default 12. */
  markSize?: number;
  /** Height of the escalation track above the lanes; 0 hides it. Default 60. */
  escalationHeight?: number;
  /** Height of the time axis. Default 28. */
  axisHeight?: number;
  /** Rows per lane before marks aggregate into clusters. Default 4. */
  maxRows?: number;
  /** Item ids whose relation arcs are drawn; default none. Use "all" for every relation. */
  arcs?: string[] | "all";
  /** Display names of actors (id → name); default from the chronicle. */
  actorNames?: Record<string, string>;
  /** Time zone for tick labels; default the chronicle's. */
  timezone?: string;
  /** Least distance between two axis ticks, so labels do not collide. Default 56. */
  minTickSpacing?: number;
  /** Width of the time bins overflowing marks aggregate into. Default 3 × markSize. */
  clusterWidth?: number;
  /**
   * Measures text for labels, axis bands and the legend: canvas `measureText` on the
   * web, the embedded font in the PDF. Default: DejaVu Sans's advance widths.
   */
  measure?: Measure;
  /** The style labels are set in. Default `{ size: 11 }`. */
  labelStyle?: TextStyle;
  /** Place labels (default true). */
  labels?: boolean;
  /** A short stand-in for a mark whose words do not fit, e.g. its number in a chronology. */
  labelFallback?: (mark: Mark) => string | undefined;
  /** Leave out lanes with no item in the visible domain (default false: lanes stay put while zooming). */
  hideEmptyLanes?: boolean;
  /**
   * Pack the lanes a second time with room reserved beside threats that found none for
   * their words (default true). A renderer may turn it off for the frames of a zoom
   * gesture and lay out once more when the gesture ends.
   */
  reserveLabelRoom?: boolean;
}

export interface Tick {
  value: number;
  x: number;
  label: string;
  /** A tick that starts a larger unit (a month among days, a year among months). */
  major: boolean;
}

/** A stretch of the next larger unit under the ticks ("September 2025" under days), clipped to the range. */
export interface AxisBand {
  start: number;
  end: number;
  x0: number;
  x1: number;
  label: string;
  /** Width of the label in the layout's label style (0 until a layout measures it): draw it where the band is wider. */
  labelWidth: number;
}

export interface Lane {
  key: string;
  label: string;
  y: number;
  height: number;
  rows: number;
  /** How many entries sit in this lane in the visible domain. */
  count: number;
  /** Actor id, kind, or `_none` for entries without a speaker/target. */
  kind: "actor" | "kind" | "group" | "none";
  /** Row index of the cluster badges, when marks overflow `maxRows`; otherwise null. */
  clusterRow: number | null;
  /**
   * More items in view than the lane's rows show with room around each (three mark widths
   * each on average): the lane is drawn as a density strip (its clusters, one per time bin, in row 0) until a zoom thins it out.
   */
  dense: boolean;
}

export interface Mark {
  /** Unique among marks: `id`, or `id@lane` for the copies of a linked event. */
  key: string;
  id: string;
  type: "statement" | "event";
  kind: string;
  family: MarkFamily;
  shape: MarkShape;
  color: string;
  lane: string;
  row: number;
  /** Centre of the symbol (for spans, the start of the bar is `x0`). */
  x: number;
  y: number;
  /** Start and end of the time span on the axis (equal for a point in time). */
  x0: number;
  x1: number;
  /** Symbol size. */
  size: number;
  /** SVG path of the symbol, centred on (0, 0): translate to (x, y) to draw. */
  symbol: string;
  /** `uncertain` for `?`, `approximate` for `~`, null when exact. */
  fuzzy: "uncertain" | "approximate" | "both" | null;
  /** Whether the date is a span wider than a symbol (drawn as a bar). */
  span: boolean;
  intensity: number;
  label: string;
  /** Another mark of the same event in another lane (an event with several participants). */
  linked?: boolean;
  /** How finely the date is known: a month-precise date is drawn as a month-long span. */
  precision: "year" | "month" | "day" | "minute" | "second";
  /** The date is open at its start (`../2025-09`) or end (`2025-09/..`): the bar runs to the domain's edge. */
  openStart: boolean;
  openEnd: boolean;
  /** confirmed | candidate | disputed (candidates and disputed items are drawn hollow). */
  status: string;
  /** Label priority: higher is labelled first (see `entryPriority`). */
  priority: number;
}

/** The label of a mark, placed by the layout: renderers draw `text` with its left edge at `x`, centred on `y`. */
export interface MarkLabel {
  /** Key of the mark it labels. */
  key: string;
  /** What is drawn: the mark's label, cut at a word when it had to be, or its number. */
  text: string;
  /** Words, or the short stand-in (`fallback`) that points to the chronology. */
  kind: "words" | "number";
  /** Left edge of the text and its centre line. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** A line from the mark to a label placed in another row; null beside the mark. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  priority: number;
}

/** Marks that would overlap beyond `maxRows`, drawn as one count. */
export interface Cluster {
  id: string;
  lane: string;
  x: number;
  x0: number;
  x1: number;
  y: number;
  count: number;
  ids: string[];
  /** Count per family, for a small breakdown. */
  families: Partial<Record<MarkFamily, number>>;
}

export interface Arc {
  from: string;
  to: string;
  type: string;
  /** SVG path data of a curve from the `from` mark to the `to` mark, kept inside the plot. */
  path: string;
  /** Where the relation's name is written (its centre), or null when it has no free room. */
  label: { text: string; x: number; y: number; width: number } | null;
}

export interface EscalationTrack {
  y: number;
  height: number;
  /** y of the zero line. */
  zeroY: number;
  unit: "day" | "week" | "month";
  points: Array<EscalationPoint & { x: number; y: number }>;
  /** SVG path data of the curve (total intensity per period). */
  line: string;
  /** SVG path data of the area between the curve and zero. */
  area: string;
  /** Extremes of the value scale. */
  min: number;
  max: number;
  /** The plot box: renderers clip the curve and the area to it. */
  clip: { x: number; y: number; width: number; height: number };
}

export interface LegendEntry {
  family: MarkFamily;
  shape: MarkShape;
  color: string;
  label: string;
  symbol: string;
  /** Where the entry sits, measured with the layout's text measure: the symbol's centre is `(x + 4, y)`, the text starts at `textX`. */
  x: number;
  y: number;
  textX: number;
}

/** A period (TimelineJS era) drawn as a band behind the lanes, from x0 to x1. */
export interface PeriodBand {
  title: string;
  x0: number;
  x1: number;
  /** The whole period in ms (start inclusive, end exclusive), before clipping. */
  start: number;
  end: number;
  /** Whether the band is cut at the left and right edges of the domain. */
  clipped: [boolean, boolean];
}

export interface Layout {
  width: number;
  height: number;
  /** Visible time domain in ms. */
  domain: [number, number];
  /** Horizontal pixel range the domain maps to. */
  range: [number, number];
  axis: {
    y: number;
    height: number;
    ticks: Tick[];
    /** Context under the ticks: the days, months or years they fall in. */
    bands: AxisBand[];
    /** One tick step, e.g. "1 day", "3 hours". */
    step: string;
    /** The time zone of the labels. */
    timezone: string;
  };
  escalation: EscalationTrack | null;
  lanes: Lane[];
  marks: Mark[];
  clusters: Cluster[];
  arcs: Arc[];
  /** The legend, placed in rows under the chart (`legendHeight` tall). */
  legend: LegendEntry[];
  legendHeight: number;
  /** The marks' labels, placed so that none covers another label or a mark. */
  labels: MarkLabel[];
  /** Keys of the marks that got no label (no room), highest priority first. */
  hiddenLabels: string[];
  /** The style the labels were measured in. */
  labelStyle: { size: number; bold?: boolean };
  /** The chronicle's periods in the visible domain, as background bands (optional so that hand-built layouts stay valid). */
  periods?: PeriodBand[];
  /** Entries in the visible domain, marks drawn, and entries aggregated into clusters. */
  counts: { entries: number; marks: number; clustered: number };
}
