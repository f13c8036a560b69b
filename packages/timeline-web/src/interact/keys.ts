import type { Layout, Mark } from "@briefline/core/layout";
import { nextMark } from "./keyboard.js";

/** What the keyboard can ask of the timeline. */
export interface KeyActions {
  layout(): Layout | null;
  active(): string | null;
  focus(mark: Mark): void;
  open(mark: Mark): void;
  /** Shift+Enter on an item: pair it with the selected one. */
  pair?(mark: Mark): void;
  close(): void;
  zoom(factor: number): void;
  fit(): void;
  pan(fraction: number): void;
}

/**
 * Keyboard access on the timeline's root: on an item, arrows move between items and
 * lanes, Home/End go to the lane's ends, Enter or Space opens it, Shift+Enter pairs it
 * with the selected item (as Shift+click does); anywhere outside a
 * text field, `+`/`-` zoom, `0` fits, `[`/`]` pan, Escape closes the details.
 *
 * @example
 * const keys = attachKeys(root, actions); // later: keys.destroy()
 */
export function attachKeys(root: HTMLElement, act: KeyActions): { destroy(): void } {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as Element;
    if (target.closest("input, textarea, select, [contenteditable]")) {
      if (e.key === "Escape") (target as HTMLElement).blur();
      return;
    }
    const onMark = target.closest(".blt-mark, .blt-focus-proxy");
    const layout = act.layout();
    if (onMark && layout) {
      const current = onMark.getAttribute("data-key") ?? act.active();
      if (["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(e.key)) {
        e.preventDefault();
        const next = nextMark(layout, current, e.key);
        if (next) act.focus(next);
        return;
      }
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        const mark = layout.marks.find((m) => m.key === current);
        if (mark && e.shiftKey && e.key === "Enter" && act.pair) act.pair(mark);
        else if (mark) act.open(mark);
        return;
      }
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "+" || e.key === "=") act.zoom(2);
    else if (e.key === "-" || e.key === "_") act.zoom(0.5);
    else if (e.key === "0") act.fit();
    else if (e.key === "[" || (e.key === "ArrowLeft" && target.closest(".blt-chart"))) act.pan(-0.25);
    else if (e.key === "]" || (e.key === "ArrowRight" && target.closest(".blt-chart"))) act.pan(0.25);
    else if (e.key === "Escape") act.close();
    else return;
    e.preventDefault();
  };
  root.addEventListener("keydown", onKey);
  return { destroy: () => root.removeEventListener("keydown", onKey) };
}
