import { isDeepStrictEqual } from "node:util";
import { isCollection, isMap, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import { contentEnd, lineEndOf, lineSpan, lineStartOf, render } from "./_yaml-text.js";
import { EditError } from "./edit-types.js";

type Item = Record<string, unknown>;
type SpliceMap = (text: string, locate: (text: string) => YAMLMap<Node, Node>, old: Item, next: Item) => string;

/** One change to a list, by the old list's positions. */
type ListOp =
  | { op: "replace"; at: number; value: unknown }
  | { op: "remove"; at: number }
  /** Inserts values after the old item `after` (-1: before the first). */
  | { op: "insert"; after: number; values: unknown[] };

/** Beyond this column an inline item is written as a block instead (a long excerpt). */
const MAX_COLUMN = 120;

/**
 * Rewrites a block list from `old` to `next` item by item: items that stay are not
 * touched, a changed item is rewritten in its own lines (a block mapping field by field),
 * a removed one loses its lines, a new one is written after its neighbour in the list's
 * style. So a comment between two references, or on an item's line, stays where it was.
 * The list is found again (`locate`) before each change, so offsets are always fresh;
 * changes run from the end of the list, so positions before them keep their meaning.
 */
export function spliceList(
  text: string,
  locate: (text: string) => YAMLSeq<Node>,
  old: readonly unknown[],
  next: readonly unknown[],
  spliceMap: SpliceMap,
): string {
  let out = text;
  for (const change of listOps(old, next).reverse()) {
    const seq = locate(out);
    const dash = dashColumn(out, seq);
    if (change.op === "insert") {
      out = insertItems(out, seq, change.after, change.values, dash);
      continue;
    }
    const node = seq.items[change.at] as Node;
    if (change.op === "remove") {
      const [start, end] = lineSpan(out, node);
      out = out.slice(0, start) + out.slice(end);
      continue;
    }
    const before = old[change.at];
    const { value } = change;
    if (isMap(node) && !node.flow && isPlain(before) && isPlain(value)) {
      const at = change.at;
      out = spliceMap(out, (t) => locate(t).items[at] as YAMLMap<Node, Node>, before, value);
    } else {
      const start = (node.range as number[])[0] as number;
      out =
        out.slice(0, start) +
        renderItem(value, dash, isCollection(node) && node.flow === true) +
        out.slice(contentEnd(out, node));
    }
  }
  return out;
}

const isPlain = (x: unknown): x is Item => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * The changes from `old` to `next`: items in their longest common run stay; between two
 * that stay, old and new items are paired as replacements (an edited condition is the
 * same condition, rewritten), the rest removed or inserted. In the old list's order.
 */
export function listOps(old: readonly unknown[], next: readonly unknown[]): ListOp[] {
  const n = old.length;
  const m = next.length;
  // lcs[i][j]: the longest common run of old[i..] and next[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (lcs[i] as number[])[j] = isDeepStrictEqual(old[i], next[j])
        ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
        : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
  const ops: ListOp[] = [];
  let i = 0;
  let j = 0;
  let kept = -1;
  const flush = (olds: number[], news: unknown[]) => {
    const pairs = Math.min(olds.length, news.length);
    for (let k = 0; k < pairs; k++) ops.push({ op: "replace", at: olds[k] as number, value: news[k] });
    for (const at of olds.slice(pairs)) ops.push({ op: "remove", at });
    if (news.length > pairs) ops.push({ op: "insert", after: olds[pairs - 1] ?? kept, values: news.slice(pairs) });
  };
  let olds: number[] = [];
  let news: unknown[] = [];
  while (i < n || j < m) {
    if (i < n && j < m && isDeepStrictEqual(old[i], next[j])) {
      flush(olds, news);
      olds = [];
      news = [];
      kept = i;
      i++;
      j++;
    } else if (j < m && (i >= n || ((lcs[i] as number[])[j + 1] as number) >= ((lcs[i + 1] as number[])[j] as number)))
      news.push(next[j++]);
    else olds.push(i++);
  }
  flush(olds, news);
  return ops;
}

/** The column of the list's dashes (`- `), from its first item. */
function dashColumn(text: string, seq: YAMLSeq<Node>): number {
  const first = seq.items[0] as Node | undefined;
  if (!first?.range) throw new EditError("cannot find where the list's items start");
  const start = first.range[0];
  const dash = text.slice(lineStartOf(text, start), start).lastIndexOf("-");
  if (dash < 0) throw new EditError("cannot find where the list's items start");
  return dash;
}

/** An item as its list writes it: inline when its neighbours are and the line stays short. */
function renderItem(value: unknown, dash: number, inline: boolean): string {
  const flow = render(value, dash + 2, inline);
  return inline && !flow.includes("\n") && dash + 2 + flow.length > MAX_COLUMN ? render(value, dash + 2, false) : flow;
}

function insertItems(text: string, seq: YAMLSeq<Node>, after: number, values: unknown[], dash: number): string {
  const neighbour = seq.items[Math.max(after, 0)] as Node;
  const inline = isCollection(neighbour) && neighbour.flow === true;
  const lines = values.map((v) => `${" ".repeat(dash)}- ${renderItem(v, dash, inline)}`);
  if (after < 0) {
    const at = lineStartOf(text, (neighbour.range as number[])[0] as number);
    return `${text.slice(0, at)}${lines.join("\n")}\n${text.slice(at)}`;
  }
  const at = lineEndOf(text, contentEnd(text, neighbour));
  return `${text.slice(0, at)}\n${lines.join("\n")}${text.slice(at)}`;
}
