/** A phrase of a lexicon list, split into words, with the entry it belongs to. */
export interface IndexedPhrase<T> {
  item: T;
  phrase: string;
  words: readonly string[];
}

const cache = new WeakMap<object, Map<string, IndexedPhrase<unknown>[]>>();

/**
 * The phrases of a lexicon list grouped by their first word, in list order, built once
 * per list (cached on the list itself). A scan of the whole list at every word of an
 * article was a tenth of extraction time; a look-up by the word gives the same first
 * match, since each group keeps the order of the list.
 *
 * @example
 * phraseIndex(["prime minister", "president"], (t) => [t]).get("prime")?.[0]?.words // ["prime", "minister"]
 */
export function phraseIndex<T>(
  list: readonly T[],
  phrasesOf: (item: T) => readonly string[],
): ReadonlyMap<string, readonly IndexedPhrase<T>[]> {
  const known = cache.get(list);
  if (known) return known as Map<string, IndexedPhrase<T>[]>;
  const index = new Map<string, IndexedPhrase<T>[]>();
  for (const item of list)
    for (const phrase of phrasesOf(item)) {
      const words = phrase.split(" ");
      const first = words[0] as string;
      const group = index.get(first);
      if (group) group.push({ item, phrase, words });
      else index.set(first, [{ item, phrase, words }]);
    }
  cache.set(list, index as Map<string, IndexedPhrase<unknown>[]>);
  return index;
}

/**
 * The first phrase of the index (in list order) whose words are the bases of the
 * tokens from `i`.
 *
 * @example
 * phraseAt(index, [{ base: "the" }, { base: "prime" }, { base: "minister" }], 1)?.phrase // "prime minister"
 */
export function phraseAt<T>(
  index: ReadonlyMap<string, readonly IndexedPhrase<T>[]>,
  bases: readonly { base: string }[],
  i: number,
  accept: (p: IndexedPhrase<T>) => boolean = () => true,
): IndexedPhrase<T> | undefined {
  const first = bases[i]?.base;
  if (first === undefined) return undefined;
  for (const p of index.get(first) ?? []) if (p.words.every((w, k) => bases[i + k]?.base === w) && accept(p)) return p;
  return undefined;
}
