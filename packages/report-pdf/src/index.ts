export { BriefingOptionError, type BriefingOptions } from "./options.js";
export { type BriefingBytes, renderBriefing, renderBriefingStream } from "./render-briefing.js";
