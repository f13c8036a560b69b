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
  // The keys of every open object, stacked, as where their quotes start and end (no
  // string is made for a key: a large file has millions); a key with escapes keeps its
  // decoded value too. Per open container, where its keys start in them, or -1 for an array.
  const starts: number[] = [];
  const ends: number[] = [];
  const decoded: Array<string | undefined> = [];
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
      const key = escaped ? (JSON.parse(text.slice(start, i)) as string) : undefined;
      const from = open[open.length - 1] as number;
      for (let k = from; k < starts.length; k++) {
        if (sameKey(text, starts[k] as number, ends[k] as number, decoded[k], start, i, key)) {
          return { key: key ?? text.slice(start + 1, i - 1), first: starts[k] as number, offset: start };
        }
      }
      starts.push(start);
      ends.push(i);
      decoded.push(key);
      continue;
    }
    if (c === 123) {
      open.push(starts.length);
      expectKey = true;
    } else if (c === 91) open.push(-1);
    else if (c === 125) {
      const from = open.pop() as number;
      starts.length = from;
      ends.length = from;
      decoded.length = from;
    } else if (c === 93) open.pop();
    else if (c === 44) expectKey = open[open.length - 1] !== -1;
    i++;
  }
  return undefined;
}

/** Whether two keys (quoted spans of the text, with their decoded values when escaped) are the same. */
function sameKey(
  text: string,
  aStart: number,
  aEnd: number,
  aDecoded: string | undefined,
  bStart: number,
  bEnd: number,
  bDecoded: string | undefined,
): boolean {
  if (aDecoded !== undefined || bDecoded !== undefined) {
    const a = aDecoded ?? text.slice(aStart + 1, aEnd - 1);
    const b = bDecoded ?? text.slice(bStart + 1, bEnd - 1);
    return a === b;
  }
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 1; k < aEnd - aStart - 1; k++) {
    if (text.charCodeAt(aStart + k) !== text.charCodeAt(bStart + k)) return false;
  }
  return true;
}
