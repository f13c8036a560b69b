export { type AcledOptions, acledDate, chronicleFromAcled } from "./acled.js";
export { chronicleToPlover, type PloverRecord } from "./plover.js";
export { slugify } from "./slug.js";
export {
  chronicleFromTimelineJs,
  chronicleToTimelineJs,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsEvent,
} from "./timelinejs.js";
