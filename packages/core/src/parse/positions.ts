import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Issue, PathSegment } from "../schema/issue.js";
import { locateInJson } from "./json-positions.js";

/** Finds line and column (1-based) for paths in a YAML or JSON text. */
export interface Locator {
  locate(path: readonly PathSegment[], atKey?: boolean): { line: number; column: number };
}

/**
 * Builds a locator from the text: parses it once with positions, then answers any
 * number of path look-ups. A path that stops early points at the deepest part found.
 *
 * @example
 * createLocator("a:\n  b: 1\n").locate(["a", "b"]) // { line: 2, column: 6 }
 */
export function createLocator(text: string): Locator {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false, logLevel: "error" });
  } catch {
    // JSON nested deeper than the YAML parser's stack (JSON.parse read it fine): the
    // issues keep their paths and point at the start of the document.
    doc = undefined;
  }
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return pos.line >= 1 ? { line: pos.line, column: pos.col } : { line: 1, column: 1 };
  };
  return {
    locate(path, atKey = false) {
      let node = (doc?.contents ?? null) as Node | null;
      let offset = node?.range?.[0] ?? 0;
      for (let i = 0; i < path.length && node; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) break;
          const key = pair.key as Node;
          const value = pair.value as Node | null;
          offset = last && atKey ? (key.range?.[0] ?? offset) : (value?.range?.[0] ?? key.range?.[0] ?? offset);
          node = value;
        } else if (isSeq(node) && typeof seg === "number") {
          const item = node.items[seg] as Node | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else break;
      }
      return at(offset);
    },
  };
}

/**
 * Fills in file, line and column of issues from the text they were found in. `json` says
 * that JSON.parse has accepted the text, which lets the positions be found faster.
 */
export function placeIssues(issues: Issue[], text: string, file?: string, json = false): Issue[] {
  if (issues.length === 0) return issues;
  // JSON gets a linear scan: re-parsing a large JSON file as YAML for a few positions
  // would cost minutes and gigabytes.
  if (/^\s*[{[]/.test(text)) {
    const open = issues.filter((i) => i.line === undefined);
    const found = locateInJson(
      text,
      open.map((i) => ({ path: i.path, atKey: i.code === "unknown-field" })),
      { valid: json },
    );
    if (found) {
      let k = 0;
      return issues.map((issue) => ({
        ...issue,
        ...(file === undefined ? {} : { file }),
        ...(issue.line === undefined ? found[k++] : {}),
      }));
    }
  }
  const locator = createLocator(text);
  return issues.map((issue) => {
    const pos = issue.line === undefined ? locator.locate(issue.path, issue.code === "unknown-field") : undefined;
    return { ...issue, ...(file === undefined ? {} : { file }), ...pos };
  });
}
