import type { Condition } from "@briefline/core";
import { commaAfter, type SentenceView } from "./view.js";

/** A condition with where it sits in the sentence. */
export interface FoundCondition extends Condition {
  start: number;
  end: number;
  /** "if Ukraine does not agree": a condition of refusal, the mark of an ultimatum. */
  negative: boolean;
  /** Whether what it names is demanded of someone ("only if Kyiv agrees"; not "as long as the talks last"): see ConditionCue.demands. */
  demands: boolean;
  /** "would regard any X as …": the speaker names in advance how it would take X. */
  regards: boolean;
}

const STOP = /^(and|but|while|whereas|although|though|which|who)$/;
const REGARD =
  /^(regard|regards|regarded|consider|considers|considered|treat|treats|treated|view|views|viewed|deem|deems|deemed|see|sees)$/;

/**
 * The conditions in tokens [from, to): explicit ones opened by a cue of the lexicon
 * ("only if it occurs in Moscow", "unless Taipei abandons its course") and the
 * implicit one of "any <noun> <participle> … would" ("any foreign troops sent there
 * would be targets" holds if troops are sent).
 */
export function findConditions(view: SentenceView, from: number, to: number): FoundCondition[] {
  const { tokens } = view;
  const out: FoundCondition[] = [];
  for (let i = from; i < to; i++) {
    const cue = view.lexicon.conditions.find(
      (c) =>
        c.words.every((w, k) => tokens[i + k]?.base === w) &&
        !c.notBefore?.includes(tokens[i + c.words.length]?.base ?? ""),
    );
    if (cue) {
      const start = i + cue.words.length;
      const end = clauseEnd(view, start, to);
      if (end > start) {
        out.push({
          kind: cue.kind,
          text: textOf(view, start, end),
          start: i,
          end,
          negative: negativeIn(view, start, end),
          demands: cue.kind === "only_if" && cue.demands !== false,
          regards: false,
        });
        i = end - 1;
      }
      continue;
    }
    if (tokens[i]?.base === "any" && REGARD.test(tokens[i - 1]?.base ?? "")) {
      // "would regard any further boarding as a hostile act": if a boarding happens.
      let end = i + 1;
      while (end < to && tokens[end]?.base !== "as" && !commaAfter(tokens, end - 1)) end++;
      if (tokens[end]?.base === "as" && end > i + 1) {
        out.push({
          kind: "if",
          text: textOf(view, i + 1, end),
          start: i,
          end,
          negative: false,
          demands: false,
          regards: true,
        });
        i = end - 1;
        continue;
      }
    }
    if (tokens[i]?.base === "any") {
      const implicit = implicitCondition(view, i + 1, to);
      if (implicit) {
        out.push(implicit);
        i = implicit.end - 1;
      }
    }
  }
  return out;
}

function implicitCondition(view: SentenceView, start: number, to: number): FoundCondition | undefined {
  const { tokens } = view;
  let k = start;
  while (k < to && k < start + 4 && !isParticiple(view, k) && !/^(that|which|who)$/.test(tokens[k]?.base ?? "")) {
    const t = tokens[k];
    if (!t || !(t.tags.has("Noun") || t.tags.has("Adjective")) || commaAfter(tokens, k)) return undefined;
    k++;
  }
  // "any drone that crosses the border": a relative clause makes the same condition.
  // "any action that could endanger shipping" describes what to avoid, not an event to
  // come: a modal relative is a condition only when a consequence follows it.
  if (k > start && /^(that|which|who)$/.test(tokens[k]?.base ?? "")) {
    let end = k + 1;
    while (end < to && !commaAfter(tokens, end - 1) && !/^(would|will)$/.test(tokens[end]?.base ?? "")) end++;
    const modalRelative = /^(could|would|might|may|can)$/.test(tokens[k + 1]?.base ?? "");
    if (modalRelative && !/^(would|will|shall|must)$/.test(tokens[end]?.base ?? "")) return undefined;
    return implied(view, start, end);
  }
  if (k === start || !isParticiple(view, k)) return undefined;
  let end = k + 1;
  while (
    end < to &&
    !/^(would|will|could|shall|might|must)$/.test(tokens[end]?.base ?? "") &&
    !commaAfter(tokens, end - 1)
  )
    end++;
  if (!/^(would|will|could|shall|might|must)$/.test(tokens[end]?.base ?? "") && end - k > 6) return undefined;
  return implied(view, start, end);
}

function isParticiple(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t) return false;
  return (t.tags.has("PastTense") || t.tags.has("Participle") || t.tags.has("Gerund")) && !t.tags.has("Auxiliary");
}

/** Where a condition clause ends: a comma, a clause conjunction, or `to`. */
function clauseEnd(view: SentenceView, start: number, to: number): number {
  let k = start;
  while (k < to) {
    const t = view.tokens[k];
    if (!t || (k > start && STOP.test(t.base))) break;
    k++;
    if (commaAfter(view.tokens, k - 1)) break;
  }
  return k;
}

function negativeIn(view: SentenceView, start: number, end: number): boolean {
  for (let k = start; k < end; k++)
    if (/^(not|n't|never|no|fails?|refuses?)$/.test(view.tokens[k]?.base ?? "")) return true;
  return false;
}

/** The article text of tokens [start, end), without trailing punctuation or quotes. */
export function textOf(view: SentenceView, start: number, end: number): string {
  const first = view.tokens[start];
  const last = view.tokens[end - 1];
  if (!first || !last || end <= start) return "";
  const offset = view.sentence.start;
  return view.sentence.text
    .slice(first.start - offset, last.end - offset)
    .replace(/^[\s"“‘']+|[\s"”’',;:.]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The condition "if <words start..end>" that "any" before them implies. */
function implied(view: SentenceView, start: number, end: number): FoundCondition {
  return {
    kind: "if",
    text: textOf(view, start, end),
    start: start - 1,
    end,
    negative: false,
    demands: false,
    regards: false,
  };
}
