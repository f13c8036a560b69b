import type { PathSegment } from "../schema/issue.js";

/** A path to find, and whether to point at its key (for an unknown field) or its value. */
export interface PathRequest {
  path: readonly PathSegment[];
  atKey: boolean;
}

/**
 * A requested path, or a prefix of one: a node of the tree of every request's path,
 * with where its value (and key) was first found. Segments are keyed as text, so index
 * 0 of an array and key "0" of an object are the same step, as in the paths' text form.
 */
interface Wanted {
  children: Map<string, Wanted> | undefined;
  valueAt: number | undefined;
  keyAt: number | undefined;
}

interface Frame {
  array: boolean;
  index: number;
  /** This container's node, when it is a prefix of a requested path. */
  node: Wanted | undefined;
}

const wantedNode = (): Wanted => ({ children: undefined, valueAt: undefined, keyAt: undefined });
const childOf = (node: Wanted | undefined, seg: PathSegment): Wanted | undefined => node?.children?.get(String(seg));

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
  options: { valid?: boolean } = {},
): Array<{ line: number; column: number }> | undefined {
  // Text that JSON.parse has accepted (`valid`) is read faster: a container that holds no
  // requested path is stepped over by counting brackets, and a key without escapes is the
  // text between its quotes. Other text is checked as it is read, so that YAML written in
  // flow style is told apart from JSON (the caller then asks the YAML parser).
  const valid = options.valid === true;
  // Every prefix of every request, so the scan only looks inside containers that matter.
  const root = wantedNode();
  // The whole document is at the start of the text, whatever space comes first.
  root.valueAt = 0;
  for (const r of requests) {
    let node = root;
    for (const seg of r.path) {
      const key = String(seg);
      node.children ??= new Map();
      let child = node.children.get(key);
      if (child === undefined) {
        child = wantedNode();
        node.children.set(key, child);
      }
      node = child;
    }
  }
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
  // Steps over the object or array starting at i (valid JSON only), to just after it.
  const skipContainer = () => {
    let depth = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        skipString();
        continue;
      }
      i++;
      if (c === 123 || c === 91) depth++;
      else if ((c === 125 || c === 93) && --depth === 0) return;
    }
  };
  skipSpace();
  if (text[i] !== "{" && text[i] !== "[") return undefined;
  let current: Wanted | undefined | null = root;
  for (;;) {
    skipSpace();
    if (i >= n) break;
    const ch = text[i];
    // At a value: record it when wanted.
    if (current !== undefined && current.valueAt === undefined) current.valueAt = i;
    if (ch === "{" || ch === "[") {
      if (valid && current === undefined) {
        skipContainer();
        current = afterValue();
        if (current === null) break;
        continue;
      }
      stack.push({ array: ch === "[", index: 0, node: current });
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
    let node: Wanted | undefined = root;
    for (let k = 0; k < r.path.length; k++) {
      node = childOf(node, r.path[k] as PathSegment);
      const last = k === r.path.length - 1;
      const at = last && r.atKey ? (node?.keyAt ?? node?.valueAt) : node?.valueAt;
      if (at === undefined) break;
      best = at;
    }
    return best;
  });
  return positions(text, offsets);

  // Reads what follows a value: a comma and the next member, or closing brackets.
  // Returns the node of the next value when wanted, undefined when not, null at the end.
  function afterValue(): Wanted | undefined | null {
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

  // Reads the start of an array item or object member and returns its value's node.
  function startMember(): Wanted | undefined | null {
    const top = stack[stack.length - 1] as Frame;
    const parent = top.node;
    skipSpace();
    if (top.array) return childOf(parent, top.index);
    if (text[i] !== '"') return null;
    const start = i;
    if (!skipString()) return null;
    let p: Wanted | undefined;
    if (parent?.children !== undefined) {
      const raw = text.slice(start, i);
      let key: string;
      if (valid && !raw.includes("\\")) key = raw.slice(1, -1);
      else {
        try {
          key = JSON.parse(raw) as string;
        } catch {
          return null;
        }
      }
      p = parent.children.get(key);
      if (p !== undefined && p.keyAt === undefined) p.keyAt = start;
    } else if (parent !== undefined && !valid) {
      // A wanted leaf that is an object: its keys lead nowhere but are checked, as JSON.
      try {
        JSON.parse(text.slice(start, i));
      } catch {
        return null;
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
