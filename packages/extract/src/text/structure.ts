import type { Sentence } from "./tokenize.js";

/**
 * The headline of an article: a first paragraph of one line that does not end like a
 * sentence (no full stop, question or exclamation mark, no closing quote), followed by
 * more text. A headline restates the lead in headline grammar ("Estonia rebuffs …"),
 * so reading it would count the lead's statement twice.
 *
 * @example
 * headlineOf(splitSentences("Kenya rebuffs offer\n\nKenya rebuffed the offer.")) // the first sentence
 */
export function headlineOf(sentences: readonly Sentence[]): Sentence | undefined {
  const first = sentences[0];
  if (first?.paragraph !== 0) return undefined;
  if (sentences.filter((s) => s.paragraph === 0).length !== 1) return undefined;
  if (!sentences.some((s) => s.paragraph > 0)) return undefined;
  return /[.!?]["”’)]*$/.test(first.text.trim()) ? undefined : first;
}

/**
 * The number of tokens a dateline takes at the start of a sentence: "NAIROBI —",
 * "KYIV, Ukraine —", "GENEVA (Reuters) -". A dateline says where the story was filed,
 * not who acts, so its words name no actor. 0 when there is none.
 *
 * @example
 * datelineEnd(splitSentences("LIMA — Peru protested.")[0]) // 1
 */
export function datelineEnd(sentence: Sentence): number {
  const { tokens } = sentence;
  const first = tokens[0];
  if (!first || !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(first.text)) return 0;
  for (let k = 0; k < Math.min(tokens.length, 5); k++) {
    const t = tokens[k];
    if (!t?.cap) return 0;
    if (/[—–]|\s-\s|^-\s/.test(t.post) || /^\s*-\s*$/.test(t.post)) return k + 1;
  }
  return 0;
}
