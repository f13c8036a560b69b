/**
 * PLOVER (Political Language Ontology for Verifiable Event Records), the successor of
 * CAMEO, as its manual defines it (openeventdata/PLOVER, PLOVER_MANUAL.tex, draft 0.7b1,
 * 2021): the sixteen event types, each with the CAMEO cue category it chiefly descends from.
 * CAMEO's 01 (statements) and 02 (appeals) have no PLOVER type; 08 splits into CONCEDE
 * (verbal) and RETREAT (material); 09 and 11 both become ACCUSE.
 */
export const PLOVER_EVENTS = {
  AGREE: "03",
  CONSULT: "04",
  SUPPORT: "05",
  COOPERATE: "06",
  AID: "07",
  CONCEDE: "08",
  RETREAT: "087",
  DEMAND: "10",
  ACCUSE: "11",
  REJECT: "12",
  THREATEN: "13",
  PROTEST: "14",
  MOBILIZE: "15",
  SANCTION: "16",
  COERCE: "17",
  ASSAULT: "18",
} as const;

export type PloverEvent = keyof typeof PLOVER_EVENTS;

/**
 * The modes the manual lists per event type (its tables "CONSULT modes" … "ASSAULT
 * modes"). Types without a table (AGREE, SUPPORT, CONCEDE, COOPERATE, ACCUSE) take no
 * mode: "verbal activities only have a context since their mode is just verbal".
 * DEMAND has two tables in the draft (one shared with AID, one with REJECT): both count.
 */
export const PLOVER_MODES: Readonly<Record<PloverEvent, readonly string[]>> = {
  AGREE: [],
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  SUPPORT: [],
  COOPERATE: [],
  AID: ["economic", "military", "humanitarian", "asylum"],
  CONCEDE: [],
  RETREAT: ["withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"],
  DEMAND: ["economic", "military", "humanitarian", "asylum", "assist", "change", "yield", "meet"],
  ACCUSE: [],
  REJECT: ["assist", "change", "yield", "meet"],
  THREATEN: ["restrict", "ban", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"],
  MOBILIZE: ["troops", "weapons", "police"],
  SANCTION: ["convict", "cancel", "expel", "withdraw", "sever"],
  COERCE: ["confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"],
  ASSAULT: [
    "abduct",
    "beat",
    "torture",
    "execute",
    "sexual",
    "assassinate",
    "destroy",
    "primitive",
    "firearms",
    "explosives",
    "suicide-attack",
    "heavy-weapons",
  ],
};

/** The manual's "context codes that can be used with any category", and its four grammatical contexts. */
export const PLOVER_CONTEXTS: readonly string[] = [
  "political",
  "military",
  "intelligence",
  "peacekeeping",
  "economic",
  "diplomatic",
  "resource",
  "culture",
  "disease",
  "enviro_disaster",
  "migration",
  "humanitarian",
  "legal",
  "human_rights",
  "rights_freedoms",
  "gender",
  "lgbt",
  "terrorism",
  "human_security",
  "religion_ethnicity",
  "government",
  "election",
  "legislative",
  "cbrn",
  "cyber",
  "political_institutions",
  "corruption",
  "crime",
  "crime_murder",
  "crime_theft",
  "crime_drugs",
  "crime_sexual",
  "future",
  "historical",
  "hypothetical",
  "negation",
];

const CONTEXTS = new Set(PLOVER_CONTEXTS);

/**
 * Whether a PLOVER event type is one of the sixteen.
 *
 * @example
 * isPloverEvent("THREATEN") // true
 */
export function isPloverEvent(name: string): name is PloverEvent {
  return Object.hasOwn(PLOVER_EVENTS, name);
}

/**
 * Whether `mode` is one the manual lists for `event`.
 *
 * @example
 * isPloverMode("THREATEN", "violence") // true
 * isPloverMode("THREATEN", "verbal")   // false
 */
export function isPloverMode(event: string, mode: string): boolean {
  return isPloverEvent(event) && PLOVER_MODES[event].includes(mode);
}

/**
 * Whether `context` is one of the manual's context codes.
 *
 * @example
 * isPloverContext("military") // true
 */
export function isPloverContext(context: string): boolean {
  return CONTEXTS.has(context);
}
