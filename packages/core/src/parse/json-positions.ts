import type { PathSegment } from "../schema/issue.js";

/** A path to find, and whether to point at its key (for an unknown field) or its value. */
export interface PathRequest {
  path: readonly PathSegment[];
  atKey: boolean;
}

interface Frame {
  array: boolean;
  index: number;
  /** Joined path of this container, when it is a prefix of a requested path. */
  prefix: string | undefined;
}

const SEP = "\u0000";
const join = (parent: string, seg: PathSegment) => (parent === "" ? String(seg) : `${parent}${SEP}${seg}`);

/**
 * Finds where paths sit in a JSON text in one linear scan, without building a tree:
 * a 300 MB file with one error costs one pass over its characters, not a YAML parse
 * of the whole document. A path that stops early points at its deepest existing part.
 * Returns 1-based line/column per request, or undefined when the text is not JSON.
 *
 * @example
 * locateInJson('{"a": {"b": 1}}', [{ path: ["a", "b"], atKey: false }]) // [{ line: 1, column: 13 }]
 */
export function locateInJson(
  text: string,
  requests: readonly PathRequest[],
): Array<{ line: number; column: number }> | undefined {
  // Every prefix of every request, so the scan only looks inside containers that matter.
  const wanted = new Set<string>([""]);
  for (const r of requests) {
    let p = "";
    for (const seg of r.path) {
      p = join(p, seg);
      wanted.add(p);
    }
  }
  const valueAt = new Map<string, number>([["", 0]]);
  const keyAt = new Map<string, number>();
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
      else break;
    }
  };
  const skipString = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) {
        i++;
        return true;
      } else i++;
    }
    return false;
  };
  // The path of the value about to start, when it is wanted.
  const childPath = (): string | undefined => {
    const top = stack[stack.length - 1];
    return top?.prefix;
  };
  skipSpace();
  if (text[i] !== "{" && text[i] !== "[") return undefined;
  let current: string | undefined | null = "";
  for (;;) {
    skipSpace();
    if (i >= n) break;
    const ch = text[i];
    // At a value: record it when wanted.
    if (current !== undefined && !valueAt.has(current)) valueAt.set(current, i);
    if (ch === "{" || ch === "[") {
      stack.push({ array: ch === "[", index: 0, prefix: current });
      i++;
      skipSpace();
      if (text[i] === "}" || text[i] === "]") {
        stack.pop();
        i++;
        current = afterValue();
        if (current === null) break;
        continue;
      }
      current = startMember();
      if (current === null) return undefined;
      continue;
    }
    if (ch === '"') {
      if (!skipString()) return undefined;
    } else {
      while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
    }
    current = afterValue();
    if (current === null) break;
  }
  const offsets = requests.map((r) => {
    let best = 0;
    let p = "";
    for (let k = 0; k < r.path.length; k++) {
      p = join(p, r.path[k] as PathSegment);
      const last = k === r.path.length - 1;
      const at = last && r.atKey ? (keyAt.get(p) ?? valueAt.get(p)) : valueAt.get(p);
      if (at === undefined) break;
      best = at;
    }
    return best;
  });
  return positions(text, offsets);

  // Reads what follows a value: a comma and the next member, or closing brackets.
  // Returns the joined path of the next value when wanted, undefined when not, null at the end.
  function afterValue(): string | undefined | null {
    for (;;) {
      skipSpace();
      const c = text[i];
      const top = stack[stack.length - 1];
      if (!top) return null;
      if (c === ",") {
        i++;
        top.index++;
        return startMember();
      }
      if (c === "}" || c === "]") {
        stack.pop();
        i++;
        continue;
      }
      return null;
    }
  }

  // Reads the start of an array item or object member and returns its value's path.
  function startMember(): string | undefined | null {
    const top = stack[stack.length - 1] as Frame;
    const parent = childPath();
    skipSpace();
    if (top.array) {
      if (parent === undefined) return undefined;
      const p = join(parent, top.index);
      return wanted.has(p) ? p : undefined;
    }
    if (text[i] !== '"') return null;
    const start = i;
    if (!skipString()) return null;
    let p: string | undefined;
    if (parent !== undefined) {
      const raw = text.slice(start, i);
      let key: string;
      try {
        key = JSON.parse(raw) as string;
      } catch {
        return null;
      }
      const joined = join(parent, key);
      if (wanted.has(joined)) {
        p = joined;
        if (!keyAt.has(joined)) keyAt.set(joined, start);
      }
    }
    skipSpace();
    if (text[i] !== ":") return null;
    i++;
    return p;
  }
}

// , ] } space \n \r \t
function isDelimiter(c: number): boolean {
  return c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Line and column (1-based) of many offsets in one sweep over the text.
 *
 * @example
 * positions("a\nbc", [0, 3]) // [{ line: 1, column: 1 }, { line: 2, column: 2 }]
 */
export function positions(text: string, offsets: readonly number[]): Array<{ line: number; column: number }> {
  const order = offsets.map((_, k) => k).sort((a, b) => (offsets[a] as number) - (offsets[b] as number));
  const out = new Array<{ line: number; column: number }>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf("\n");
  for (const k of order) {
    const offset = offsets[k] as number;
    while (next !== -1 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf("\n", next + 1);
    }
    out[k] = { line, column: offset - lineStart + 1 };
  }
  return out;
}
