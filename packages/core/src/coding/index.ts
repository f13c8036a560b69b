export { type CameoCode, cameoCode, cameoCodes } from "./cameo.js";
export { CAMEO_TO_PLOVER, type PloverOfCameo, ploverOfCameo } from "./cameo-to-plover.js";
export {
  codingOf,
  type DefaultCoding,
  EVENT_DEFAULTS,
  intensityOf,
  STATEMENT_DEFAULTS,
  UNCODED_KINDS,
} from "./defaults.js";
export {
  isPloverContext,
  isPloverEvent,
  isPloverMode,
  PLOVER_CONTEXTS,
  PLOVER_EVENTS,
  PLOVER_MODES,
  type PloverEvent,
} from "./plover.js";
