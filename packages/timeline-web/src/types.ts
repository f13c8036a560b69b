import type { Chronicle, Entry } from "@briefline/core";
import type { LaneMode, Layout } from "@briefline/core/layout";
import type { TimePoint } from "./interact/point.js";
import type { TimelineFilter, ViewState } from "./state.js";

export type { TimePoint } from "./interact/point.js";

/** Options of `createTimeline`. */
export interface TimelineOptions {
  laneBy?: LaneMode;
  /** Visible domain in ms; default fits all items (or the story window, with `open: "story"`). */
  domain?: [number, number];
  /**
   * Without a `domain` (or one in the link): `"fit"` (the default) opens on every item;
   * `"story"` on where most of the story happens (core's `storyDomain`: the shortest
   * window holding 80 % of the items, when that is less than half the period), as the
   * standalone page does. `Fit` still shows everything.
   */
  open?: "fit" | "story";
  filter?: Partial<TimelineFilter>;
  selected?: string | null;
  view?: "timeline" | "table";
  theme?: "auto" | "light" | "dark";
  /** Keep the view in the URL fragment (deep links); default false. */
  hash?: boolean;
  /** Add the stylesheet to the document if it is not there; default true. */
  styles?: boolean;
  /** Draw marks on a canvas beyond this many; default 600. */
  canvasThreshold?: number;
  /** Rows per lane before clustering; default 8 (4 beyond 2000 items). */
  maxRows?: number;
  /** Title used in exports; default the chronicle's. */
  title?: string;
  /**
   * Show image media as pictures in the details panel (the browser fetches them); default
   * false: media are links and the timeline fetches nothing.
   */
  images?: boolean;
}

/** What a listener receives. */
export interface TimelineEvents {
  select: { id: string | null; entry: Entry | null };
  zoom: { domain: [number, number]; layout: Layout };
  filter: { filter: TimelineFilter; shown: number; total: number };
  /**
   * A click or tap on empty chart space: the date and lane under it, at the precision
   * the zoom suits (what an editor needs to add an item there), and where it fell on the screen.
   */
  empty: TimePoint & { clientX: number; clientY: number };
  /**
   * A second item picked while one is selected (Shift+click, or Shift+Enter on a focused
   * item): `from` is the selected one. The selection does not change.
   */
  pair: { from: string; to: string };
}

/** The handle `createTimeline` returns. */
export interface TimelineHandle {
  /**
   * Replaces the chronicle (e.g. after an edit), keeping the view where it can; a
   * selected item that is gone is deselected without a `select` event.
   */
  update(chronicle: Chronicle, options?: Pick<TimelineOptions, "laneBy" | "title">): void;
  setFilter(filter: Partial<TimelineFilter>): void;
  /** Shows a time span (ms, Date or ISO text); `zoomTo("fit")` fits all items. */
  zoomTo(from: number | string | Date | "fit", to?: number | string | Date): void;
  /** Selects an item (opens its details and moves the view to it), or clears the selection. */
  select(id: string | null): void;
  setLanes(mode: LaneMode): void;
  /** Listens to selections, zooms (each redraw) and filter changes; returns the unsubscribe function. */
  on<K extends keyof TimelineEvents>(event: K, listener: (e: TimelineEvents[K]) => void): () => void;
  /** The current view (what a deep link holds). */
  state(): ViewState;
  /** How many items the filters show, of how many (what the "filter" event reports). */
  counts(): { shown: number; total: number };
  layout(): Layout | null;
  /**
   * The point the keyboard is on: the focused item's date and lane when an item has the
   * keyboard, else the middle of the view; at the precision the zoom suits. Null before
   * the first layout.
   */
  focusPoint(): TimePoint | null;
  /** Draws pending changes now instead of at the next animation frame. */
  flush(): void;
  exportSvg(): string;
  exportPng(scale?: number): Promise<Blob>;
  destroy(): void;
}
