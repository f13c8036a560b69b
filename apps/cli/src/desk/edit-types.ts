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
