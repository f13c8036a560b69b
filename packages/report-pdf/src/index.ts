export { checkFontStructure } from "./fonts/check-font.js";
export { type FallbackSample, fallbackSample } from "./fonts/fallback-sample.js";
export { FontRefused } from "./fonts/refused.js";
export { tryFont } from "./fonts/try-font.js";
export { BriefingOptionError, type BriefingOptions } from "./options.js";
export { type BriefingBytes, renderBriefing, renderBriefingStream } from "./render-briefing.js";
