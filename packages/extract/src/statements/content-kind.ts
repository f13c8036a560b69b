import type { StatementKind } from "@briefline/core";
import type { Lexicon } from "../lexicon/types.js";
import type { FoundCondition } from "./conditions.js";

/*
 * The kind of a reported clause read from what it says, for reporting verbs ("said",
 * "added", "announced") and verbs whose content sharpens them ("vowed", "assured").
 * Each pattern is general English, not a word of one article: a refusal ("will never
 * accept"), an obligation laid on others ("Armenia must remove"), a response held in
 * reserve ("would take countermeasures if"), a cooperative act made conditional on the
 * other side ("will only agree to a truce once they withdraw"), and blame. The phrase
 * lists (what may be refused, responses, truces, talks sought, first-person acts) are
 * the lexicon's (lexicon/content.ts), so a team can extend them.
 */

const NEG = "(?:not|never|n't|no longer|cannot|can't)";
const any = (list: readonly string[]) => `(?:${list.join("|")})`;

interface ContentPatterns {
  refusal: RegExp;
  response: RegExp;
  posture: RegExp;
  cooperative: RegExp;
  keepTruce: RegExp;
  seek: RegExp;
  dare: RegExp;
  notice: RegExp;
  firstPerson: ReadonlyArray<[RegExp, StatementKind]>;
}

const built = new WeakMap<Lexicon, ContentPatterns>();

