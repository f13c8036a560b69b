import type { LaneMode } from "@briefline/core/layout";
import { h } from "../dom.js";

/** What the toolbar's controls ask the timeline to do. */
export interface ToolbarActions {
  search(text: string): void;
  lanes(mode: LaneMode): void;
  /** Keep lanes with nothing in view while zoomed (they are hidden by default). */
  emptyLanes(keep: boolean): void;
  zoom(factor: number): void;
  fit(): void;
  view(mode: "timeline" | "table"): void;
  exportSvg(): void;
  exportPng(): void;
  theme(): void;
}

const LANE_BUTTON: Record<LaneMode, string> = { speaker: "Speaker", target: "Target", kind: "Kind", group: "Group" };

/** The toolbar's elements that reflect state. */
export interface Toolbar {
  element: HTMLElement;
  search: HTMLInputElement;
  sync(state: { text: string; laneBy: LaneMode; view: "timeline" | "table"; theme: string; emptyLanes: boolean }): void;
}

/**
 * The toolbar: search, lane mode, zoom buttons, fit, timeline/table toggle, export and
 * theme. Every control is a real button or input with a label.
 *
 * @example
 * const toolbar = createToolbar(document, actions); root.append(toolbar.element);
 */
export function createToolbar(doc: Document, act: ToolbarActions): Toolbar {
  const search = h(doc, "input", {
    type: "search",
    placeholder: "Search summaries, quotes, actors…",
    "aria-label": "Search items",
    autocomplete: "off",
    spellcheck: "false",
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => act.search(search.value), 120);
  });
  const button = (label: string, title: string, onClick: () => void, attrs: Record<string, string> = {}) => {
    const b = h(doc, "button", { type: "button", class: "blt-btn", title, "aria-label": title, ...attrs }, label);
    b.addEventListener("click", onClick);
    return b;
  };
  const lanes = (["speaker", "target", "kind", "group"] as const).map((mode) =>
    button(
      LANE_BUTTON[mode],
      mode === "group" ? "Lanes by group (a TimelineJS group, else the first tag)" : `Lanes by ${mode}`,
      () => act.lanes(mode),
      {
        "data-lanes": mode,
        "aria-pressed": "false",
      },
    ),
  );
  const views = (["timeline", "table"] as const).map((mode) =>
    button(mode === "timeline" ? "Timeline" : "Table", `Show as ${mode}`, () => act.view(mode), {
      "data-view": mode,
      "aria-pressed": "false",
    }),
  );
  const theme = button("◐", "Switch light or dark theme", act.theme, { "data-action": "theme" });
  const empty = button(
    "Empty",
    "Keep empty lanes while zoomed",
    () => act.emptyLanes(empty.getAttribute("aria-pressed") !== "true"),
    {
      "data-action": "empty-lanes",
      "aria-pressed": "false",
    },
  );
  const element = h(
    doc,
    "div",
    { class: "blt-toolbar", role: "toolbar", "aria-label": "Timeline controls" },
    h(doc, "label", { class: "blt-search" }, h(doc, "span", { class: "blt-sr" }, "Search"), search),
    h(doc, "span", { class: "blt-label", "aria-hidden": "true" }, "Lanes"),
    h(doc, "div", { class: "blt-group", role: "group", "aria-label": "Lanes by" }, ...lanes, empty),
    h(
      doc,
      "div",
      { class: "blt-group", role: "group", "aria-label": "Zoom" },
      button("−", "Zoom out (-)", () => act.zoom(1 / 2), { "data-action": "zoom-out" }),
      button("+", "Zoom in (+)", () => act.zoom(2), { "data-action": "zoom-in" }),
      button("Fit", "Fit all items (0)", act.fit, { "data-action": "fit" }),
    ),
    h(doc, "span", { class: "blt-spacer" }),
    h(doc, "div", { class: "blt-group", role: "group", "aria-label": "View" }, ...views),
    h(
      doc,
      "div",
      { class: "blt-group", role: "group", "aria-label": "Export" },
      button("SVG", "Export the current view as SVG", act.exportSvg, { "data-action": "export-svg" }),
      button("PNG", "Export the current view as PNG", act.exportPng, { "data-action": "export-png" }),
    ),
    theme,
  );
  return {
    element,
    search,
    sync(state) {
      if (doc.activeElement !== search && search.value !== state.text) search.value = state.text;
      for (const b of lanes) b.setAttribute("aria-pressed", String(b.dataset.lanes === state.laneBy));
      for (const b of views) b.setAttribute("aria-pressed", String(b.dataset.view === state.view));
      empty.setAttribute("aria-pressed", String(state.emptyLanes));
      theme.setAttribute("title", `Theme: ${state.theme} (click to switch)`);
    },
  };
}
