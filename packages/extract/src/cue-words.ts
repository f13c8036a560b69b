import type { Lexicon } from "./lexicon/types.js";
import { verbForms } from "./text/morph.js";

const cache = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * The words that can open a speech act or an event in the lexicon: every form of its
 * speech-act and deadline verbs, the first word of its statement nouns and event cues,
 * and the last words of named events. A sentence without any of them yields no
 * statement and no event, so it need not be tagged in full: it is read only for the
 * actors it names.
 *
 * @example
 * cueWords(DEFAULT_LEXICON).has("warned") // true
 */
export function cueWords(lexicon: Lexicon): ReadonlySet<string> {
  let words = cache.get(lexicon);
  if (words) return words;
  const set = new Set<string>();
  const addForms = (lemma: string, irregular?: readonly [string, string]) => {
    const f = verbForms(lemma, irregular);
    for (const w of [...f.present, ...f.past, ...f.gerund]) set.add(w);
    if (irregular) for (const w of irregular) set.add(w);
  };
  for (const v of lexicon.verbs) addForms(v.lemma, v.irregular);
  for (const v of lexicon.deadlineVerbs) addForms(v, v === "give" ? ["gave", "given"] : undefined);
  const first = (phrase: string) => phrase.toLowerCase().split(/\s+/)[0] ?? "";
  for (const n of lexicon.nouns) for (const p of n.nouns) set.add(first(p));
  for (const e of lexicon.events) for (const p of e.words) set.add(first(p));
  for (const ending of Object.keys(lexicon.namedEvents)) set.add(ending.toLowerCase());
  words = set;
  cache.set(lexicon, words);
  return words;
}

/**
 * Whether a sentence (its words, lowercase) holds a cue word of the lexicon.
 *
 * @example
 * holdsCue(DEFAULT_LEXICON)(["kenya", "warned", "uganda"]) // true
 */
export function holdsCue(lexicon: Lexicon): (words: readonly string[]) => boolean {
  const cues = cueWords(lexicon);
  return (words) => words.some((w) => cues.has(w));
}
