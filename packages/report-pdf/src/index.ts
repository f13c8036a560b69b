export { BriefingOptionError, type BriefingOptions } from "./options.js";
export { renderBriefing, renderBriefingStream } from "./render-briefing.js";
