import type { ActorType, ConditionKind, EventKind, StatementKind } from "@briefline/core";
import type { FirstPersonAct } from "./content.js";

/**
 * How a verb or noun of the lexicon reads: what kind of statement it makes and how
 * CAMEO/PLOVER code it. `neutral` marks reporting verbs ("said", "stated") whose kind
 * comes from what was said, not from the verb; `content` marks verbs ("warned",
 * "vowed", "insisted") whose kind the content may sharpen (a warning that something
 * "would be destroyed" is a threat).
 */
export interface SpeechAct {
  kind: StatementKind;
  /** CAMEO code as a string ("036", never 36). */
  cameo: string;
  /** PLOVER event type, e.g. THREATEN. */
  plover: string;
  /** A reporting verb: yields an item only with a content clause, kind from content. */
  neutral?: boolean;
  /** The content may sharpen the kind (warning → threat when it names force). */
  content?: boolean;
  /** The kind when negated ("refused to rule out force" keeps a threat open: a warning); otherwise a negated act yields nothing. */
  whenNegated?: StatementKind;
  /**
   * A verb of characterising ("described X as …", "branded X …"): the judgement in its
   * words makes the kind (an accusation or praise); a neutral description yields nothing.
   */
  judges?: boolean;
}

/** A verb entry: its lemma, irregular forms, and an optional particle ("call on", "rule out"). */
export interface VerbEntry extends SpeechAct {
  lemma: string;
  /** Words that must follow the verb (within two tokens) for this sense, e.g. ["on", "upon"]. */
  particles?: readonly string[];
  /** Irregular forms: [past, past participle]; regular ones are derived. */
  irregular?: readonly [string, string];
}

/** A noun entry ("threats", "dismissal"), optionally needing a following word ("calls for"). */
export interface NounEntry extends SpeechAct {
  nouns: readonly string[];
  /** Words of which one must follow the noun for this sense, e.g. ["for", "on"]. */
  followedBy?: readonly string[];
}

/** A country: its name, ISO 3166-1 alpha-3 code and the words that stand for it. */
export interface CountryEntry {
  name: string;
  iso3: string;
  /** Other names ("the United States", "US"). */
  aliases?: readonly string[];
  /** Adjectives: "Russian", "Ukrainian". */
  demonyms?: readonly string[];
  /** Capitals and seats of power used for the government: "Moscow", "the Kremlin". */
  metonyms?: readonly string[];
}

/** A group named by a phrase: "Western nations", "the international community". */
export interface GroupEntry {
  name: string;
  type: ActorType;
  phrases: readonly string[];
  /** Commentators are reported, not tracked: their words yield no statements. */
  commentator?: boolean;
}

/** A word that opens a condition clause. */
export interface ConditionCue {
  words: readonly string[];
  kind: ConditionKind;
  /**
   * For `only_if` cues: whether what follows is demanded of someone ("only if Kyiv
   * agrees", "on condition that …"), which makes a neutral statement a demand. True
   * unless set to false, as for a state of things the speaker names ("as long as the
   * talks last").
   */
  demands?: boolean;
  /** Words that, right after the cue, make it no condition ("once again", "once more"). */
  notBefore?: readonly string[];
}

/** An event noun or verb and the kind of event it names. */
export interface EventCue {
  words: readonly string[];
  kind: EventKind;
  /** Needs an actor after "with"/"to" or a named event to count ("call with X"). */
  needsPartner?: boolean;
}

/** The whole lexicon: data only, so it can be extended without touching the rules. */
export interface Lexicon {
  verbs: readonly VerbEntry[];
  nouns: readonly NounEntry[];
  /** Verbs whose subject is the speaker of a statement noun in their object ("issued threats"). */
  supportVerbs: readonly string[];
  /** Words in a content clause that name force: they turn a warning into a threat. */
  forceCues: readonly string[];
  /** Multi-word force phrases ("all necessary measures", "pay a heavy price"). */
  forcePhrases: readonly string[];
  /** Phrases of content that commits the speaker not to act ("no intention of"): an assurance. */
  assuranceCues: readonly string[];
  /** Cooperative acts that turn "ready to …"/"prepared to …" into an offer. */
  cooperativeCues: readonly string[];
  /** Words after "not" that make the negation a commitment ("would not hesitate to"): no assurance. */
  litotes: readonly string[];
  /** Verbs of consequence ("could lead to a confrontation"): force after them is predicted, not threatened. */
  consequenceCues: readonly string[];
  /** Words that dismiss a claim or an idea ("a pretext", "baseless"). */
  dismissiveCues: readonly string[];
  /** Words of blame in a characterisation ("described the boarding as piracy"): an accusation. */
  pejorativeCues: readonly string[];
  /** Words of approval in a characterisation ("hailed it as a gesture of goodwill"): praise. */
  laudatoryCues: readonly string[];
  conditions: readonly ConditionCue[];
  countries: readonly CountryEntry[];
  groups: readonly GroupEntry[];
  /** International organisations: [name, aliases…]. */
  organizations: ReadonlyArray<readonly string[]>;
  /** Office words that stand before a person's name ("President", "Foreign Minister"). */
  titles: readonly string[];
  events: readonly EventCue[];
  /** Last words of named events and the kind they make ("Economic Forum" → forum). */
  namedEvents: Readonly<Record<string, EventKind>>;
  /** Last words of organisation names ("Command", "Community"). */
  orgHeads: readonly string[];
  /** Verbs that set a deadline ("gave X three months to …"): an ultimatum. */
  deadlineVerbs: readonly string[];
  /** Acts whose refusal is a rejection ("will never accept"); regular-expression sources, see lexicon/content.ts. */
  yieldVerbs: readonly string[];
  /** Responses held in reserve ("would retaliate"): with a future or a condition, a threat. */
  responseCues: readonly string[];
  /** Stances that keep force at hand in any tense ("all options are open"): a threat. */
  postureCues: readonly string[];
  /** Cooperative acts (sign, a truce) that, made conditional on the other side, make a demand. */
  settlementCues: readonly string[];
  /** Verbs of keeping a truce ("would observe"), and the truce words after them: an offer. */
  truceVerbs: readonly string[];
  truceNouns: readonly string[];
  /** Seeking or openness ("ready for") followed by a dialogue word ("talks"): an offer. */
  seekCues: readonly string[];
  dialogueCues: readonly string[];
  /** Dares ("let them try"): a threat. */
  dareCues: readonly string[];
  /** Obligations to know ("they should know that"): a warning, not a demand. */
  noticeCues: readonly string[];
  /** Acts named in the first person at the start of the words said ("we reject …"). */
  firstPersonActs: readonly FirstPersonAct[];
  /** Sets of words treated as one topic when judging whether two statements repeat each other. */
  topics: ReadonlyArray<readonly string[]>;
}
