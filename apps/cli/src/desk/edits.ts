import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";
import { spliceEdit } from "./_splice.js";
import { COLLECTIONS, type Collection, type Edit, EditError } from "./edit-types.js";

export { COLLECTIONS, type Collection, type Edit, EditError } from "./edit-types.js";

type Item = Record<string, unknown>;

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
