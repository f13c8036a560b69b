export { COUNTRIES } from "./countries.js";
export {
  ASSURANCE_CUES,
  CONDITION_CUES,
  CONSEQUENCE_CUES,
  COOPERATIVE_CUES,
  DEADLINE_VERBS,
  DISMISSIVE_CUES,
  EVENT_CUES,
  FORCE_CUES,
  FORCE_PHRASES,
  LAUDATORY_CUES,
  LITOTES,
  NAMED_EVENTS,
  ORG_HEADS,
  PEJORATIVE_CUES,
  TOPICS,
} from "./cues.js";
export { DEFAULT_LEXICON, extendLexicon } from "./default.js";
export { GROUPS, ORGANIZATIONS, TITLES } from "./groups.js";
export { NOUNS, SUPPORT_VERBS } from "./nouns.js";
export type * from "./types.js";
export { VERBS } from "./verbs.js";