// The lexicon's phrase lists inside the grammar that surrounds them, built once per lexicon.
function patternsOf(lexicon: Lexicon): ContentPatterns {
  let p = built.get(lexicon);
  if (p) return p;
  p = {
    // "will never accept", "is not ready to negotiate": a refusal to yield.
    refusal: new RegExp(
      `\\b(?:will|would|shall|could|can|do|does|did|is|are|was|were|am)?\\s?${NEG}\\s(?:\\w+ly\\s)?(?:be\\s)?(?:ready to\\s|prepared to\\s|willing to\\s|want to\\s|going to\\s)?${any(lexicon.yieldVerbs)}\\b`,
    ),
    response: new RegExp(`\\b${any(lexicon.responseCues)}\\b`),
    posture: new RegExp(`\\b${any(lexicon.postureCues)}\\b`),
    cooperative: new RegExp(`\\b${any(lexicon.settlementCues)}\\b`),
    keepTruce: new RegExp(
      `\\b(?:will|would|shall) (?:\\w+ )?${any(lexicon.truceVerbs)}\\b.{0,40}\\b${any(lexicon.truceNouns)}\\b`,
    ),
    seek: new RegExp(`\\b${any(lexicon.seekCues)}\\b.{0,30}\\b${any(lexicon.dialogueCues)}\\b`),
    dare: new RegExp(`\\b${any(lexicon.dareCues)}\\b`),
    notice: new RegExp(`\\b${any(lexicon.noticeCues)}\\b`),
    firstPerson: lexicon.firstPersonActs.map((a) => [new RegExp(`^\\s*(?:i|we) (?:\\w+ )?${any(a.verbs)}\\b`), a.kind]),
  };
  built.set(lexicon, p);
  return p;
}
// "… does not pay ransoms, and it never will": a standing refusal.
const NEVER_WILL = /\b(?:it|we|they|he|she|i) (?:never will|will never|won't|will not)\W*$/;
// "Armenia must remove …", "they have to leave": an obligation laid on someone.
const OBLIGATION =
  /\b([a-z'-]+\.?) (?:\w+ly )?(?:must|should|has to|have to|needs to|need to|needed to|had to|is obliged to|are obliged to|ought to)\b/;
const FIRST_PERSON = /^(i|we|us|our|my)$/;
const RESPONSIBILITY = /\b(?:it is|it was) (?:the|their|his|her|its) (?:responsibility|duty|obligation) of\b/;
const FUTURE = /\b(?:will|would|shall|could|might|can|may|'ll|'d|going to|ready to|prepared to|reserves?)\b/;
// "Should stability be threatened, the force stands ready": a condition by inversion.
const INVERTED_IF = /^\s*(?:should|were|had) \w+/;
const CONDITIONAL_ON = /\b(?:conditional (?:on|upon)|preconditions?|on condition)\b/;
const ONLY_THEN = /\bonly\b/;

/**
 * Whether a reported clause opens by laying an obligation on someone other than the
 * speaker ("Iran must agree to a verifiable halt of its nuclear work", "the U.S. should
 * stop …"): what it names, force included, is what the other side must do or stop, so
 * the clause is a demand, not a threat.
 *
 * @example
 * obligesOther(" iran must halt its missile strikes ") // true
 * obligesOther(" we must strike first ") // false
 */
export function obligesOther(text: string): boolean {
  const obligation = OBLIGATION.exec(text);
  if (!obligation || FIRST_PERSON.test((obligation[1] ?? "").replace(/\.$/, ""))) return false;
  // The obligation opens the clause (after "that", if any): at most a short subject before it.
  const before =
    text
      .slice(0, obligation.index)
      .split(/\bthat\b/)
      .pop() ?? "";
  return before.trim().split(/\s+/).filter(Boolean).length <= 3;
}

/**
 * The kind the content of a reported clause gives, or undefined when it gives none.
 * `pejorative` tells whether the content holds words of blame (from the lexicon); the
 * phrase lists come from `lexicon`.
 *
 * @example
 * kindOfContent(" china will never accept this ", [], false, DEFAULT_LEXICON) // "rejection"
 * kindOfContent(" armenia must remove the clause ", [], false, DEFAULT_LEXICON) // "demand"
 */
export function kindOfContent(
  text: string,
  conditions: readonly FoundCondition[],
  pejorative: boolean,
  lexicon: Lexicon,
): StatementKind | undefined {
  const p = patternsOf(lexicon);
  // After a colon ("told a briefing: 'We wish to issue a warning …'") the words said begin.
  const opening = text.replace(/^[^:]*:/, "");
  for (const [act, kind] of p.firstPerson) if (act.test(text) || act.test(opening)) return kind;
  if (p.refusal.test(text) || NEVER_WILL.test(text)) return "rejection";
  if (p.dare.test(text)) return "threat";
  if (p.notice.test(text)) return "warning";
  const obligation = OBLIGATION.exec(text);
  if (obligation && !FIRST_PERSON.test(obligation[1] ?? "")) return "demand";
  if (RESPONSIBILITY.test(text)) return "appeal";
  const inverted = INVERTED_IF.test(text);
  const explicit = conditions.filter((c) => !c.regards);
  const cooperative = p.cooperative.test(text);
  // "will only agree to a truce once the RSF withdraws", "can be signed once the
  // constitution is changed", "remains conditional on …": what the other must do first.
  if (CONDITIONAL_ON.test(text)) return "demand";
  if (cooperative && explicit.some((c) => c.kind === "after" || (c.kind === "if" && ONLY_THEN.test(text))))
    return "demand";
  const future = FUTURE.test(text);
  const response = p.response.exec(text);
  if (p.posture.test(text)) return "threat";
  if (response && (future || inverted || explicit.length > 0) && !negatedBefore(text, response.index)) return "threat";
  // "if they do not want a solution, it could create more obstacles": a consequence foretold.
  if (future && explicit.some((c) => c.kind === "if" || c.kind === "unless")) return "warning";
  if (p.keepTruce.test(text)) return "offer";
  if (pejorative) return "accusation";
  if (p.seek.test(text)) return "offer";
  return undefined;
}

/**
 * Whether a clause tells someone what they should know ("they should know that …"): a
 * warning, which an obligation laid on them does not override.
 *
 * @example
 * noticeGiven(" they should know that we are ready ", DEFAULT_LEXICON) // true
 */
export function noticeGiven(text: string, lexicon: Lexicon): boolean {
  return patternsOf(lexicon).notice.test(text);
}

function negatedBefore(text: string, at: number): boolean {
  return /\b(?:not|never|n't|no)\s(?:\w+\s)?$/.test(text.slice(Math.max(0, at - 20), at));
}
