import type { Mention } from "../actors/mentions.js";
import { verbForms } from "../text/morph.js";
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

const CLAUSE_OPENERS = /^(who|which|according|a|an|as|when|while|after|before|since)$/;
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
    if (ADJUNCT_PREPS.test(prev.base) || commaAfter(tokens, j)) {
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
    if (commaAfter(tokens, j) && !mentionEndingAt(view, j)) {
      const open = parenthesisStart(view, j);
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
  const subject = j >= 0 ? mentionEndingAt(view, j) : undefined;
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
      return m;
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
      return first && (CLAUSE_OPENERS.test(first.base) || view.dateTokens.has(k + 1)) ? k + 1 : undefined;
    }
  }
  return undefined;
}

function parenthesisEnd(view: SentenceView, open: number): number | undefined {
  const first = view.tokens[open];
  if (!first || !(CLAUSE_OPENERS.test(first.base) || view.dateTokens.has(open))) return undefined;
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
