import { actorsSection } from "./actors.js";
import { blufSection } from "./bluf.js";
import { changesSection } from "./changes.js";
import { chronologySection } from "./chronology.js";
import { diplomacySection } from "./diplomacy.js";
import { endnotesSection } from "./endnotes.js";
import { judgmentsSection } from "./judgments.js";
import { offersSection } from "./offers.js";
import { rejectionsSection } from "./rejections.js";
import type { Section } from "./section.js";
import { sourcesSection } from "./sources.js";
import { threatsSection } from "./threats.js";
import { timelineSection } from "./timeline.js";
import { trendSection } from "./trend.js";

/**
 * The sections of a briefing, in order, after the cover. "What changed" is there only
 * when a previous chronicle is given.
 *
 * @example
 * sectionsFor(true).map((s) => s.title) // ["Bottom line up front", "What changed", "Key judgments", …]
 */
export function sectionsFor(withPrevious: boolean): Section[] {
  return [
    blufSection,
    ...(withPrevious ? [changesSection] : []),
    judgmentsSection,
    trendSection,
    timelineSection,
    threatsSection,
    offersSection,
    diplomacySection,
    rejectionsSection,
    chronologySection,
    actorsSection,
    sourcesSection,
    endnotesSection,
  ];
}
