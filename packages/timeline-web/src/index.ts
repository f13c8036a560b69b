export { type PageOptions, renderErrorPage, renderTimelinePage } from "./page/render-page.js";
export { decodeHash, emptyFilter, encodeHash, type TimelineFilter, type ViewState } from "./state.js";
export { injectStyles, TIMELINE_CSS, TIMELINE_CSS_HASH } from "./styles.js";
export { createTimeline } from "./timeline.js";
export type { TimelineEvents, TimelineHandle, TimelineOptions, TimePoint } from "./types.js";
