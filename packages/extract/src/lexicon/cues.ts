import type { ConditionCue, EventCue } from "./types.js";

/**
 * Words in what was said that name force or coercion. A warning, vow or plain
 * statement whose content holds one of them (with a future or conditional verb) is
 * coded as a threat: "would be destroyed", "legitimate targets", "achieve its aims
 * militarily". A cue of five letters or more matches as a word stem ("destroy" covers
 * destroyed, "destruct" covers destruction); shorter ones ("war") only as whole words.
 */
export const FORCE_CUES: readonly string[] = [
  "destroy",
  "destruct",
  "target",
  "strike",
  "attack",
  "retaliat",
  "crush",
  "annihilat",
  "eliminat",
  "obliterat",
  "war",
  "militarily",
  "invade",
  "invasion",
  "bomb",
  "nuclear",
  "shoot",
  "shot",
  "punish",
  "confront",
  "wipe",
  "sanction",
  "consequences",
  "escalat",
  "kill",
];

/** Multi-word coercive phrases, matched on the lowercased text. */
export const FORCE_PHRASES: readonly string[] = [
  "all necessary measures",
  "all measures",
  "pay a heavy price",
  "pay a high price",
  "pay the price",
  "severe consequences",
  "serious consequences",
  "by force",
  "use force",
  "military means",
  "harsh response",
  "decisive response",
  "use of force",
  "respond proportionately",
  "respond decisively",
  "respond forcefully",
  "respond harshly",
  "respond firmly",
  "respond militarily",
  "respond in kind",
  "ready to respond",
  "prepared to respond",
  "by all means",
  "all means necessary",
  "all necessary means",
  "every means",
  "any means",
  "all means at",
  // the speaker's own armed forces as the actors of a future or conditional clause
  "our army",
  "our armed forces",
  "our forces",
  "our troops",
  "our military",
];

/** Content that commits the speaker not to do something: an assurance. */
export const ASSURANCE_CUES: readonly string[] = [
  "no intention",
  "no plans",
  "not seek",
  "does not seek",
  "do not seek",
  "would not",
  "will not",
  "would never",
  "will never",
  "remain committed",
  "stand by",
  "not to use force",
  "not to attack",
  "be certain",
  "be sure",
  "rest assured",
  "be assured",
  "nothing to fear",
  "can count on",
  "could count on",
  "will be safe",
  "would be safe",
];

/** Words after "not" that turn the negation into resolve: "would not hesitate to", "will not shrink from". */
export const LITOTES: readonly string[] = ["hesitate", "shrink", "flinch", "shy", "waver"];

/**
 * Verbs of consequence, matched as stems: force named after them ("could lead to a
 * confrontation", "risks sparking a war") is a prediction, not the speaker's threat.
 */
export const CONSEQUENCE_CUES: readonly string[] = [
  "lead",
  "led",
  "result",
  "risk",
  "spark",
  "trigger",
  "provok",
  "cause",
  "causing",
];

/** Words that dismiss a claim or an idea, matched as stems: "a pretext", "baseless", "lies". */
export const DISMISSIVE_CUES: readonly string[] = [
  "pretext",
  "lie",
  "lies",
  "baseless",
  "groundless",
  "unfounded",
  "false",
  "untrue",
  "fabricat",
  "invent",
  "nonsense",
  "absurd",
  "propaganda",
  "slander",
  "smear",
  "fiction",
  "fantasy",
];

/** Words of blame in a characterisation, matched as stems ("described the seizure as piracy"). */
export const PEJORATIVE_CUES: readonly string[] = [
  "pirac",
  "pirat",
  "terror",
  "crime",
  "criminal",
  "illegal",
  "unlawful",
  "provocat",
  "aggress",
  "violation",
  "hostile",
  "bandit",
  "blackmail",
  "theft",
  "robbery",
  "sabotage",
  "reckless",
  "irresponsible",
  "outrage",
  "unacceptable",
  "genocide",
  "massacre",
  "occupation",
  "kidnap",
  "hostage-taking",
  "lawless",
  "barbar",
  "cowardly",
  "shameful",
  "blame",
  "fault",
  "outlaw",
  "obstina",
  "intransigen",
  "aggravat",
  "insult",
  "mistake",
  "bully",
  "arrogan",
  "hypocri",
  "destabiliz",
  "destabilis",
  "undermin",
  "violat",
];

/** Words of approval in a characterisation, matched as stems ("called the deal a milestone"). */
export const LAUDATORY_CUES: readonly string[] = [
  "gesture",
  "courage",
  "brave",
  "success",
  "historic",
  "constructive",
  "positive",
  "milestone",
  "breakthrough",
  "wise",
  "statesman",
  "generous",
  "step forward",
];

