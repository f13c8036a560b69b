import { isDeepStrictEqual } from "node:util";
import { isCollection, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { spliceList } from "./_splice-list.js";
import { contentEnd, lineEndOf, lineSpan, lineStartOf, render, renderPair } from "./_yaml-text.js";
import { type Edit, EditError } from "./edit-types.js";

type Item = Record<string, unknown>;

// How one edit rewrites the text of a YAML chronicle: through the parsed document's
// source ranges, only the lines of the node it changes. See applyEdits in edits.ts.

/** The text with one edit spliced in. */
export function spliceEdit(text: string, edit: Edit): string {
  const doc = parseDocument(text);
  const seq = doc.get(edit.collection, true) as YAMLSeq<Node> | null | undefined;
  if (edit.op === "add") {
    if (!isSeq(seq)) {
      const body = `${edit.collection}:\n  - ${render(edit.item, 4)}\n`;
      if (seq == null && !doc.has(edit.collection)) return `${text}${text.endsWith("\n") ? "" : "\n"}${body}`;
      throw new EditError(`${edit.collection} is not a list in this file`);
    }
    return appendItem(text, seq, edit.item);
  }
  if (!isSeq(seq)) throw new EditError(`${edit.collection} is not a list in this file`);
  const plain = seq.toJSON() as Item[];
  if (edit.op === "remove") {
    const { type, from, to } = edit.match;
    const node = seq.items[plain.findIndex((r) => r.type === type && r.from === from && r.to === to)] as Node;
    const [start, end] = lineSpan(text, node);
    return text.slice(0, start) + text.slice(end);
  }
  const map = seq.items[plain.findIndex((x) => x.id === edit.id)];
  if (!isMap(map) || map.flow)
    throw new EditError(`${edit.id} is not written as a block mapping; edit it in a text editor`);
  if (edit.op === "addRef") {
    const refs = map.get("sources", true) as Node | undefined;
    if (isSeq(refs) && !refs.flow && refs.items.length) return appendItem(text, refs as YAMLSeq<Node>, edit.ref);
    const old = (map.toJSON() as Item).sources as Item[] | undefined;
    return setField(text, map as YAMLMap<Node, Node>, "sources", [...(old ?? []), edit.ref]);
  }
  return spliceMap(text, (t) => currentMap(t, edit), map.toJSON() as Item, edit.item);
}

/**
 * Rewrites a block mapping from `old` to `next`, field by field. The map is found again
 * (`locate`) for each field, so offsets are always fresh. New fields go last, each after
 * the one added before it, in the item's order (two new fields added the other way round
 * read back in another order, and the edit was refused).
 */
export function spliceMap(text: string, locate: (text: string) => YAMLMap<Node, Node>, old: Item, next: Item): string {
  let out = text;
  const added = Object.keys(next).filter((k) => !(k in old) && next[k] !== undefined);
  for (const key of added) out = setField(out, locate(out), key, next[key]);
  for (const key of Object.keys(old).reverse()) {
    if (isDeepStrictEqual(old[key], next[key])) continue;
    out = setValue(out, locate, key, old[key], next[key]);
  }
  return out;
}

const isPlain = (x: unknown): x is Item => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Changes one field as narrowly as its layout allows: a block list item by item (so a
 * comment between a list's items, and the items not changed, stay as they were), a block
 * mapping field by field, anything else as the field's own lines.
 */
function setValue(
  text: string,
  locate: (text: string) => YAMLMap<Node, Node>,
  key: string,
  old: unknown,
  next: unknown,
): string {
  const node = locate(text).get(key, true) as Node | undefined;
  if (Array.isArray(old) && Array.isArray(next) && next.length > 0 && isSeq(node) && !node.flow && node.items.length)
    return spliceList(text, (t) => locate(t).get(key, true) as unknown as YAMLSeq<Node>, old, next, spliceMap);
  if (isPlain(old) && isPlain(next) && isMap(node) && !node.flow)
    return spliceMap(text, (t) => locate(t).get(key, true) as unknown as YAMLMap<Node, Node>, old, next);
  return setField(text, locate(text), key, next);
}

function currentMap(text: string, edit: { collection: string; id: string }): YAMLMap<Node, Node> {
  const seq = parseDocument(text).get(edit.collection, true) as YAMLSeq<Node>;
  const map = seq.items.find((m) => isMap(m) && m.get("id") === edit.id);
  return map as YAMLMap<Node, Node>;
}

/** Sets (or removes, for undefined) one field of a block mapping, rewriting that field's lines only. */
function setField(text: string, map: YAMLMap<Node, Node>, key: string, value: unknown): string {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) {
    if (value === undefined) return text;
    const last = map.items.at(-1);
    const first = map.items[0]?.key as Node | undefined;
    if (!last || !first?.range) throw new EditError("cannot add a field to an empty item");
    const column = first.range[0] - lineStartOf(text, first.range[0]);
    const at = lineEndOf(text, contentEnd(text, (last.value ?? last.key) as Node));
    return `${text.slice(0, at)}\n${" ".repeat(column)}${renderPair(key, value, column)}${text.slice(at)}`;
  }
  const keyNode = pair.key as Node;
  const valueNode = (pair.value ?? pair.key) as Node;
  if (value === undefined) {
    const start = lineStartOf(text, (keyNode.range as number[])[0] as number);
    const end = lineEndOf(text, contentEnd(text, valueNode));
    return text.slice(0, start) + text.slice(Math.min(text.length, end + 1));
  }
  const start = (keyNode.range as number[])[0] as number;
  const column = start - lineStartOf(text, start);
  // A flow value stays flow, so `targets: [a]` stays one line, unless that line would run
  // past 120 columns (a reference with a long excerpt): then it is written as a block.
  let flow = isCollection(pair.value) && pair.value.flow;
  if (flow && column + renderPair(key, value, column, true).length > 120) flow = false;
  return text.slice(0, start) + renderPair(key, value, column, flow) + text.slice(contentEnd(text, valueNode));
}

/** Appends an item to a block sequence, after its last item, at the same indentation. */
function appendItem(text: string, seq: YAMLSeq<Node>, item: unknown): string {
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range || seq.flow) throw new EditError("cannot add to a list written inline; edit it in a text editor");
  const lineStart = lineStartOf(text, last.range[0]);
  const dash = text.slice(lineStart, last.range[0]).lastIndexOf("-");
  if (dash < 0) throw new EditError("cannot find where the list's items start");
  const at = lineEndOf(text, contentEnd(text, last));
  // A list of inline mappings (`- { source: a }`) gets one more of them.
  const inline = isCollection(last) && last.flow === true;
  return `${text.slice(0, at)}\n${" ".repeat(dash)}- ${render(item, dash + 2, inline)}${text.slice(at)}`;
}
