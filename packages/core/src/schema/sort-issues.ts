import type { Issue, PathSegment } from "./issue.js";

/**
 * Sorts issues into the order of the document: by line and column when they are
 * placed, otherwise by where their path leads in `data` (fields in the order they were
 * written, list items by index). The sort is stable, so issues at one place keep the
 * order of the checks. Returns a new array.
 *
 * @example
 * sortIssues([{ path: ["statements", 2, "date"], … }, { path: ["actors", 0, "id"], … }], data)
 * // actors[0].id first when `actors:` comes before `statements:` in the file
 */
export function sortIssues(issues: readonly Issue[], data?: unknown): Issue[] {
  const keyed = issues.map((issue, order) => ({ issue, order, key: positionKey(issue, data) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.order - b.order);
  return keyed.map((k) => k.issue);
}

function positionKey(issue: Issue, data: unknown): number[] {
  if (issue.line !== undefined) return [issue.line, issue.column ?? 0];
  const key: number[] = [];
  let node = data;
  for (const segment of issue.path) {
    key.push(segmentRank(node, segment));
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return key;
}

// A field's place among its object's keys (unknown ones last), or a list index.
function segmentRank(node: unknown, segment: PathSegment): number {
  if (typeof segment === "number") return segment;
  if (node === null || typeof node !== "object") return Number.MAX_SAFE_INTEGER;
  const rank = Object.keys(node).indexOf(segment);
  return rank === -1 ? Number.MAX_SAFE_INTEGER : rank;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
