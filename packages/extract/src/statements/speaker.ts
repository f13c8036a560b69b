import type { Mention } from "../actors/mentions.js";
import { verbForms } from "../text/morph.js";
import { phraseAt, phraseIndex } from "../text/phrase-index.js";
import type { Token } from "../text/tokenize.js";
import type { Trigger } from "./triggers.js";
import {
  AUX,
  BE,
  commaAfter,
  isSkippable,
  mentionEndingAt,
  mentionStartingAt,
  NEGATION,
  type SentenceView,
} from "./view.js";

/** Whose words a trigger reports, and how that was read off the sentence. */
export interface Attribution {
  key: string;
  how:
    | "subject"
    | "coordination"
    | "adjunct"
    | "agent"
    | "possessive"
    | "adjective"
    | "support"
    | "relative"
    | "inverted";
  mention?: Mention;
  negated?: boolean;
  /** "by suggesting a meeting": the trigger spells out the previous one. */
  elaborates?: boolean;
}

/** A trigger whose speaker the sentence does not give: a passive without "by …". */
export interface Passive {
  passive: true;
  negated: boolean;
  /** Token index where the passive's aux chain starts (its subject ends before). */
  auxStart: number;
}

// Also the circumstances of a saying set off by commas: ", in a statement,", ", speaking
// to reporters,", ", moments after the vote,".
const CLAUSE_OPENERS =
  /^(who|whose|which|according|a|an|as|when|while|after|before|since|however|meanwhile|though|nevertheless|nonetheless|moreover|furthermore|too|also|in turn|in|at|during|speaking|writing|addressing|moments|hours|shortly|just)$/;
// ", the secretary of the council," after a name: an apposition, the name speaks.
// ", a senior party official," likewise.
const APPOSITION_OPENERS = /^(the|a|an|his|her|its|their)$/;
// ", sister of the rebel leader,", ", head of the delegation,": a lowercase noun and "of".
function relationOf(tokens: SentenceView["tokens"], open: number): boolean {
  const head = tokens[open];
  return (
    head !== undefined &&
    !head.cap &&
    head.tags.has("Noun") &&
    !commaAfter(tokens, open) &&
    tokens[open + 1]?.base === "of"
  );
}
const CIRCUMSTANCE_OPENERS =
  /^(according|in|at|during|speaking|writing|addressing|moments|hours|shortly|just|after|before|while|when)$/;
const RELATIVE_OPENERS = /^(who|which|whose|where)$/;
const PREPOSITIONS =
  /^(in|of|near|at|from|with|for|on|across|inside|outside|along|against|between|over|under|around|into|off|behind|beyond|within|without|to|by|about)$/;
// "Officials in Moscow", "ministers of the alliance": people who speak for the body after the preposition.
const SPOKESPEOPLE =
  /^(officials|authorities|government|ministers|leaders|heads|envoys|ambassadors|representatives|delegates|delegation|spokesman|spokeswoman|spokesperson)$/;
const ADJUNCT_PREPS = /^(by|while|after|before|when|in)$/;
const RELATIVE = /^(who|which|that)$/;
const COORD = /^(and|but|or|yet)$/;

/**
 * Reads who speaks for a verb trigger: the subject before it (past adverbs,
 * auxiliaries, dates and a parenthesis such as ", who visited Tehran last week,"),
 * the shared subject of coordinated verbs ("praises X but has rejected Y"), the main
 * subject for a participle adjunct (", warning that …"), the agent of a passive.
 */
