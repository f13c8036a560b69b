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

/** The lists of a chronicle the desk edits. */
export const COLLECTIONS = ["actors", "sources", "events", "statements", "relations"] as const;
export type Collection = (typeof COLLECTIONS)[number];

type Item = Record<string, unknown>;

/**
 * One change the desk asks for. Items are named by id (relations, which have none, by
 * type, from and to), never by position: a position could name another item once the
 * file changed.
 */
export type Edit =
  /** Appends an item. An actor or source already present with the same content is kept as it is. */
  | { op: "add"; collection: Collection; item: Item }
  /** Replaces an item's fields: changed fields are set, missing ones removed, the others left untouched. */
  | { op: "set"; collection: Exclude<Collection, "relations">; id: string; item: Item }
  /** Removes a relation. */
  | { op: "remove"; collection: "relations"; match: { type: string; from: string; to: string } }
  /** Adds a source reference to a statement or event (how `extract --merge` records another report). */
  | { op: "addRef"; collection: "statements" | "events"; id: string; ref: Item };

/** Why a list of edits cannot be applied (before any validation). */
export class EditError extends Error {}

/**
 * Applies edits to the text of a YAML chronicle by splicing: each edit rewrites only the
 * lines of the node it changes (a field, a list item), found through the parsed
 * document's source ranges, so comments, order, folding and spacing everywhere else stay
 * byte for byte. The result is checked against the same edits made on the plain data; a
 * layout the splice cannot handle is refused rather than re-serialised. Pure: text in,
 * text out. Validation is the caller's.
 *
 * @example
 * applyEdits(text, [{ op: "set", collection: "statements", id: "legit-targets", item: { ...s, date: "2025-09-04" } }])
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  let expected = parseDocument(text).toJS() as Record<string, unknown>;
  for (const edit of edits) {
    const planned = planEdit(expected, edit);
    if (planned === undefined) continue; // already there
    expected = planned;
    out = spliceEdit(out, edit);
  }
  if (JSON.stringify(parseDocument(out).toJS()) !== JSON.stringify(expected))
    throw new EditError(
      "this change cannot be made without rewriting other parts of the file; edit it in a text editor",
    );
  return out;
}

/**
 * The data of a chronicle with the edits made, on a copy: how a JSON chronicle is edited,
 * and what the YAML splice is checked against.
 *
 * @example
 * editData(chronicle, [{ op: "add", collection: "relations", item: { type: "rejects", from: "a", to: "b" } }])
 */
export function editData(data: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  let out = data;
  for (const edit of edits) out = planEdit(out, edit) ?? out;
  return out;
}

/** The data with the edit made, or undefined when it changes nothing; throws when it cannot be made. */
function planEdit(data: Record<string, unknown>, edit: Edit): Record<string, unknown> | undefined {
  const next = structuredClone(data);
  const list = (next[edit.collection] ?? []) as Item[];
  if (!Array.isArray(list)) throw new EditError(`${edit.collection} is not a list in this file`);
  next[edit.collection] = list;
  if (edit.op === "add") {
    const id = edit.item.id;
    const index = typeof id === "string" && edit.collection !== "relations" ? list.findIndex((x) => x.id === id) : -1;
    if (index >= 0) {
      // Two candidates of one article share its source and new actors: the second accept finds them written.
      if ((edit.collection === "sources" || edit.collection === "actors") && isDeepStrictEqual(list[index], edit.item))
        return undefined;
      throw new EditError(`${edit.collection} already has an item with id "${id}"`);
    }
    list.push(edit.item);
    return next;
  }
  if (edit.op === "remove") {
    const { type, from, to } = edit.match;
    const index = list.findIndex((r) => r.type === type && r.from === from && r.to === to);
    if (index < 0) throw new EditError(`no ${type} relation from "${from}" to "${to}"`);
    list.splice(index, 1);
    return next;
  }
  const item = list.find((x) => x.id === edit.id);
  if (!item) throw new EditError(`no item with id "${edit.id}" in ${edit.collection}`);
  if (edit.op === "addRef") {
    const refs = (item.sources ?? []) as Item[];
    if (refs.some((r) => r.source === edit.ref.source && (r.locator ?? "") === (edit.ref.locator ?? "")))
      return undefined;
    item.sources = [...refs, edit.ref];
    return next;
  }
  const clean = Object.fromEntries(Object.entries(edit.item).filter(([, v]) => v !== undefined));
  if (isDeepStrictEqual(item, clean)) return undefined;
  list[list.indexOf(item)] = clean;
  return next;
}

function spliceEdit(text: string, edit: Edit): string {
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
  // From the last field to the first, so earlier offsets stay valid; new fields go last.
  const keys = [...new Set([...Object.keys(old), ...Object.keys(edit.item)])];
  const added = keys.filter((k) => !(k in old) && edit.item[k] !== undefined);
  for (const key of added.reverse()) out = setField(out, currentMap(out, edit), key, edit.item[key]);
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

/**
 * Whether a value is a well-formed list of edits (the request body comes from a page;
 * what it asks for is checked before anything is applied).
 */
export function isEdits(value: unknown): value is Edit[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 200) return false;
  const plain = (x: unknown): x is Item => typeof x === "object" && x !== null && !Array.isArray(x);
  return value.every((e) => {
    if (!plain(e) || !COLLECTIONS.includes(e.collection as Collection)) return false;
    switch (e.op) {
      case "add":
        return plain(e.item);
      case "set":
        return e.collection !== "relations" && typeof e.id === "string" && plain(e.item);
      case "remove":
        return e.collection === "relations" && plain(e.match);
      case "addRef":
        return (e.collection === "statements" || e.collection === "events") && typeof e.id === "string" && plain(e.ref);
      default:
        return false;
    }
  });
}
