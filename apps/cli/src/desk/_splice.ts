import { isDeepStrictEqual } from "node:util";
import {
  Document,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
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
  const old = map.toJSON() as Item;
  let out = text;
  // The map is parsed again for each field, so offsets are always fresh. New fields go
  // last, each after the one added before it, in the item's order (two new fields added
  // the other way round read back in another order, and the edit was refused).
  const keys = [...new Set([...Object.keys(old), ...Object.keys(edit.item)])];
  const added = keys.filter((k) => !(k in old) && edit.item[k] !== undefined);
  for (const key of added) out = setField(out, currentMap(out, edit), key, edit.item[key]);
  for (const key of Object.keys(old).reverse()) {
    const value = edit.item[key];
    if (isDeepStrictEqual(old[key], value)) continue;
    out = setField(out, currentMap(out, edit), key, value);
  }
  return out;
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
  // A flow value stays flow, so `targets: [a]` stays one line.
  const flow = isCollection(pair.value) && pair.value.flow;
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

/** A value as YAML in the chronicle's usual style: block mappings, short lists and small mappings inline. */
function render(value: unknown, indent: number, flowTop = false): string {
  const doc = new Document(value);
  const style = (node: unknown, depth: number) => {
    if (!isCollection(node)) return;
    node.flow = depth === 0 ? flowTop : JSON.stringify(node.toJSON()).length <= 100;
    for (const child of node.items) style(isPair(child) ? child.value : child, depth + 1);
  };
  style(doc.contents, 0);
  const padded = doc.toString({ lineWidth: 0 }).replace(/\n$/, "");
  // Lists as the chronicle writes them, `[a, b]`, when that reads back the same.
  const squeezed = padded.replace(/\[ (.*?) \]/g, "[$1]");
  const chosen = JSON.stringify(parseDocument(squeezed).toJS()) === JSON.stringify(value) ? squeezed : padded;
  return chosen
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : " ".repeat(indent) + line))
    .join("\n");
}

function renderPair(key: string, value: unknown, column: number, flow = false): string {
  if (flow && typeof value === "object" && value !== null)
    return `${render(key, 0)}: ${render(value, column + 2, true)}`;
  return render({ [key]: value }, column);
}

/** Where a node's text ends, trailing blank space and newlines excluded. */
function contentEnd(text: string, node: Node): number {
  const [start, end] = node.range as [number, number, number];
  let at = end;
  while (at > start && /\s/.test(text[at - 1] as string)) at--;
  return at;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

function lineEndOf(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}

/** The whole lines a list item takes, from its line's start to after its last line's newline. */
function lineSpan(text: string, node: Node): [number, number] {
  const start = lineStartOf(text, (node.range as number[])[0] as number);
  const end = lineEndOf(text, contentEnd(text, node));
  return [start, Math.min(text.length, end + 1)];
}
