/** A key that an object of a JSON text repeats: the key and where its two uses start. */
export interface DuplicateKey {
  key: string;
  /** Offset of the earlier use's opening quote. */
  first: number;
  /** Offset of the repeat's opening quote. */
  offset: number;
}

/**
 * The first key that some object of a JSON text repeats, or undefined. `JSON.parse`
 * keeps the last value of a repeated key without a word, so an analyst's second `date`
 * would silently replace the first. One pass over the characters; each open object's
 * keys are compared as they come (objects have a handful). Expects valid JSON: call it
 * after `JSON.parse` has accepted the text.
 *
 * @example
 * firstDuplicateKey('{"a": 1, "b": {"a": 2}, "a": 3}') // { key: "a", first: 1, offset: 24 }
 */
export function firstDuplicateKey(text: string): DuplicateKey | undefined {
  const n = text.length;
  // The keys (and offsets) of every open object, stacked; per open container, where
  // its keys start in them, or -1 for an array.
  const keys: string[] = [];
  const at: number[] = [];
  const open: number[] = [];
  let expectKey = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      let escaped = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) {
          escaped = true;
          i += 2;
        } else if (d === 34) break;
        else i++;
      }
      i++;
      if (!expectKey) continue;
      expectKey = false;
      // Escapes are decoded, so "\u0061" and "a" are the same key, as JSON.parse sees them.
      const key = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
      const from = open[open.length - 1] as number;
      for (let k = from; k < keys.length; k++) {
        if (keys[k] === key) return { key, first: at[k] as number, offset: start };
      }
      keys.push(key);
      at.push(start);
      continue;
    }
    if (c === 123) {
      open.push(keys.length);
      expectKey = true;
    } else if (c === 91) open.push(-1);
    else if (c === 125) {
      const from = open.pop() as number;
      keys.length = from;
      at.length = from;
    } else if (c === 93) open.pop();
    else if (c === 44) expectKey = open[open.length - 1] !== -1;
    i++;
  }
  return undefined;
}