export function attributeVerb(
  view: SentenceView,
  trigger: Trigger,
  earlier: ReadonlyArray<{ trigger: Trigger; attribution: Attribution }>,
): Attribution | Passive | undefined {
  const { tokens } = view;
  let j = trigger.at - 1;
  let negated = false;
  let passive = false;
  let auxStart = trigger.at;
  const prev = tokens[j];
  if (trigger.form === "gerund" && prev) {
    // "…, calling it a violation and warning that …": a participle coordinated with an
    // earlier one shares its subject.
    const coordinated =
      /^(and|but)$/.test(prev.base) && earlier.some((e) => e.attribution.how === "adjunct" && e.trigger.at < j);
    if (ADJUNCT_PREPS.test(prev.base) || commaAfter(tokens, j) || coordinated) {
      const main = mainSubject(view, trigger.at);
      // ", saying …" after another statement gives its reasons, not a new statement.
      const last = earlier[earlier.length - 1]?.trigger;
      const sameFamily = last !== undefined && family(last.kind) === family(trigger.kind);
      const elaborates = prev.base === "by" || (last !== undefined && (Boolean(trigger.neutral) || sameFamily));
      return main ? { key: main.key, how: "adjunct", mention: main, elaborates } : undefined;
    }
    if (!BE.test(prev.base)) return undefined; // "approach of offering …": a habit, not a statement
  }
  // "refused to rule out": the subject of "refused" speaks, and the act is negated.
  if (
    prev &&
    /^(refused|declined|failed|refuses|declines|fails)$/.test(tokens[j - 1]?.base ?? "") &&
    prev.base === "to"
  ) {
    negated = true;
    j -= 2;
  }
  while (j >= 0) {
    const t = tokens[j];
    if (!t) break;
    if (commaAfter(tokens, j)) {
      const open = parenthesisStart(view, j);
      // ", who visited X for talks with Y," ends on a name that is not the subject.
      const relative = open !== undefined && RELATIVE_OPENERS.test(tokens[open]?.base ?? "");
      // ", chairwoman of the senate committee," opens on a title: an apposition too.
      const apposition =
        open !== undefined &&
        (APPOSITION_OPENERS.test(tokens[open]?.base ?? "") ||
          relationOf(tokens, open) ||
          phraseAt(
            phraseIndex(view.lexicon.titles, (t) => [t]),
            tokens,
            open,
          ) !== undefined);
      // ", speaking to reporters in Quito,": circumstances that end on a name do not hold the subject.
      const circumstance = open !== undefined && CIRCUMSTANCE_OPENERS.test(tokens[open]?.base ?? "");
      if (mentionEndingAt(view, j) && !relative && !apposition && !circumstance) break;
      if (open === undefined) break;
      j = open - 1;
      continue;
    }
    if (!isSkippable(view, j)) break;
    if (NEGATION.test(t.base)) negated = true;
    if (BE.test(t.base) && trigger.form === "past") passive = true;
    if (AUX.test(t.base)) auxStart = j;
    j--;
  }
  const subject = j >= 0 ? subjectEndingAt(view, j) : undefined;
  if (passive) {
    const agent = agentAfter(view, trigger.end);
    if (agent) return { key: agent.key, how: "agent", mention: agent, negated };
    return { passive: true, negated, auxStart };
  }
  if (subject) return { key: subject.key, how: "subject", mention: subject, negated };
  const before = tokens[j];
  if (before && COORD.test(before.base)) {
    const last = [...earlier].reverse().find((e) => e.trigger.pos === "verb");
    if (last) return { key: last.attribution.key, how: "coordination", negated };
    const main = mainSubject(view, j);
    return main ? { key: main.key, how: "coordination", mention: main, negated } : undefined;
  }
  if (before && RELATIVE.test(before.base)) {
    const antecedent = mentionEndingAt(view, j - 1);
    if (antecedent) return { key: antecedent.key, how: "relative", mention: antecedent, negated };
  }
  // "…, said the minister": the speaker follows the verb.
  if (trigger.neutral && commaAfter(tokens, trigger.at - 1)) {
    const after = mentionStartingAt(view, trigger.end) ?? mentionStartingAt(view, trigger.end + 1);
    if (after) return { key: after.key, how: "inverted", mention: after, negated };
  }
  return undefined;
}

/**
 * The actor whose mention ends at token `j` right before a verb, as its subject. A name
 * inside a prepositional phrase ("an armed group holding … in western Niger has
 * threatened", "the embassy in Tallinn denied") is not the subject: the head of the
 * phrase is, when it names an actor; "officials in X" and "ministers of X" speak for X.
 */
export function subjectEndingAt(view: SentenceView, j: number): Mention | undefined {
  const m = mentionEndingAt(view, j);
  if (!m || m.via === "pronoun") return m;
  const { tokens } = view;
  // Past adjectives and articles: "in western Niger", "of the alliance".
  let p = m.start - 1;
  const modifier = (t: Token | undefined) =>
    t !== undefined && !t.cap && !PREPOSITIONS.test(t.base) && !t.tags.has("Verb") && !t.tags.has("Conjunction");
  while (p >= 0 && p >= m.start - 3 && modifier(tokens[p]) && !commaAfter(tokens, p)) p--;
  const prep = tokens[p];
  if (!prep || !PREPOSITIONS.test(prep.base) || commaAfter(tokens, p)) return m;
  // Back to where the clause starts: the sentence start, a comma, a dateline.
  let start = p;
  while (start > 0 && !commaAfter(tokens, start - 1) && !/[—–]/.test(tokens[start - 1]?.post ?? "")) start--;
  if (view.dateTokens.has(start)) return m;
  const head = view.mentions.find(
    (x) => x !== m && x.via !== "pronoun" && x.start >= start && x.start <= start + 1 && x.end <= p,
  );
  if (head && headRunsTo(view, head.end, p)) return head;
  // "officials in Moscow", "ministers of the alliance": the noun right before the preposition heads the phrase.
  const noun = tokens[p - 1];
  if (noun && SPOKESPEOPLE.test(noun.base) && p - 1 - start <= 3 && /^(of|in|from|at|for)$/.test(prep.base)) return m;
  return undefined;
}

