import type { Chronicle, Entry } from "@briefline/core";
import {
  computeLayout,
  defaultLaneMode,
  fitDomain,
  type LaneMode,
  type Layout,
  type Mark,
  scaleOf,
  storyDomain,
} from "@briefline/core/layout";
import { describeEntry } from "./format.js";
import { syncHash } from "./interact/hash-sync.js";
import { attachKeys } from "./interact/keys.js";
import { createNavigator } from "./interact/navigate.js";
import { pointAt, pointOf, type TimePoint } from "./interact/point.js";
import { attachPointer } from "./interact/pointer.js";
import { attachZoom } from "./interact/zoom.js";
import { applyFilter, facetCounts, type Model, prepareModel, searchWords } from "./model.js";
import { createChartView } from "./render/chart-view.js";
import { download, exportHeight, renderPngExport, renderSvgExport } from "./render/export.js";
import { createMeasure } from "./render/measure.js";
import { createOverview } from "./render/overview.js";
import { createSkeleton } from "./skeleton.js";
import { decodeHash, emptyFilter, type TimelineFilter, type ViewState } from "./state.js";
import { injectStyles, TIMELINE_CSS } from "./styles.js";
import type { TimelineEvents, TimelineHandle, TimelineOptions } from "./types.js";
import { createDetails } from "./ui/details.js";
import { createFilterBar } from "./ui/filters.js";
import { createTable } from "./ui/table.js";
import { createToolbar } from "./ui/toolbar.js";
import { createTooltip } from "./ui/tooltip.js";

let counter = 0;

/**
 * Draws an interactive timeline of a chronicle into `element`, using the element's own
 * document (nothing global is touched unless `hash` is on): lanes, marks, clusters, the
 * escalation track, an overview with a brush, filters with counts, search, a details
 * panel, a table view, keyboard access, SVG/PNG export and light/dark themes.
 *
 * @example
 * import { createTimeline } from "@briefline/timeline-web";
 * const t = createTimeline(document.getElementById("app")!, chronicle, { laneBy: "speaker", hash: true });
 * t.on("select", ({ id }) => console.log("selected", id));
 * t.zoomTo("2025-09-01", "2025-09-08");
 */
