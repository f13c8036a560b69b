import type { StatementKind } from "@briefline/core";
import type { FoundCondition } from "./conditions.js";

/*
 * The kind of a reported clause read from what it says, for reporting verbs ("said",
 * "added", "announced") and verbs whose content sharpens them ("vowed", "assured").
 * Each pattern is general English, not a word of one article: a refusal ("will never
 * accept"), an obligation laid on others ("Armenia must remove"), a response held in
 * reserve ("would take countermeasures if"), a cooperative act made conditional on the
 * other side ("will only agree to a truce once they withdraw"), and blame.
 */

const NEG = "(?:not|never|n't|no longer|cannot|can't)";
// Acts whose refusal is a rejection: accepting, negotiating, giving ground.
const YIELD_VERBS =
  "(?:accept|agree|negotiate|talk|sign|abandon|retreat|give up|give in|surrender|yield|bow|back down|budge|tolerate|recogni[sz]e|concede|cede|compromise|be swayed|be intimidated|be blackmailed|submit|succumb|capitulate|take part|participate|return to the (?:table|talks)|resume talks|give any meaning)";
const REFUSAL = new RegExp(
  `\\b(?:will|would|shall|could|can|do|does|did|is|are|was|were|am)?\\s?${NEG}\\s(?:\\w+ly\\s)?(?:be\\s)?(?:ready to\\s|prepared to\\s|willing to\\s|want to\\s|going to\\s)?${YIELD_VERBS}\\b`,
);
// "… does not pay ransoms, and it never will": a standing refusal.
const NEVER_WILL = /\b(?:it|we|they|he|she|i) (?:never will|will never|won't|will not)\W*$/;
// "Armenia must remove …", "they have to leave": an obligation laid on someone.
const OBLIGATION =
  /\b([a-z'-]+) (?:\w+ly )?(?:must|should|has to|have to|needs to|need to|needed to|had to|is obliged to|are obliged to|ought to)\b/;
const FIRST_PERSON = /^(i|we|us|our|my)$/;
const RESPONSIBILITY = /\b(?:it is|it was) (?:the|their|his|her|its) (?:responsibility|duty|obligation) of\b/;
// A response held in reserve: named, with a future or conditional verb.
const RESPONSE =
  /\b(?:respond|react|retaliat\w*|counter-?measures?|repercussions?|act of war|declaration of war|take (?:\w+ )?(?:measures|actions?|steps)|fight (?:it|them|back|to the end|until)|full force|(?:fire|launch) (?:\w+ )?(?:missiles?|rockets?)|(?:approach|report \w+ \w+ to|take \w+ \w+ to|refer \w+ \w+ to) the (?:un|united nations|security council|international court|icj|world court)|intervene|step in|deploy\w*|military (?:units?|action|operations?|options?|response|force))\b/;
// A stance that keeps force at hand, whatever the tense: "all options are open".
const POSTURE =
  /\b(?:reserves? the right|options? (?:are|is|were|was|remain|remains|remained) (?:open|on the table)|all options|any option)\b/;
const FUTURE = /\b(?:will|would|shall|could|might|can|may|'ll|'d|going to|ready to|prepared to|reserves?)\b/;
// What one side would do in return for the other's act: sign, agree, talk, a truce.
const COOPERATIVE =
  /\b(?:sign\w*|agree\w*|accept\w*|talks?|negotiat\w*|truce|ceasefire|peace|treaty|deal|normali[sz]\w*|dialogue|resume\w*)\b/;
// "Should stability be threatened, the force stands ready": a condition by inversion.
const INVERTED_IF = /^\s*(?:should|were|had) \w+/;
// "I reject outright …", "we wish to issue a warning": the act named in the first person.
const FIRST_PERSON_ACTS: ReadonlyArray<[RegExp, StatementKind]> = [
  [/^\s*(?:i|we) (?:\w+ )?(?:reject|refuse)\b/, "rejection"],
  [/^\s*(?:i|we) (?:\w+ )?(?:propose|suggest)\b/, "proposal"],
  [/^\s*(?:i|we) (?:\w+ )?(?:warn\b|(?:wish|want) to (?:issue|give) a warning)/, "warning"],
  [/^\s*(?:i|we) (?:\w+ )?(?:call on|call upon|urge|appeal)\b/, "appeal"],
  [/^\s*(?:i|we) (?:\w+ )?(?:demand|insist)\b/, "demand"],
  [/^\s*(?:i|we) (?:\w+ )?(?:accuse|condemn|denounce)\b/, "accusation"],
  [/^\s*(?:i|we) (?:\w+ )?(?:deny)\b/, "denial"],
  [/^\s*(?:i|we) (?:\w+ )?(?:offer|invite)\b/, "offer"],
];
// "his fighters would observe a three-month truce": a commitment to a truce, an offer.
const KEEP_TRUCE =
  /\b(?:will|would|shall) (?:\w+ )?(?:observe|respect|honou?r|abide by|implement|declare|halt|suspend)\b.{0,40}\b(?:truce|ceasefire|cease-fire|armistice|hostilities)\b/;
const CONDITIONAL_ON = /\b(?:conditional (?:on|upon)|preconditions?|on condition)\b/;
const ONLY_THEN = /\bonly\b/;
const SEEK =
  /\b(?:seeks?|sought|seeking|open to|wants?|wanted|ready for|willing to|prepared to|ready to)\b.{0,30}\b(?:dialogue|talks|negotiat\w*|discussions?|diplomacy|meet\w*|mediat\w*|peaceful solution|solution)\b/;

/**
 * The kind the content of a reported clause gives, or undefined when it gives none.
 * `pejorative` tells whether the content holds words of blame (from the lexicon).
 *
 * @example
 * kindOfContent(" china will never accept this ", [], false) // "rejection"
 * kindOfContent(" armenia must remove the clause ", [], false) // "demand"
 */
export function kindOfContent(
  text: string,
  conditions: readonly FoundCondition[],
  pejorative: boolean,
): StatementKind | undefined {
  // After a colon ("told a briefing: 'We wish to issue a warning …'") the words said begin.
  const opening = text.replace(/^[^:]*:/, "");
  for (const [act, kind] of FIRST_PERSON_ACTS) if (act.test(text) || act.test(opening)) return kind;
  if (REFUSAL.test(text) || NEVER_WILL.test(text)) return "rejection";
  const obligation = OBLIGATION.exec(text);
  if (obligation && !FIRST_PERSON.test(obligation[1] ?? "")) return "demand";
  if (RESPONSIBILITY.test(text)) return "appeal";
  const inverted = INVERTED_IF.test(text);
  const explicit = conditions.filter((c) => !c.regards);
  const cooperative = COOPERATIVE.test(text);
  // "will only agree to a truce once the RSF withdraws", "can be signed once the
  // constitution is changed", "remains conditional on …": what the other must do first.
  if (CONDITIONAL_ON.test(text)) return "demand";
  if (cooperative && explicit.some((c) => c.kind === "after" || (c.kind === "if" && ONLY_THEN.test(text))))
    return "demand";
  const future = FUTURE.test(text);
  const response = RESPONSE.exec(text);
  if (POSTURE.test(text)) return "threat";
  if (response && (future || inverted || explicit.length > 0) && !negatedBefore(text, response.index)) return "threat";
  // "if they do not want a solution, it could create more obstacles": a consequence foretold.
  if (future && explicit.some((c) => c.kind === "if" || c.kind === "unless")) return "warning";
  if (KEEP_TRUCE.test(text)) return "offer";
  if (pejorative) return "accusation";
  if (SEEK.test(text)) return "offer";
  return undefined;
}

function negatedBefore(text: string, at: number): boolean {
  return /\b(?:not|never|n't|no)\s(?:\w+\s)?$/.test(text.slice(Math.max(0, at - 20), at));
}
