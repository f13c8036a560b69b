import type { Entry } from "../model/entries.js";
import type { Chronicle } from "../model/types.js";
import { KIND_ORDER } from "./styles.js";
import type { LaneMode } from "./types.js";

/** Lane key of entries that have no speaker or target: not a valid id, so it never collides. */
export const NO_LANE = "_none";

/**
 * The group of an entry: an imported TimelineJS `group` (kept as `attributes.group`),
 * else its first tag, else undefined. TimelineJS groups are topics ("Politics",
 * "Sports"), not actors, so they get a lane mode of their own rather than made-up actors.
 *
 * @example
 * groupOf(entriesOf(chronicleFromTimelineJs(doc).chronicle)[0]) // "Group A"
 */
export function groupOf(entry: Entry): string | undefined {
  const group = entry.event?.attributes?.group;
  if (typeof group === "string" && group) return group;
  return entry.tags[0];
}

/**
 * The lanes an entry shows in. By speaker, a statement sits in its speaker's lane and an
 * event in each participant's; by target, a statement sits in each target's lane; by
 * kind, in its kind's; by group, in its {@link groupOf} group's. Several keys mean the
 * entry is drawn once per lane, linked.
 *
 * @example
 * laneKeysOf(threatEntry, "speaker") // ["putin"]
 * laneKeysOf(summitEntry, "speaker") // ["trump", "putin"]
 */
export function laneKeysOf(entry: Entry, mode: LaneMode): readonly string[] {
  const one = soleLaneOf(entry, mode);
  if (one !== undefined) return [one];
  return entry.targets.length ? entry.targets : [NO_LANE];
}

/**
 * The lane of an entry that can only sit in one (by kind; a statement by speaker), or
 * undefined when it may sit in several: what {@link laneKeysOf} lists, without a list.
 */
export function soleLaneOf(entry: Entry, mode: LaneMode): string | undefined {
  if (mode === "kind") return entry.kind;
  if (mode === "group") return groupOf(entry) ?? NO_LANE;
  if (mode === "speaker" && entry.type === "statement") return entry.speaker as string;
  return undefined;
}

/**
 * Lane keys in display order: actors in the order the chronicle lists them (the analyst's
 * order), then actors it does not list, then entries without one; kinds grouped by family;
 * groups in the order they first appear in time (as TimelineJS stacks them).
 *
 * @example
 * orderLanes(["xi", "putin", "_none"], "speaker", chronicle) // ["putin", "xi", "_none"]
 */
export function orderLanes(keys: Iterable<string>, mode: LaneMode, chronicle: Chronicle): string[] {
  const present = new Set(keys);
  const order =
    mode === "group"
      ? []
      : mode === "kind"
        ? KIND_ORDER
        : (chronicle.actors ?? []).map((a) => a.id).filter((id) => id !== NO_LANE);
  const out = order.filter((k) => present.has(k));
  const listed = new Set(out);
  for (const k of present) if (!listed.has(k) && k !== NO_LANE) out.push(k);
  if (present.has(NO_LANE)) out.push(NO_LANE);
  return out;
}

/**
 * What a lane is called: the actor's name, the kind capitalised, or a note for the
 * lane of entries without an actor.
 *
 * @example
 * laneLabel("putin", "speaker", { putin: "Vladimir Putin" }) // "Vladimir Putin"
 * laneLabel("ultimatum", "kind", {})                        // "Ultimatum"
 */
export function laneLabel(key: string, mode: LaneMode, names: Readonly<Record<string, string>>): string {
  if (key === NO_LANE) return mode === "target" ? "No target" : mode === "group" ? "No group" : "No actor";
  if (mode === "group") return key;
  if (mode === "kind") return key.charAt(0).toUpperCase() + key.slice(1);
  // Own properties only: an id like `constructor` must not read Object.prototype.
  return Object.hasOwn(names, key) ? (names[key] as string) : key;
}

/**
 * The lane mode a chronicle reads best in when nobody chose one: by group when no item
 * names an actor but some have a group (a TimelineJS import, whose speaker lanes would
 * be one "No actor" lane), else by speaker.
 *
 * @example
 * defaultLaneMode(chronicleFromTimelineJs(groupSample).chronicle) // "group"
 */
export function defaultLaneMode(entries: readonly Entry[]): LaneMode {
  let grouped = false;
  for (const e of entries) {
    if (e.actors.length) return "speaker";
    grouped ||= groupOf(e) !== undefined;
  }
  return grouped ? "group" : "speaker";
}
