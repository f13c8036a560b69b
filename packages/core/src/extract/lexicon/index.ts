export { COUNTRIES } from "./countries.js";
export {
  ASSURANCE_CUES,
  CONDITION_CUES,
  COOPERATIVE_CUES,
  DEADLINE_VERBS,
  EVENT_CUES,
  FORCE_CUES,
  FORCE_PHRASES,
  NAMED_EVENTS,
  ORG_HEADS,
  TOPICS,
} from "./cues.js";
export { DEFAULT_LEXICON, extendLexicon } from "./default.js";
export { GROUPS, ORGANIZATIONS, TITLES } from "./groups.js";
export { NOUNS, SUPPORT_VERBS } from "./nouns.js";
export type * from "./types.js";
export { VERBS } from "./verbs.js";
