import type { LaneMode } from "@briefline/core/layout";
import { decodeHash, emptyFilter, encodeHash, type ViewState } from "../state.js";

/**
 * Keeps the view in the URL fragment: `write()` records the state (debounced, with
 * `replaceState`, so the history is not flooded while zooming); editing the fragment or
 * going back applies it. Nothing happens unless `enabled`. `defaultLanes` is the lane mode
 * a link without `lanes=` means.
 *
 * @example
 * const hash = syncHash(window, true, () => state, (next) => apply(next)); // later: hash.write()
 */
export function syncHash(
  view: Window,
  enabled: boolean,
  read: () => ViewState,
  apply: (state: ViewState) => void,
  defaultLanes: LaneMode = "speaker",
): { write(): void; destroy(): void } {
  let last = view.location.hash.replace(/^#/, "");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onHash = () => {
    const next = view.location.hash.replace(/^#/, "");
    if (next === last) return;
    last = next;
    const defaults: ViewState = {
      domain: null,
      laneBy: defaultLanes,
      filter: emptyFilter(),
      selected: null,
      view: "timeline",
    };
    apply({ ...defaults, ...decodeHash(next) });
  };
  if (enabled) view.addEventListener("hashchange", onHash);
  return {
    write() {
      if (!enabled) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = encodeHash(read(), defaultLanes);
        if (next === last) return;
        last = next;
        view.history.replaceState(null, "", next ? `#${next}` : view.location.pathname + view.location.search);
      }, 150);
    },
    destroy() {
      clearTimeout(timer);
      view.removeEventListener("hashchange", onHash);
    },
  };
}
