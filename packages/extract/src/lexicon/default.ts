import {
  DARE_CUES,
  DIALOGUE_CUES,
  FIRST_PERSON_ACTS,
  NOTICE_CUES,
  POSTURE_CUES,
  RESPONSE_CUES,
  SEEK_CUES,
  SETTLEMENT_CUES,
  TRUCE_NOUNS,
  TRUCE_VERBS,
  YIELD_VERBS,
} from "./content.js";
import { COUNTRIES } from "./countries.js";
import {
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
import { GROUPS, ORGANIZATIONS, TITLES } from "./groups.js";
import { NOUNS, SUPPORT_VERBS } from "./nouns.js";
import type { Lexicon } from "./types.js";
import { VERBS } from "./verbs.js";

/**
 * The lexicon `extractCandidates` uses unless given another: every list in
 * `lexicon/`, gathered. Data only; see docs/extraction.md for how to extend it.
 *
 * @example
 * DEFAULT_LEXICON.verbs.find((v) => v.lemma === "warn")?.kind // "warning"
 */
export const DEFAULT_LEXICON: Lexicon = {
  verbs: VERBS,
  nouns: NOUNS,
  supportVerbs: SUPPORT_VERBS,
  forceCues: FORCE_CUES,
  forcePhrases: FORCE_PHRASES,
  assuranceCues: ASSURANCE_CUES,
  cooperativeCues: COOPERATIVE_CUES,
  litotes: LITOTES,
  consequenceCues: CONSEQUENCE_CUES,
  dismissiveCues: DISMISSIVE_CUES,
  pejorativeCues: PEJORATIVE_CUES,
  laudatoryCues: LAUDATORY_CUES,
  conditions: CONDITION_CUES,
  countries: COUNTRIES,
  groups: GROUPS,
  organizations: ORGANIZATIONS,
  titles: TITLES,
  events: EVENT_CUES,
  namedEvents: NAMED_EVENTS,
  topics: TOPICS,
  orgHeads: ORG_HEADS,
  deadlineVerbs: DEADLINE_VERBS,
  yieldVerbs: YIELD_VERBS,
  responseCues: RESPONSE_CUES,
  postureCues: POSTURE_CUES,
  settlementCues: SETTLEMENT_CUES,
  truceVerbs: TRUCE_VERBS,
  truceNouns: TRUCE_NOUNS,
  seekCues: SEEK_CUES,
  dialogueCues: DIALOGUE_CUES,
  firstPersonActs: FIRST_PERSON_ACTS,
  dareCues: DARE_CUES,
  noticeCues: NOTICE_CUES,
};

/**
 * A lexicon with extra entries appended to the default lists (a team's own verbs,
 * actors or cues), leaving the default untouched.
 *
 * @example
 * const lexicon = extendLexicon({ verbs: [{ lemma: "castigate", kind: "accusation", cameo: "111", plover: "ACCUSE" }] });
 */
export function extendLexicon(extra: Partial<Lexicon>, base: Lexicon = DEFAULT_LEXICON): Lexicon {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = (base as unknown as Record<string, unknown>)[key];
    if (Array.isArray(current) && Array.isArray(value)) out[key] = [...value, ...current];
    else if (current && typeof current === "object" && value && typeof value === "object")
      out[key] = { ...current, ...value };
    else if (value !== undefined) out[key] = value;
  }
  return out as unknown as Lexicon;
}