export function createTimeline(
  element: HTMLElement,
  chronicle: Chronicle,
  options: TimelineOptions = {},
): TimelineHandle {
  const doc = element.ownerDocument;
  const view = doc.defaultView as Window & typeof globalThis;
  if (options.styles !== false) injectStyles(doc);
  const uid = `blt${++counter}`;
  let model: Model = prepareModel(chronicle);
  let title = options.title ?? chronicle.title;
  const state: ViewState = {
    domain: options.domain ?? null,
    // A TimelineJS import has groups and no actors: by speaker it would be one lane.
    laneBy: options.laneBy ?? defaultLaneMode(model.entries),
    filter: { ...emptyFilter(), ...options.filter },
    selected: options.selected ?? null,
    view: options.view ?? "timeline",
  };
  if (options.hash) Object.assign(state, decodeHash(view.location.hash));
  let theme = options.theme ?? "auto";
  const listeners = new Map<string, Set<(e: never) => void>>();
  const emit = <K extends keyof TimelineEvents>(event: K, payload: TimelineEvents[K]) => {
    for (const l of listeners.get(event) ?? []) (l as (e: TimelineEvents[K]) => void)(payload);
  };
  let filtered: readonly Entry[] = [];
  let full: [number, number] = [0, 1];
  let layout: Layout | null = null;
  let active: string | null = null;
  let frame = 0;
  let overviewOf: unknown = null;
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  let knownWidth = 0;
  let gesture = false;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const sk = createSkeleton(doc, uid);
  const chart = createChartView(sk, uid);
  const measure = createMeasure(sk.root);
  const nav = createNavigator(
    state,
    () => full,
    () => layout,
    (d) => zoomer.set(d),
    () => schedule(),
  );
  const { domain, zoomBy, panBy, zoomToPixels, zoomTo } = nav;
  const setDomain = nav.set;
  const toolbar = createToolbar(doc, {
    search: (text) => setFilter({ text }),
    lanes: (mode) => setLanes(mode),
    emptyLanes: (keep) => {
      state.emptyLanes = keep;
      refresh();
    },
    zoom: (factor) => zoomBy(factor),
    fit: () => zoomTo("fit"),
    view: (mode) => {
      state.view = mode;
      refresh();
    },
    exportSvg: () => download(doc, new view.Blob([exportSvg()], { type: "image/svg+xml" }), `${slug(title)}.svg`),
    exportPng: () => void exportPng().then((blob) => download(doc, blob, `${slug(title)}.png`)),
    theme: () => {
      theme = theme === "auto" ? "dark" : theme === "dark" ? "light" : "auto";
      refresh();
    },
  });
  const panels = () => ({
    filters: createFilterBar(doc, model, (f) => setFilter(f)),
    details: createDetails(
      doc,
      model,
      { select: (id) => select(id, true), close: () => select(null) },
      { images: options.images === true },
    ),
    table: createTable(doc, model, (id) => select(id, true)),
    tooltip: createTooltip(doc, model),
  });
  let ui = panels();
  const overview = createOverview(sk.overview, (domain) => setDomain(domain, true));
  sk.main.append(ui.details.element);
  sk.root.append(toolbar.element, ui.filters.element, sk.overview, sk.main, ui.table.element, ui.tooltip.element);
  element.append(sk.root);

  const zoomer = attachZoom(
    sk.chart,
    { domain: () => full, range: () => layout?.range ?? [168, Math.max(169, width() - 16)] },
    (domain) => {
      // During a gesture each frame skips the second packing that reserves room for
      // threats' labels; a last layout with it follows when the gesture pauses.
      gesture = true;
      clearTimeout(settle);
      settle = setTimeout(() => {
        gesture = false;
        schedule();
      }, 160);
      setDomain(domain, false);
    },
    (show) => {
      sk.hint.classList.toggle("on", show);
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => sk.hint.classList.remove("on"), 1400);
    },
  );
  const pointer = attachPointer(sk, () => layout, {
    hover: (mark, x, y) => {
      const entry = mark ? model.byId.get(mark.id) : undefined;
      if (entry) ui.tooltip.show(entry, x, y);
      else ui.tooltip.hide();
    },
    hoverCluster: (count, x, y) =>
      ui.tooltip.showText(`${count === 1 ? "1 item" : `${count} items`} here — click to zoom in`, x, y),
    click: (mark, shift) => {
      if (shift && pair(mark)) return;
      active = mark.key;
      select(mark.id);
    },
    clickCluster: (x0, x1) => zoomToPixels(x0, x1),
    empty: (x, y, clientX, clientY) => {
      const point = layout ? pointAt(layout, x, y) : null;
      if (point) emit("empty", { ...point, clientX, clientY });
    },
  });
  const keys = attachKeys(sk.root, {
    layout: () => layout,
    active: () => active,
    focus: (m) => {
      active = m.key;
      chart.focus(m, describe);
    },
    open: (m) => select(m.id),
    pair: (m) => void pair(m),
    close: () => select(null),
    zoom: (f) => zoomBy(f),
    fit: () => zoomTo("fit"),
    pan: (f) => panBy(f),
  });
  const hash = syncHash(
    view,
    options.hash === true,
    () => state,
    (next) => {
      Object.assign(state, next);
      refilter();
      refresh();
      if (state.domain) zoomer.set(state.domain);
    },
    defaultLaneMode(model.entries),
  );
  // The chart's width comes from the resize observer: reading clientWidth in each frame
  // would make the browser lay the page out before the frame's own layout.
  const resize = new view.ResizeObserver((entries) => {
    const box = entries.find((e) => e.target === sk.chart)?.contentRect;
    if (box && Math.floor(box.width) !== knownWidth) {
      knownWidth = Math.floor(box.width);
      schedule();
    }
  });
  resize.observe(sk.chart);

  function width(): number {
    if (!knownWidth) knownWidth = Math.floor(sk.chart.clientWidth || element.clientWidth || 960);
    return Math.max(320, knownWidth);
  }
  function refilter(): void {
    filtered = applyFilter(model, state.filter);
    full = fitDomain(filtered.length ? filtered : model.entries);
    ui.filters.sync(state.filter, facetCounts(model, state.filter, filtered), filtered.length, model.entries.length);
    emit("filter", { filter: { ...state.filter }, shown: filtered.length, total: model.entries.length });
  }
  function refresh(): void {
    sk.root.dataset.theme = theme;
    toolbar.sync({
      text: state.filter.text,
      laneBy: state.laneBy,
      view: state.view,
      theme,
      emptyLanes: state.emptyLanes === true,
    });
    const table = state.view === "table";
    sk.main.hidden = table;
    sk.overview.hidden = table;
    ui.table.element.hidden = !table;
    ui.details.show(state.selected ? (model.byId.get(state.selected) ?? null) : null, searchWords(state.filter.text));
    if (table) ui.details.element.hidden = true;
    schedule();
  }
  function schedule(): void {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }
  /** Draws now what the next frame would draw (the first render is synchronous). */
  function flush(): void {
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
    render();
  }
  function render(): void {
    const w = width();
    layout = computeLayout(model.chronicle, {
      width: w,
      laneBy: state.laneBy,
      domain: domain(),
      entries: filtered,
      arcs: state.selected ? [state.selected] : [],
      // Many items: fewer rows per lane keep the chart within a screen or two; clusters count the rest.
      maxRows: options.maxRows ?? (filtered.length > 2000 ? 4 : 8),
      labelWidth: w < 640 ? 104 : 168,
      axisHeight: 40,
      escalationHeight: 64,
      measure,
      labelStyle: { size: 11 },
      // Zoomed in, lanes with nothing in view give their room to the rest (unless kept).
      hideEmptyLanes: state.domain !== null && !state.emptyLanes,
      reserveLabelRoom: !gesture,
    });
    if (active && !layout.marks.some((m) => m.key === active)) active = null;
    chart.draw(layout, {
      selected: state.selected,
      active: active ?? layout.marks[0]?.key ?? null,
      describe,
      source: model,
      canvasThreshold: options.canvasThreshold ?? 600,
      measure,
    });
    // The overview's density only changes with the filters or the width.
    const key = [filtered, w, full[0], full[1]];
    if (!overviewOf || (overviewOf as unknown[]).some((v, i) => v !== key[i])) {
      overview.draw(filtered, full, layout.range, w, model.timezone);
      overviewOf = key;
    }
    overview.show(layout.domain);
    if (state.view === "table") {
      const [a, b] = layout.domain;
      const inView = filtered.filter((e) => e.date.latest >= a && e.date.earliest <= b);
      ui.table.show(inView, state.selected, searchWords(state.filter.text));
    }
    hash.write();
    emit("zoom", { domain: layout.domain, layout });
  }
  function describe(m: Mark): string {
    const e = model.byId.get(m.id);
    return e ? describeEntry(e, model.names, model.timezone) : m.label;
  }
  function setFilter(f: Partial<TimelineFilter>): void {
    state.filter = { ...state.filter, ...f };
    for (const key of ["from", "to"] as const) if (!state.filter[key]) delete state.filter[key];
    refilter();
    const hidden = state.selected !== null && !filtered.some((e) => e.id === state.selected);
    if (hidden) state.selected = null;
    refresh();
    // The selection went with the item: listeners keeping a panel in step hear of it.
    if (hidden) emit("select", { id: null, entry: null });
  }
  function setLanes(mode: LaneMode): void {
    state.laneBy = mode;
    refresh();
  }
  function select(id: string | null, reveal = false): void {
    const entry = id ? (model.byId.get(id) ?? null) : null;
    state.selected = entry ? entry.id : null;
    if (entry && reveal) {
      // Bring the item into view: clear filters that hide it, pan to it if it is off screen.
      if (!filtered.some((e) => e.id === entry.id)) setFilter(emptyFilter());
      const [a, b] = domain();
      const { earliest, latest } = entry.date;
      if (latest < a || earliest > b) {
        const at = Number.isFinite(earliest) ? earliest : latest;
        setDomain([at - (b - a) / 2, at + (b - a) / 2], true);
      }
    }
    refresh();
    if (entry) {
      const m = layout?.marks.find((x) => x.id === entry.id);
      if (m) active = m.key;
      sk.live.textContent = `Opened: ${describeEntry(entry, model.names, model.timezone)}`;
    }
    emit("select", { id: state.selected, entry });
  }
  /** Reports a second item picked beside the selected one; false when there is no other selected. */
  function pair(mark: Mark): boolean {
    if (!state.selected || state.selected === mark.id) return false;
    emit("pair", { from: state.selected, to: mark.id });
    return true;
  }
  function focusPoint(): TimePoint | null {
    if (!layout) return null;
    const scale = scaleOf(layout);
    const onMark = (doc.activeElement as Element | null)?.closest?.(".blt-mark, .blt-focus-proxy");
    const mark = onMark && sk.root.contains(onMark) ? layout.marks.find((m) => m.key === active) : undefined;
    if (mark) return pointOf(layout, scale.invert(mark.x).getTime(), mark.lane);
    const [a, b] = layout.domain;
    return pointOf(layout, (a + b) / 2, null);
  }
  function exportSvg(): string {
    if (!layout) render();
    return renderSvgExport(layout as Layout, { doc, css: TIMELINE_CSS, root: sk.root, title, describe });
  }
  function exportPng(scale = 2): Promise<Blob> {
    const text = exportSvg();
    return renderPngExport(text, doc, (layout as Layout).width, exportHeight(layout as Layout), scale);
  }

  refilter();
  // Asked to, and without a view asked for, open where most of the story happens (the
  // whole period when it is spread out): a week of crisis in a half-year chronicle is
  // not a sliver.
  if (!state.domain && options.open === "story") {
    const story = storyDomain(filtered);
    if (story[0] !== full[0] || story[1] !== full[1]) state.domain = story;
  }
  refresh();
  if (state.domain) zoomer.set(state.domain);
  flush();

  return {
    update(next, opts = {}) {
      model = prepareModel(next);
      title = opts.title ?? options.title ?? next.title;
      if (opts.laneBy) state.laneBy = opts.laneBy;
      const fresh = panels();
      ui.filters.element.replaceWith(fresh.filters.element);
      ui.details.element.replaceWith(fresh.details.element);
      ui.table.element.replaceWith(fresh.table.element);
      ui.tooltip.element.replaceWith(fresh.tooltip.element);
      ui = fresh;
      refilter();
      // Gone from the new chronicle, or now hidden by the filter (its text changed).
      const gone = state.selected !== null && !filtered.some((e) => e.id === state.selected);
      if (gone) state.selected = null;
      refresh();
      if (gone) emit("select", { id: null, entry: null });
    },
    setFilter,
    zoomTo,
    select: (id) => select(id, true),
    setLanes,
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener as (e: never) => void);
      return () => set.delete(listener as (e: never) => void);
    },
    state: () => structuredClone(state),
    counts: () => ({ shown: filtered.length, total: model.entries.length }),
    layout: () => layout,
    focusPoint,
    flush,
    exportSvg,
    exportPng,
    destroy() {
      if (frame) view.cancelAnimationFrame(frame);
      clearTimeout(hintTimer);
      clearTimeout(settle);
      for (const part of [hash, chart, zoomer, pointer, keys, overview]) part.destroy();
      resize.disconnect();
      listeners.clear();
      sk.root.remove();
    },
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "timeline"
  );
}
