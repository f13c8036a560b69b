export type { PloverActor } from "./_plover-parts.js";
export { type AcledOptions, acledDate, chronicleFromAcled } from "./acled.js";
export {
  chronicleToPlover,
  formatPloverJsonl,
  type PloverExport,
  type PloverRecord,
  ploverExport,
} from "./plover.js";
export { PLOVER_RECORD_SCHEMA } from "./plover-schema.js";
export { slugify } from "./slug.js";
export {
  chronicleFromTimelineJs,
  chronicleToTimelineJs,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsEvent,
} from "./timelinejs.js";