// Whether the tokens between a head mention and a preposition continue its phrase
// ("holding three aid workers and their driver", "based", "of the X").
function headRunsTo(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = view.tokens[k];
    if (!t || commaAfter(view.tokens, k)) return false;
    const prev = view.tokens[k - 1];
    // "two engineers", "their demands": a noun after a number or determiner, whatever the tagger says.
    const nominal = prev !== undefined && (prev.tags.has("Value") || prev.tags.has("Determiner") || prev.poss);
    if (
      t.tags.has("Verb") &&
      !t.tags.has("Gerund") &&
      !t.tags.has("Participle") &&
      !t.tags.has("PastTense") &&
      !nominal
    )
      return false;
  }
  return true;
}

/** The subject of the sentence's main clause: the first actor followed by its verb. */
export function mainSubject(view: SentenceView, before: number): Mention | undefined {
  for (const m of view.mentions) {
    if (m.start >= before) break;
    let k = m.end;
    if (commaAfter(view.tokens, m.end - 1)) {
      const close = parenthesisEnd(view, m.end);
      if (close !== undefined) k = close + 1;
    }
    while (k < before && isSkippable(view, k)) k++;
    const t = view.tokens[k];
    const progressive = /^(is|are|was|were|been|being)$/.test(view.tokens[k - 1]?.base ?? "");
    if (
      t &&
      (t.tags.has("Verb") || view.triggers.some((x) => x.at === k && x.pos === "verb")) &&
      (!t.tags.has("Gerund") || progressive)
    )
      // "The embassy in X denied …": the head of the phrase, not the place inside it.
      return k === m.end ? subjectEndingAt(view, m.end - 1) : m;
  }
  return undefined;
}

/** "by X" or "from X" right after a trigger: the agent. */
export function agentAfter(view: SentenceView, k: number): Mention | undefined {
  const t = view.tokens[k];
  if (!t || !/^(by|from)$/.test(t.base)) return undefined;
  return (
    mentionStartingAt(view, k + 1) ?? (view.tokens[k + 1]?.base === "the" ? mentionStartingAt(view, k + 2) : undefined)
  );
}

// A comma right before the verb closes a parenthesis; find where it opened.
function parenthesisStart(view: SentenceView, close: number): number | undefined {
  for (let k = close - 1; k >= 0; k--) {
    if (commaAfter(view.tokens, k)) {
      const first = view.tokens[k + 1];
      const opens =
        first &&
        (CLAUSE_OPENERS.test(first.base) ||
          view.dateTokens.has(k + 1) ||
          ((APPOSITION_OPENERS.test(first.base) || relationOf(view.tokens, k + 1)) &&
            mentionEndingAt(view, k) !== undefined));
      return opens ? k + 1 : undefined;
    }
  }
  return undefined;
}

function parenthesisEnd(view: SentenceView, open: number): number | undefined {
  const first = view.tokens[open];
  // ", the secretary of the council," after a name is skipped like a clause: the name is the subject.
  const apposition = APPOSITION_OPENERS.test(first?.base ?? "") || relationOf(view.tokens, open);
  if (!first || !(CLAUSE_OPENERS.test(first.base) || view.dateTokens.has(open) || apposition)) return undefined;
  for (let k = open; k < view.tokens.length; k++) if (commaAfter(view.tokens, k)) return k;
  return undefined;
}

const supportForms = new WeakMap<readonly string[], Set<string>>();

/** Whether token `i` is a form of a support verb ("issued", "oscillated", "made"). */
export function isSupportVerb(view: SentenceView, i: number): boolean {
  let forms = supportForms.get(view.lexicon.supportVerbs);
  if (!forms) {
    forms = new Set(
      view.lexicon.supportVerbs.flatMap((v) => {
        const f = verbForms(
          v,
          v === "make"
            ? ["made", "made"]
            : v === "give"
              ? ["gave", "given"]
              : v === "send"
                ? ["sent", "sent"]
                : v === "put" || v === "set"
                  ? [v, v]
                  : undefined,
        );
        return [...f.present, ...f.past, ...f.gerund];
      }),
    );
    supportForms.set(view.lexicon.supportVerbs, forms);
  }
  return forms.has(view.tokens[i]?.base ?? "");
}

// Kinds that say the same thing at different strength ("gave … three months, warning that …").
function family(kind: string): string {
  return ["threat", "warning", "ultimatum", "demand"].includes(kind) ? "coerce" : kind;
}
