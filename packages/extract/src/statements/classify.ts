import type { Coding, StatementKind } from "@briefline/core";
import type { Lexicon } from "../lexicon/types.js";
import type { FoundCondition } from "./conditions.js";
import { kindOfContent, noticeGiven, obligesOther } from "./content-kind.js";
import type { Trigger } from "./triggers.js";

/** What a statement is, once what was said has been read. */
export interface Classified {
  kind: StatementKind;
  coding: Coding;
  /** The kind came from the content, not from the verb alone. */
  fromContent: boolean;
}

const FUTURE = /\b(would|will|shall|could|might|must|'ll|going to|prepared to|ready to|willing to|determined to)\b/;
const OPEN_TO = /\b(ready|prepared|willing|open) to\b/;
const DEADLINE =
  /\b(within (a|an|one|\w+) (hours?|days?|weeks?|months?)|by (the end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|\w+ \d{1,2}\b)|deadline)\b/;
const OR_ELSE = /\b(or face|or else|or risk|or we will|or it will|otherwise)\b/;
// "The accusation, he said, was a pretext": what is dismissed is a claim (a denial) or an idea (a rejection).
const CLAIM_SUBJECT = /^ (the|these|this|such) (accusations?|claims?|charges?|allegations?|reports?)\b/;
const CLAIM_NAMED = /^ (the )?(talk|claims?|reports?|accusations?|allegations?|rumou?rs?|charges?) (of|that|about)\b/;
// After "told": an addressee of a few words, then "(not) to" and a verb, with no "that" before.
const DIRECTIVE = /^ (?:(?!that\b)[\w.'-]+ ){1,5}(?:not |never )?to (?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+/;
const IDEA_SUBJECT = /^ (the|these|this|such) (proposals?|ideas?|plans?|offers?|initiatives?|suggestions?)\b/;

/**
 * The kind a saying is given by "in a (stark, veiled …) <statement noun>" among its
 * words ("in a stark warning to", "in an appeal to"), or undefined.
 *
 * @example
 * framedAs(" the dam is untouchable in a stark warning to cairo ", DEFAULT_LEXICON) // "warning"
 */
export function framedAs(text: string, lexicon: Lexicon): StatementKind | undefined {
  const m = / in (?:a|an|what (?:was|is) (?:a|an|seen as a|seen as an)) ([a-z-]+(?: [a-z-]+){0,2})/.exec(text);
  if (!m) return undefined;
  // The noun may follow up to two modifiers ("a stark", "a thinly veiled"), none of them a negation.
  for (const word of (m[1] ?? "").split(" ")) {
    if (/^(not|no|non)$/.test(word)) return undefined;
    const entry = lexicon.nouns.find((n) => n.nouns.includes(word));
    if (entry) return entry.kind;
  }
  return undefined;
}

/**
 * Whether the words after "told" are a directive: an addressee of a few words, then
 * "(not) to" and a verb, with no "that" before ("told the envoys to leave").
 *
 * @example
 * isDirective(" the army not to cross the river ") // true
 * isDirective(" reporters that talks would resume ") // false
 */
export function isDirective(text: string): boolean {
  return DIRECTIVE.test(` ${text.trim().toLowerCase()} `);
}

/**
 * The kind and CAMEO/PLOVER coding of a statement from its trigger and its content:
 * a warning or plain statement whose content threatens force in a future or
 * conditional way is a threat (CAMEO 138), unless it warns against someone else's force
 * ("cautioned against any attempt to free them by force") or predicts it ("could lead to
 * a confrontation"); a demand with a deadline and a penalty, or a threat with an
 * "unless …" and a deadline, is an ultimatum (139); "had no intention of …" is an
 * assurance, but "would not hesitate to" is resolve, not restraint; "ready to meet" is
 * an offer; "X would go only if Y" is a demand; a characterisation ("described X as
 * piracy") is an accusation or praise by its words. Offers and proposals to meet are
 * coded 036, to mediate 039.
 */
export function classify(
  trigger: Trigger,
  content: string,
  conditions: readonly FoundCondition[],
  lexicon: Lexicon,
  startsWithTo: boolean,
): Classified | undefined {
  const litotes = new RegExp(`\\b(not|never|n't) (${lexicon.litotes.join("|")})`);
  const raw = ` ${content.toLowerCase().replace(/["“”]/g, "")} `;
  // "would not hesitate to use …": the negation is resolve, not restraint.
  const text = raw.replace(litotes, "$2");
  const words = text.split(/[^a-z'-]+/).filter(Boolean);
  // "agreed not to use force" forswears force: a cue right after a negation does not count.
  const isCue = (w: string) => lexicon.forceCues.some((c) => isFormOf(w, c));
  const negatedAt = (n: number) =>
    /^(not|never|no|without)$/.test(words[n - 1] ?? "") || /^(not|never|no)$/.test(words[n - 2] ?? "");
  // "could lead to a confrontation": force as a consequence foreseen, not a threat made.
  const predictedAt = (n: number) =>
    words.slice(Math.max(0, n - 3), n).some((w) => lexicon.consequenceCues.some((c) => isFormOf(w, c)));
  const force =
    words.some((w, n) => isCue(w) && !negatedAt(n) && !predictedAt(n)) ||
    lexicon.forcePhrases.some(
      (p) =>
        (text.includes(` ${p} `) || text.includes(` ${p}`)) &&
        !/\b(not|never|no) (to )?$/.test(`${text.slice(0, text.indexOf(p)).trimEnd()} `),
    );
  const future = FUTURE.test(text) || startsWithTo || conditions.length > 0;
  const has = (cues: readonly string[]) =>
    cues.some((c) => (c.includes(" ") ? text.includes(` ${c}`) : words.some((w) => isFormOf(w, c))));
  // "cautioned against any attempt … by force": the force is the one warned against.
  const against = /^ against\b/.test(text) && trigger.kind === "warning";
  const refusal = conditions.some((c) => c.kind === "unless" || c.negative);
  // "only if Y", "on condition that Y" (not "as long as"): what Y must do is demanded.
  const onlyIf = conditions.some((c) => c.demands);
  let kind: StatementKind = trigger.kind;
  let fromContent = false;
  const sharpen = (k: StatementKind) => {
    kind = k;
    fromContent = true;
  };
  if (trigger.judges) {
    // "called talk of a blockade a lie": a claim dismissed is a denial.
    if (has(lexicon.dismissiveCues) && CLAIM_NAMED.test(text)) sharpen("denial");
    else if (has(lexicon.pejorativeCues) || has(lexicon.dismissiveCues)) sharpen("accusation");
    else if (has(lexicon.laudatoryCues)) sharpen("praise");
    else if (kind === "comment") return undefined;
  } else if (kind === "demand" && DEADLINE.test(text) && (OR_ELSE.test(text) || force)) sharpen("ultimatum");
  // "told Tehran it must halt its missile tests": the force named is what the other must stop.
  else if (trigger.neutral && obligesOther(text) && !noticeGiven(text, lexicon))
    sharpen(DEADLINE.test(text) && OR_ELSE.test(text) ? "ultimatum" : "demand");
  // "told the envoys to leave", "told the army not to cross the river": a directive.
  else if (trigger.neutral && trigger.lemma === "tell" && isDirective(text)) sharpen("demand");
  else if ((trigger.content || trigger.neutral || kind === "demand") && force && future && !against)
    sharpen(refusal && DEADLINE.test(text) ? "ultimatum" : "threat");
  else if (kind === "threat" && refusal && DEADLINE.test(text)) sharpen("ultimatum");
  else if (trigger.neutral && has(lexicon.dismissiveCues) && CLAIM_SUBJECT.test(text)) sharpen("denial");
  else if (trigger.neutral && has(lexicon.dismissiveCues) && IDEA_SUBJECT.test(text)) sharpen("rejection");
  else if (trigger.neutral && onlyIf) sharpen("demand");
  // "said it would regard any deployment as a provocation": a warning of what would follow.
  else if (trigger.neutral && conditions.some((c) => c.regards)) sharpen("warning");
  // "said the waters were untouchable, in a stark warning to Cairo": the saying is named by a noun.
  else if (trigger.neutral && framedAs(text, lexicon)) sharpen(framedAs(text, lexicon) as StatementKind);
  else if (trigger.content || trigger.neutral) {
    const read = kindOfContent(text, conditions, trigger.neutral === true && has(lexicon.pejorativeCues), lexicon);
    if (read && sharpens(trigger, read)) sharpen(read);
    else if (lexicon.assuranceCues.some((c) => text.includes(` ${c} `))) sharpen("assurance");
    else if (OPEN_TO.test(text) && words.some((w) => lexicon.cooperativeCues.some((c) => isFormOf(w, c))))
      sharpen("offer");
  }
  const coding = codingFor(kind, trigger, words, force, fromContent);
  return { kind, coding, fromContent };
}

/**
 * Whether the kind read from the content may replace the kind of the verb: anything
 * may follow a reporting verb; a warning can only harden into a threat; a vow or
 * pledge ("vowed to fight to the end", "assured that the raids should stop") can become
 * a threat, a rejection or a demand, never an accusation.
 */
function sharpens(trigger: Trigger, read: StatementKind): boolean {
  if (trigger.neutral) return true;
  if (trigger.kind === "warning" || trigger.kind === "threat") return read === "threat";
  return read === "threat" || read === "rejection" || read === "demand";
}

/**
 * The reading of a statement whose kind its content gave by a rule outside
 * {@link classify} ("X said it would …" commits X: an assurance), coded as classify
 * codes a kind read from content.
 *
 * @example
 * fromContent("assurance", trigger) // { kind: "assurance", coding: { cameo: "030", plover: { event: "AGREE" } }, fromContent: true }
 */
export function fromContent(kind: StatementKind, trigger: Trigger): Classified {
  return { kind, coding: codingFor(kind, trigger, [], false, true), fromContent: true };
}

/**
 * Whether a word is a form of a cue word. A cue of five letters or more is a stem that
 * any word starting with it matches ("negotiat": "negotiations"); a shorter one matches
 * itself and its inflections only, so that "lead" is not "leaders", "host" not
 * "hostile", "lie" not "lieutenant" ("lead": leads, leading; "wipe": wipes, wiped).
 *
 * @example
 * isFormOf("bombed", "bomb") // true
 * isFormOf("warning", "war") // false
 */
export function isFormOf(word: string, cue: string): boolean {
  if (!word.startsWith(cue)) return false;
  if (cue.length >= 5 || word.length === cue.length) return true;
  const rest = word.slice(cue.length);
  return cue.endsWith("e") ? rest === "s" || rest === "d" : /^(s|es|ed|ing)$/.test(rest);
}

function codingFor(
  kind: StatementKind,
  trigger: Trigger,
  words: readonly string[],
  force: boolean,
  fromContent: boolean,
): Coding {
  const has = (...stems: string[]) => words.some((w) => stems.some((s) => w.startsWith(s)));
  let cameo = fromContent ? DEFAULT_CAMEO[kind] : trigger.cameo;
  const plover = fromContent ? DEFAULT_PLOVER[kind] : trigger.plover;
  if (kind === "threat") cameo = force ? "138" : "130";
  if (kind === "offer" || kind === "proposal") {
    if (has("mediat")) cameo = "039";
    else if (has("meet", "talk", "negotiat", "summit", "host", "dialogue")) cameo = "036";
    else if (has("aid", "assist", "help")) cameo = "033";
    else if (has("ceasefire", "truce", "peace")) cameo = "037";
  }
  if (kind === "appeal" && has("negotiat", "talks", "dialogue", "meet")) cameo = "026";
  return { cameo, ...(plover ? { plover: { event: plover } } : {}) };
}

const DEFAULT_CAMEO: Record<StatementKind, string> = {
  threat: "138",
  warning: "130",
  ultimatum: "139",
  offer: "030",
  proposal: "030",
  appeal: "020",
  demand: "100",
  rejection: "125",
  accusation: "112",
  assurance: "030",
  denial: "016",
  praise: "051",
  comment: "010",
};

const DEFAULT_PLOVER: Record<StatementKind, string> = {
  threat: "THREATEN",
  warning: "THREATEN",
  ultimatum: "THREATEN",
  offer: "AGREE",
  proposal: "AGREE",
  appeal: "",
  demand: "DEMAND",
  rejection: "REJECT",
  accusation: "ACCUSE",
  assurance: "AGREE",
  denial: "REJECT",
  praise: "SUPPORT",
  comment: "",
};
