import {
  type Chronicle,
  type Entry,
  entriesOf,
  type Filter,
  filterEntries,
  type Relation,
  readPeriod,
  type Source,
} from "@briefline/core";
import type { TimelineFilter } from "./state.js";

/** A chronicle prepared for drawing: its entries and the look-ups the panels need. */
export interface Model {
  chronicle: Chronicle;
  timezone: string;
  entries: Entry[];
  byId: Map<string, Entry>;
  names: Map<string, string>;
  sources: Map<string, Source>;
  /** Relations touching each item id. */
  relations: Map<string, Relation[]>;
}

/**
 * Prepares a chronicle once: entries in date order, names, sources and relations by id.
 *
 * @example
 * const model = prepareModel(chronicle);
 * model.byId.get("moscow-offer")?.title
 */
export function prepareModel(chronicle: Chronicle): Model {
  const entries = entriesOf(chronicle);
  const relations = new Map<string, Relation[]>();
  for (const r of chronicle.relations ?? []) {
    for (const id of [r.from, r.to]) {
      const list = relations.get(id);
      if (list) list.push(r);
      else relations.set(id, [r]);
    }
  }
  // Built when first asked (opening an item): a first render does not look entries up by id.
  let byId: Map<string, Entry> | undefined;
  return {
    chronicle,
    timezone: chronicle.timezone ?? "UTC",
    entries,
    get byId() {
      if (!byId) {
        byId = new Map();
        for (let i = 0; i < entries.length; i++) byId.set((entries[i] as Entry).id, entries[i] as Entry);
      }
      return byId;
    },
    names: new Map((chronicle.actors ?? []).map((a) => [a.id, a.name])),
    sources: new Map((chronicle.sources ?? []).map((s) => [s.id, s])),
    relations,
  };
}

/** The words of a search, lower-cased, as the filter and the highlighting read them. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** A timeline filter as a core query filter; a date bound that does not parse is ignored. */
export function toCoreFilter(f: TimelineFilter, timezone: string, without?: keyof TimelineFilter): Filter {
  const out: Filter = {};
  if (without !== "kinds" && f.kinds.length) out.kinds = f.kinds;
  if (without !== "actors" && f.actors.length) out.actors = f.actors;
  if (without !== "status" && f.status.length) out.status = f.status as Filter["status"];
  if (without !== "text" && f.text.trim()) out.text = f.text;
  for (const side of ["from", "to"] as const) {
    const value = f[side];
    if (!value || without === side) continue;
    // A half-typed date in the range box: show everything until it parses.
    const instant = readPeriod({ [side]: value }, timezone).period[side];
    if (instant !== undefined) out[side] = instant;
  }
  return out;
}

/**
 * The entries a filter keeps, in date order; with nothing to filter, the model's own
 * list (read-only).
 *
 * @example
 * applyFilter(model, { ...emptyFilter(), kinds: ["threat"] }).length
 */
export function applyFilter(model: Model, f: TimelineFilter): readonly Entry[] {
  const filter = toCoreFilter(f, model.timezone);
  // No criterion: the entries themselves (the layout's per-entry caches are kept by identity).
  if (Object.keys(filter).length === 0) return model.entries;
  return filterEntries(model.entries, filter);
}

/** How many items each facet value would show, given the other filters (so counts guide the next click). */
export interface FacetCounts {
  kinds: Map<string, number>;
  actors: Map<string, number>;
  status: Map<string, number>;
}

/**
 * Counts per kind, actor and status, each under every filter but its own. A facet the
 * filter leaves open counts the entries the whole filter keeps, so pass them as
 * `filtered` when they are at hand. Each facet is counted when first read: the filter
 * bar reads actors and status only when their lists are opened.
 *
 * @example
 * facetCounts(model, filter).kinds.get("threat") // 4
 */
export function facetCounts(model: Model, f: TimelineFilter, filtered?: readonly Entry[]): FacetCounts {
  const kept = (without: "kinds" | "actors" | "status"): readonly Entry[] => {
    if (f[without].length) return filterEntries(model.entries, toCoreFilter(f, model.timezone, without));
    filtered ??= applyFilter(model, f);
    return filtered;
  };
  const count = (without: "kinds" | "actors" | "status", keys: (e: Entry, add: (key: string) => void) => void) => {
    const m = new Map<string, number>();
    const add = (key: string) => m.set(key, (m.get(key) ?? 0) + 1);
    const list = kept(without);
    for (let i = 0; i < list.length; i++) keys(list[i] as Entry, add);
    return m;
  };
  let kinds: Map<string, number> | undefined;
  let actors: Map<string, number> | undefined;
  let status: Map<string, number> | undefined;
  return {
    get kinds() {
      kinds ??= count("kinds", (e, add) => add(e.kind));
      return kinds;
    },
    get actors() {
      actors ??= count("actors", (e, add) => {
        for (const a of e.actors) add(a);
      });
      return actors;
    },
    get status() {
      status ??= count("status", (e, add) => add(e.status));
      return status;
    },
  };
}
