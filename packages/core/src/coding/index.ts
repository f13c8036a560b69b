export { type CameoCode, cameoCode, cameoCodes } from "./cameo.js";
export {
  codingOf,
  type DefaultCoding,
  EVENT_DEFAULTS,
  intensityOf,
  STATEMENT_DEFAULTS,
  UNCODED_KINDS,
} from "./defaults.js";
export { isPloverEvent, PLOVER_EVENTS, type PloverEvent } from "./plover.js";
