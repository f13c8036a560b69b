import type { Mention } from "../actors/mentions.js";
import type { ActorStore } from "../actors/store.js";
import type { Lexicon } from "../lexicon/types.js";
import type { Sentence, Token } from "../text/tokenize.js";
import type { Trigger } from "./triggers.js";

/** One sentence as the statement rules see it: words, actors, triggers, dates. */
export interface SentenceView {
  sentence: Sentence;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  triggers: readonly Trigger[];
  /** Token indices inside date expressions ("on Monday", "last week"). */
  dateTokens: ReadonlySet<number>;
  store: ActorStore;
  lexicon: Lexicon;
}

/** The mention that ends exactly at token `i`, if any. */
export function mentionEndingAt(view: SentenceView, i: number): Mention | undefined {
  return view.mentions.find((m) => m.end - 1 === i);
}

/** The mention that starts at token `i`, if any. */
export function mentionStartingAt(view: SentenceView, i: number): Mention | undefined {
  return view.mentions.find((m) => m.start === i);
}

/** The mention covering token `i`, if any. */
export function mentionAt(view: SentenceView, i: number): Mention | undefined {
  return view.mentions.find((m) => m.start <= i && i < m.end);
}

export const AUX =
  /^(has|have|had|is|are|was|were|be|been|being|am|did|does|do|will|would|shall|should|can|could|may|might|must|'s|'ve|'d|'ll)$/;
export const BE = /^(is|are|was|were|be|been|being|am)$/;
export const NEGATION = /^(not|n't|never|no|neither|nor)$/;
export const MODAL = /^(would|will|shall|could|might|may|'ll|must)$/;
const ADVERB_WORDS =
  /^(also|again|once|now|then|later|still|already|even|further|publicly|reportedly|repeatedly|explicitly|openly|privately|directly|swiftly|quickly|firmly|sharply|strongly|flatly|widely|broadly|roundly|generally|formally|earlier|previously|recently|immediately|only|just|so|too)$/;

/** Whether a word can stand between a subject and its verb without changing who speaks. */
export function isSkippable(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t) return false;
  if (AUX.test(t.base) || NEGATION.test(t.base) || ADVERB_WORDS.test(t.base)) return true;
  if (view.dateTokens.has(i)) return true;
  // "last March", "this week": the word that places a date the date reader left out.
  if (/^(last|this|next|past|early|late|mid)$/.test(t.base) && view.dateTokens.has(i + 1)) return true;
  return t.tags.has("Adverb") && !t.tags.has("Conjunction") && /ly$/.test(t.base);
}

/** Whether a comma (or other clause mark) follows token `i`. */
export function commaAfter(tokens: readonly Token[], i: number): boolean {
  return /[,;:–—]/.test(tokens[i]?.post ?? "");
}
