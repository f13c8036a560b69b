/** The inflected forms of a verb lemma, by what they can be in a sentence. */
export interface VerbForms {
  /** warn, warns */
  present: string[];
  /** warned (past tense and past participle alike when regular) */
  past: string[];
  /** warning */
  gerund: string[];
}

const VOWELS = /[aeiou]/;

/**
 * Derives the regular English forms of a verb, with irregular past forms when given.
 * Doubling follows the one-syllable consonant-vowel-consonant rule (slam → slammed),
 * which is all the lexicon needs.
 *
 * @example
 * verbForms("deny") // { present: ["deny", "denies"], past: ["denied"], gerund: ["denying"] }
 */
export function verbForms(lemma: string, irregular?: readonly [string, string]): VerbForms {
  const third = /(s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const double = isShortCvc(lemma) ? lemma + lemma.slice(-1) : lemma;
  const past = irregular
    ? [...new Set(irregular)]
    : lemma.endsWith("e")
      ? [`${lemma}d`]
      : /[^aeiou]y$/.test(lemma)
        ? [`${lemma.slice(0, -1)}ied`]
        : [`${double}ed`, ...(lemma.endsWith("l") ? [`${lemma}led`] : [])];
  const gerund = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${double}ing`;
  return { present: [lemma, third], past, gerund: [gerund] };
}

/**
 * The simple past of a lemma, for summaries ("warn" → "warned").
 *
 * @example
 * pastOf("say", ["said", "said"]) // "said"
 */
export function pastOf(lemma: string, irregular?: readonly [string, string]): string {
  return verbForms(lemma, irregular).past[0] ?? lemma;
}

function isShortCvc(word: string): boolean {
  const groups = word.match(/[aeiou]+/g) ?? [];
  if (groups.length !== 1 || (groups[0]?.length ?? 0) !== 1) return false;
  return /[^aeiou][aeiou][^aeiouwxy]$/.test(word) && !VOWELS.test(word.slice(-1));
}
