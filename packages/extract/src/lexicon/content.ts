import type { StatementKind } from "@briefline/core";

/*
 * Phrases that give a reported clause its kind from what it says ("said China would
 * never accept…" is a rejection). Each entry is the source of a regular expression
 * matched on the lowercased clause as whole words, so a plain word or phrase works
 * ("withdraw", "back off") and `\w*` or `(?:…)?` cover inflections. The grammar around
 * them (negation, modals, obligation, conditions) stays in statements/content-kind.ts.
 */

/** Acts whose refusal is a rejection ("will never accept", "would not negotiate"). */
export const YIELD_VERBS: readonly string[] = [
  "accept",
  "agree",
  "negotiate",
  "talk",
  "sign",
  "abandon",
  "retreat",
  "give up",
  "give in",
  "surrender",
  "yield",
  "bow",
  "back down",
  "budge",
  "tolerate",
  "recogni[sz]e",
  "concede",
  "cede",
  "compromise",
  "be swayed",
  "be intimidated",
  "be blackmailed",
  "submit",
  "succumb",
  "capitulate",
  "take part",
  "participate",
  "return to the (?:table|talks)",
  "resume talks",
  "give any meaning",
];

/** A response held in reserve: with a future or conditional verb, a threat ("would retaliate"). */
export const RESPONSE_CUES: readonly string[] = [
  "respond",
  "react",
  "retaliat\\w*",
  "counter-?measures?",
  "repercussions?",
  "act of war",
  "declaration of war",
  "take (?:\\w+ )?(?:measures|actions?|steps)",
  "fight (?:it|them|back|to the end|until)",
  "full force",
  "(?:fire|launch) (?:\\w+ )?(?:missiles?|rockets?)",
  "(?:approach|report \\w+ \\w+ to|take \\w+ \\w+ to|refer \\w+ \\w+ to) the (?:un|united nations|security council|international court|icj|world court)",
  "intervene",
  "step in",
  "deploy\\w*",
  "military (?:units?|action|operations?|options?|response|force)",
  // "any incursion will be met with a resolute response": the answer held in reserve
  "(?:be|been) met with (?:a |an )?(?:\\w+ )?(?:response|reply|retaliation|force)",
];

/** A stance that keeps force at hand whatever the tense ("all options are open"): a threat. */
export const POSTURE_CUES: readonly string[] = [
  "reserves? the right",
  "options? (?:are|is|were|was|remain|remains|remained) (?:open|on the table)",
  "all options",
  "any option",
];

/** What one side would do in return for the other's act (sign, a truce): made conditional, a demand. */
export const SETTLEMENT_CUES: readonly string[] = [
  "sign\\w*",
  "agree\\w*",
  "accept\\w*",
  "talks?",
  "negotiat\\w*",
  "truce",
  "ceasefire",
  "peace",
  "treaty",
  "deal",
  "normali[sz]\\w*",
  "dialogue",
  "resume\\w*",
];

/** Verbs of keeping a truce ("would observe a three-month truce"): with a truce word after, an offer. */
export const TRUCE_VERBS: readonly string[] = [
  "observe",
  "respect",
  "honou?r",
  "abide by",
  "implement",
  "declare",
  "halt",
  "suspend",
];

/** Words for a pause in fighting, for {@link TRUCE_VERBS}. */
export const TRUCE_NOUNS: readonly string[] = ["truce", "ceasefire", "cease-fire", "armistice", "hostilities"];

/** Seeking or openness ("open to", "ready for"): with a {@link DIALOGUE_CUES} word after, an offer. */
export const SEEK_CUES: readonly string[] = [
  "seeks?",
  "sought",
  "seeking",
  "open to",
  "wants?",
  "wanted",
  "ready for",
  "willing to",
  "prepared to",
  "ready to",
];

/** What is sought in an offer of talks ("seeks dialogue", "open to mediation"). */
export const DIALOGUE_CUES: readonly string[] = [
  "dialogue",
  "talks",
  "negotiat\\w*",
  "discussions?",
  "diplomacy",
  "meet\\w*",
  "mediat\\w*",
  "peaceful solution",
  "solution",
];

/** A dare ("whoever wants to try it, let him try"): a threat whatever the tense. */
export const DARE_CUES: readonly string[] = [
  "let (?:him|her|them|it|anyone|whoever) try",
  "(?:is|are) welcome to try",
  "just try",
  "i dare (?:you|them|anyone)",
];

/** "They should know that", "must understand": a warning put as an obligation to know, not a demand. */
export const NOTICE_CUES: readonly string[] = [
  "(?:should|must|had better|need to|needs to|ought to) (?:\\w+ )?(?:know|understand|realise|realize|remember|be aware|bear in mind)",
];

/** An act named in the first person at the start of the words said ("I reject …", "we urge …"). */
export interface FirstPersonAct {
  /** Verbs (regular-expression sources) that name the act after "I" or "we" and at most one word. */
  verbs: readonly string[];
  kind: StatementKind;
}

/** "I reject outright …", "we wish to issue a warning": the act named in the first person. */
export const FIRST_PERSON_ACTS: readonly FirstPersonAct[] = [
  { verbs: ["reject", "refuse"], kind: "rejection" },
  { verbs: ["propose", "suggest"], kind: "proposal" },
  { verbs: ["warn", "(?:wish|want) to (?:issue|give) a warning"], kind: "warning" },
  { verbs: ["call on", "call upon", "urge", "appeal"], kind: "appeal" },
  { verbs: ["demand", "insist"], kind: "demand" },
  { verbs: ["accuse", "condemn", "denounce"], kind: "accusation" },
  { verbs: ["deny"], kind: "denial" },
  { verbs: ["offer", "invite"], kind: "offer" },
];
