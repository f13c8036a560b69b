import type { Entry } from "@briefline/core";
import { familyOf } from "@briefline/core/layout";
import { clear, h, highlight } from "../dom.js";
import { formatFuzzy, kindLabel } from "../format.js";
import type { Model } from "../model.js";

/** Rows drawn at most: a table of 100k rows helps nobody and freezes the page. */
export const TABLE_LIMIT = 1000;

/** The table view: what the timeline shows, as rows a screen reader can walk. */
export interface TableView {
  element: HTMLElement;
  show(entries: readonly Entry[], selected: string | null, words: readonly string[]): void;
}

/**
 * Creates the table view. Each row's summary is a button that selects the item.
 *
 * @example
 * const table = createTable(document, model, (id) => t.select(id));
 */
export function createTable(doc: Document, model: Model, select: (id: string) => void): TableView {
  const caption = h(doc, "caption", {});
  const body = h(doc, "tbody", {});
  const head = h(
    doc,
    "thead",
    {},
    h(
      doc,
      "tr",
      {},
      ...["Date", "Kind", "Who", "Targets", "Summary", "Sources", "Intensity"].map((c) =>
        h(doc, "th", { scope: "col" }, c),
      ),
    ),
  );
  const table = h(doc, "table", { class: "blt-table" }, caption, head, body);
  const element = h(doc, "div", { class: "blt-table-wrap", hidden: true }, table);
  const name = (id: string) => model.names.get(id) ?? id;
  return {
    element,
    show(entries, selected, words) {
      clear(body);
      const shown = entries.slice(0, TABLE_LIMIT);
      caption.textContent =
        entries.length > TABLE_LIMIT
          ? `The first ${TABLE_LIMIT} of ${entries.length} items in view; zoom in or filter to see the rest.`
          : `${entries.length} item${entries.length === 1 ? "" : "s"} in view, in date order.`;
      for (const e of shown) {
        const open = h(
          doc,
          "button",
          { type: "button", class: "blt-linkbtn", "data-id": e.id },
          highlight(doc, e.title, words),
        );
        open.addEventListener("click", () => select(e.id));
        const who = e.type === "statement" ? name(e.speaker as string) : e.targets.map(name).join(", ");
        const targets = e.type === "statement" ? e.targets.map(name).join(", ") : "";
        const sources = (e.statement ?? e.event)?.sources?.length ?? 0;
        body.append(
          h(
            doc,
            "tr",
            { "data-id": e.id, "aria-selected": e.id === selected ? "true" : null, class: `fam-${familyOf(e.kind)}` },
            h(doc, "td", { class: "blt-words-cell" }, formatFuzzy(e.date, model.timezone)),
            h(
              doc,
              "td",
              { class: "blt-words-cell" },
              kindLabel(e.kind),
              e.status !== "confirmed" ? ` (${e.status})` : "",
            ),
            h(doc, "td", { class: "blt-name-cell" }, h(doc, "bdi", {}, who)),
            h(doc, "td", { class: "blt-name-cell" }, h(doc, "bdi", {}, targets)),
            h(doc, "td", { class: "blt-summary-cell", dir: "auto" }, h(doc, "span", { class: "blt-clamp" }, open)),
            h(doc, "td", { class: "blt-number-cell" }, String(sources)),
            h(doc, "td", { class: "blt-number-cell" }, `${e.intensity > 0 ? "+" : ""}${e.intensity}`),
          ),
        );
      }
    },
  };
}