/** Cooperative acts: "ready to talk", "prepared to meet" read as offers. */
export const COOPERATIVE_CUES: readonly string[] = [
  "meet",
  "meeting",
  "talk",
  "talks",
  "negotiat",
  "dialogue",
  "mediat",
  "discuss",
  "host",
  "help",
  "assist",
  "ceasefire",
  "truce",
  "peace",
];

/**
 * Words that open a condition, longest first so "only if" wins over "if". Implicit
 * conditions ("any troops sent there would be …") are found by a rule, not listed here.
 */
export const CONDITION_CUES: readonly ConditionCue[] = [
  { words: ["only", "if"], kind: "only_if" },
  { words: ["on", "condition", "that"], kind: "only_if" },
  { words: ["provided", "that"], kind: "only_if" },
  { words: ["provided"], kind: "only_if" },
  { words: ["as", "long", "as"], kind: "only_if", demands: false },
  { words: ["so", "long", "as"], kind: "only_if", demands: false },
  { words: ["in", "the", "event", "of"], kind: "if" },
  { words: ["in", "the", "event", "that"], kind: "if" },
  { words: ["in", "case"], kind: "if" },
  { words: ["if"], kind: "if" },
  { words: ["unless"], kind: "unless" },
  { words: ["until"], kind: "until" },
  { words: ["once"], kind: "after", notBefore: ["again", "more", "and"] },
];

/** Nouns and verbs that name events, with the event kind. */
export const EVENT_CUES: readonly EventCue[] = [
  // "meet"/"meets" are left out: the present tense tells of habits or geography ("where the borders meet").
  { words: ["meeting", "meetings", "met"], kind: "meeting" },
  { words: ["talks"], kind: "meeting", needsPartner: true },
  { words: ["summit", "summits"], kind: "summit" },
  { words: ["visit", "visits", "visited", "trip"], kind: "visit" },
  {
    words: ["phone call", "telephone call", "call", "phone conversation", "telephone conversation"],
    kind: "call",
    needsPartner: true,
  },
  {
    words: [
      "spoke by phone",
      "spoke by telephone",
      "speaking by phone",
      "speaking by telephone",
      "talked by phone",
      "talked by telephone",
      "phoned",
      "telephoned",
    ],
    kind: "call",
  },
  { words: ["speech", "address", "remarks", "press conference", "news conference", "interview"], kind: "speech" },
  // Acts of force told as facts: "China's navy is holding live-fire exercises", "launched strikes on …".
  {
    words: [
      "live-fire military exercises",
      "live-fire exercises",
      "military exercises",
      "military drills",
      "joint drill",
      "joint drills",
      "drills",
      "exercises",
      "air strikes",
      "airstrikes",
      "strikes",
      "bombardment",
      "water cannons",
      "water cannon",
    ],
    kind: "military",
  },
];

/** Last words of named events ("Eastern Economic Forum") and the kind they make. */
export const NAMED_EVENTS: Readonly<Record<string, "forum" | "summit" | "meeting" | "speech">> = {
  forum: "forum",
  conference: "forum",
  congress: "forum",
  assembly: "forum",
  dialogue: "forum",
  convention: "forum",
  week: "forum",
  summit: "summit",
  talks: "meeting",
  meeting: "meeting",
  address: "speech",
};

/**
 * Topic classes for judging whether two statements repeat each other: words of one
 * class count as the same substance ("troops" and "soldiers" and "peacekeepers").
 */
export const TOPICS: ReadonlyArray<readonly string[]> = [
  [
    "troops",
    "soldiers",
    "forces",
    "peacekeepers",
    "contingent",
    "personnel",
    "boots",
    "deployment",
    "deploying",
    "deploy",
  ],
  ["talks", "talk", "negotiations", "dialogue", "meeting", "meet", "summit", "negotiate"],
  ["ceasefire", "truce", "armistice"],
  ["sanctions", "embargo", "tariffs"],
  ["nuclear", "atomic", "enrichment", "uranium"],
  ["destroy", "destroyed", "destruction", "targets", "strike", "strikes", "attack"],
];

/**
 * Last words of organisation names ("United Nations Command", "Caribbean Community"):
 * a run of capitalised words ending in one of them is an organisation, even when the
 * lexicon does not list it.
 */
export const ORG_HEADS: readonly string[] = [
  "command",
  "commission",
  "council",
  "committee",
  "community",
  "union",
  "agency",
  "organization",
  "organisation",
  "league",
  "alliance",
  "coalition",
  "bloc",
  "party",
  "front",
  "movement",
  "mission",
  "ministry",
  "department",
  "office",
  "parliament",
  "court",
  "bank",
  "fund",
  "guard",
  "navy",
  "army",
];

/** Verbs that set a deadline: "gave X three months to leave" is an ultimatum. */
export const DEADLINE_VERBS: readonly string[] = ["give", "grant"];
