import type { Entry } from "@briefline/core";
import { clear, h } from "../dom.js";
import { formatFuzzy, kindLabel } from "../format.js";
import type { Model } from "../model.js";

/** The hover tooltip. */
export interface Tooltip {
  element: HTMLElement;
  show(entry: Entry, clientX: number, clientY: number): void;
  showText(text: string, clientX: number, clientY: number): void;
  hide(): void;
}

/**
 * Creates the tooltip: kind, date and who, then the summary (clamped to four lines).
 * It never takes pointer events, so it cannot hide what it describes.
 *
 * @example
 * tooltip.show(entry, event.clientX, event.clientY)
 */
export function createTooltip(doc: Document, model: Model): Tooltip {
  const element = h(doc, "div", { class: "blt-tooltip", role: "tooltip", hidden: true });
  const place = (x: number, y: number) => {
    element.hidden = false;
    const view = doc.defaultView;
    const w = element.offsetWidth;
    const vw = view?.innerWidth ?? 1024;
    const left = x + 14 + w > vw ? Math.max(4, x - 14 - w) : x + 14;
    element.style.left = `${left}px`;
    element.style.top = `${Math.max(4, y + 14)}px`;
  };
  return {
    element,
    show(entry, x, y) {
      clear(element);
      const who =
        entry.type === "statement"
          ? (model.names.get(entry.speaker as string) ?? entry.speaker)
          : entry.targets.map((a) => model.names.get(a) ?? a).join(", ");
      element.append(
        h(
          doc,
          "div",
          { class: "blt-tt-meta" },
          `${kindLabel(entry.kind)} · ${formatFuzzy(entry.date, model.timezone)}`,
        ),
        h(doc, "div", { class: "blt-tt-title", dir: "auto" }, entry.title),
      );
      if (who) element.append(h(doc, "div", { class: "blt-tt-meta" }, h(doc, "bdi", {}, who as string)));
      place(x, y);
    },
    showText(text, x, y) {
      clear(element);
      element.append(h(doc, "div", {}, text));
      place(x, y);
    },
    hide() {
      element.hidden = true;
    },
  };
}
