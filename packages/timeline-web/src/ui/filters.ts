import { readPeriod } from "@briefline/core";
import { FAMILIES, FAMILY_STYLE, familyOf, KIND_ORDER, type MarkFamily, symbolPath } from "@briefline/core/layout";
import { clear, h, svg } from "../dom.js";
import { kindLabel } from "../format.js";
import type { FacetCounts, Model } from "../model.js";
import { emptyFilter, type TimelineFilter } from "../state.js";

/** The filter bar: the legend doubles as the kind filter, then actors, status, dates. */
export interface FilterBar {
  element: HTMLElement;
  sync(filter: TimelineFilter, counts: FacetCounts, shown: number, total: number): void;
}

const STATUSES = ["confirmed", "candidate", "disputed"];
const SHORT: Record<MarkFamily, string> = {
  threat: "Threats",
  offer: "Offers",
  meeting: "Meetings",
  rejection: "Rejections",
  other: "Other",
};

/**
 * Creates the filter bar. Each control reports a partial filter through `set`.
 *
 * @example
 * const bar = createFilterBar(document, model, (f) => timeline.setFilter(f));
 */
export function createFilterBar(doc: Document, model: Model, set: (f: Partial<TimelineFilter>) => void): FilterBar {
  const chips = h(doc, "div", { class: "blt-chips", role: "group", "aria-label": "Kinds shown" });
  const kindsPanel = h(doc, "div", { class: "blt-pop-panel" });
  const actorsPanel = h(doc, "div", { class: "blt-pop-panel" });
  const statusPanel = h(doc, "div", { class: "blt-pop-panel" });
  const kindsLabel = h(doc, "span", {}, "Kinds");
  const actorsLabel = h(doc, "span", {}, "Actors");
  const statusLabel = h(doc, "span", {}, "Status");
  // A popover's list is built when it opens (and rebuilt by a sync while it is open):
  // a closed list is never seen, and sorting actor names wakes the browser's collator,
  // which costs more than the rest of the first render's filter bar.
  const pops: Array<{ details: HTMLDetailsElement; fill: () => void; stale: boolean }> = [];
  const pop = (label: HTMLElement, panel: HTMLElement, name: string, fill: () => void) => {
    const summary = h(doc, "summary", { class: "blt-btn" }, label, " ▾");
    const details = h(doc, "details", { class: "blt-pop", "data-filter": name }, summary, panel);
    const list = { details, fill, stale: true };
    const open = () => {
      if (list.stale && current) {
        list.stale = false;
        fill();
      }
      // Opens leftwards when the list would run past the window's right edge.
      const view = doc.defaultView;
      if (!view) return;
      details.classList.remove("blt-pop-end");
      const left = summary.getBoundingClientRect().left;
      const width = Math.max(240, panel.scrollWidth);
      details.classList.toggle("blt-pop-end", left + width > view.innerWidth - 8);
    };
    // A click on the summary comes before the browser opens the details, so the list is
    // there when it shows; `toggle` covers opening by script.
    summary.addEventListener("click", () => {
      if (!details.open) open();
    });
    details.addEventListener("toggle", () => {
      if (details.open) open();
    });
    pops.push(list);
    return details;
  };
  const from = h(doc, "input", {
    type: "text",
    size: 11,
    placeholder: "from",
    "aria-label": "From date (e.g. 2025-09)",
    "data-filter": "from",
  });
  const to = h(doc, "input", {
    type: "text",
    size: 11,
    placeholder: "to",
    "aria-label": "To date (e.g. 2025-09-30)",
    "data-filter": "to",
  });
  for (const [input, side] of [
    [from, "from"],
    [to, "to"],
  ] as const) {
    input.addEventListener("change", () => set({ [side]: input.value.trim() || undefined }));
  }
  const reset = h(doc, "button", { type: "button", class: "blt-btn", "data-action": "clear-filters" }, "Clear filters");
  reset.addEventListener("click", () => set(emptyFilter()));
  const summary = h(doc, "span", { class: "blt-summary", role: "status", "aria-live": "polite" });
  const element = h(
    doc,
    "div",
    { class: "blt-filters" },
    chips,
    pop(kindsLabel, kindsPanel, "kinds", () => fillKinds()),
    pop(actorsLabel, actorsPanel, "actors", () => fillActors()),
    pop(statusLabel, statusPanel, "status", () => fillStatus()),
    h(doc, "span", { class: "blt-dates" }, from, "–", to),
    reset,
    summary,
  );
  let current: TimelineFilter | undefined;
  let counts: FacetCounts;
  const shownKinds = (filter: TimelineFilter) => (filter.kinds.length ? new Set(filter.kinds) : new Set(KIND_ORDER));
  const toggleFamily = (family: MarkFamily) => {
    const shown = shownKinds(current as TimelineFilter);
    const members = KIND_ORDER.filter((k) => familyOf(k) === family);
    const allOn = members.every((k) => shown.has(k));
    for (const k of members) allOn ? shown.delete(k) : shown.add(k);
    set({ kinds: shown.size === KIND_ORDER.length ? [] : KIND_ORDER.filter((k) => shown.has(k)) });
  };
  const checkbox = (label: string, count: number, checked: boolean, onChange: (on: boolean) => void, value: string) => {
    const box = h(doc, "input", { type: "checkbox", value, checked });
    box.addEventListener("change", () => onChange(box.checked));
    return h(doc, "label", {}, box, h(doc, "bdi", {}, label), h(doc, "span", { class: "blt-count" }, String(count)));
  };
  const toggleIn = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);
  const fillKinds = () => {
    const filter = current as TimelineFilter;
    const kinds = shownKinds(filter);
    clear(kindsPanel);
    for (const kind of KIND_ORDER) {
      const n = counts.kinds.get(kind) ?? 0;
      if (!n && !kinds.has(kind) && !filter.kinds.includes(kind)) continue;
      kindsPanel.append(
        checkbox(
          kindLabel(kind),
          n,
          filter.kinds.includes(kind),
          (on) => set({ kinds: toggleIn(filter.kinds, kind, on) }),
          kind,
        ),
      );
    }
  };
  const fillActors = () => {
    const filter = current as TimelineFilter;
    clear(actorsPanel);
    const actors = [...counts.actors.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const id of filter.actors) if (!counts.actors.has(id)) actors.push([id, 0]);
    for (const [id, n] of actors) {
      actorsPanel.append(
        checkbox(
          model.names.get(id) ?? id,
          n,
          filter.actors.includes(id),
          (on) => set({ actors: toggleIn(filter.actors, id, on) }),
          id,
        ),
      );
    }
  };
  const fillStatus = () => {
    const filter = current as TimelineFilter;
    clear(statusPanel);
    for (const status of STATUSES) {
      statusPanel.append(
        checkbox(
          kindLabel(status),
          counts.status.get(status) ?? 0,
          filter.status.includes(status),
          (on) => set({ status: toggleIn(filter.status, status, on) }),
          status,
        ),
      );
    }
  };
  return {
    element,
    sync(filter, facets, shown, total) {
      current = filter;
      counts = facets;
      const kinds = shownKinds(filter);
      clear(chips);
      for (const family of FAMILIES) {
        const style = FAMILY_STYLE[family];
        const members = KIND_ORDER.filter((k) => familyOf(k) === family);
        const n = members.reduce((s, k) => s + (counts.kinds.get(k) ?? 0), 0);
        const on = members.some((k) => kinds.has(k));
        const icon = svg(doc, "svg", {
          width: 14,
          height: 14,
          viewBox: "-7 -7 14 14",
          "aria-hidden": "true",
          class: `fam-${family}`,
        });
        icon.append(svg(doc, "path", { class: "sym", d: symbolPath(style.shape, 12) }));
        const chip = h(
          doc,
          "button",
          {
            type: "button",
            class: "blt-chip",
            "aria-pressed": String(on),
            "data-family": family,
            title: `Show or hide: ${style.label}`,
          },
          icon,
          h(doc, "span", { class: "blt-long-label" }, style.label),
          h(doc, "span", { class: "blt-short-label", "aria-hidden": "true" }, SHORT[family]),
          h(doc, "span", { class: "blt-count" }, String(n)),
        );
        chip.addEventListener("click", () => toggleFamily(family));
        chips.append(chip);
      }
      for (const list of pops) {
        list.stale = !list.details.open;
        if (list.details.open) list.fill();
      }
      kindsLabel.textContent = filter.kinds.length ? `Kinds (${filter.kinds.length})` : "Kinds";
      actorsLabel.textContent = filter.actors.length ? `Actors (${filter.actors.length})` : "Actors";
      statusLabel.textContent = filter.status.length ? `Status (${filter.status.length})` : "Status";
      if (doc.activeElement !== from) from.value = filter.from ?? "";
      if (doc.activeElement !== to) to.value = filter.to ?? "";
      const active =
        filter.kinds.length +
        filter.actors.length +
        filter.status.length +
        (filter.from ? 1 : 0) +
        (filter.to ? 1 : 0) +
        (filter.text ? 1 : 0);
      reset.hidden = active === 0;
      const problem = dateFilterProblem(filter, model.timezone);
      from.setAttribute("aria-invalid", String(problem?.side === "from"));
      to.setAttribute("aria-invalid", String(problem?.side === "to"));
      summary.textContent = problem
        ? `${problem.message} · showing ${shown} of ${total} items`
        : shown === total
          ? `${total} items`
          : `Showing ${shown} of ${total} items`;
    },
  };
}

/**
 * Why the date boxes do not filter as typed: a date that does not read ("Sept 2017",
 * which the filter then ignores) or a `from` after the `to` (nothing can match). The
 * filter bar shows it beside the count instead of failing silently.
 *
 * @example
 * dateFilterProblem({ ...emptyFilter(), from: "Sept 2017" }, "UTC")?.message // 'from "Sept 2017" is not a date: write e.g. 2017-09'
 */
export function dateFilterProblem(
  filter: Pick<TimelineFilter, "from" | "to">,
  timezone: string,
): { side: "from" | "to"; message: string } | undefined {
  const request = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
  const issue = readPeriod(request, timezone).issues[0];
  if (issue === undefined) return undefined;
  const side = issue.path[0] === "from" ? "from" : "to";
  if (issue.code === "empty-period")
    return { side, message: `from ${filter.from} is after to ${filter.to}: nothing can match` };
  return { side, message: `${side} "${request[side]}" is not a date (ignored): write e.g. 2017-09 or 2017-09-05` };
}
