import type { Entry, Relation } from "@briefline/core";
import { formatFuzzy } from "@briefline/core";
import { formatLongDay, isoDay } from "../model/dates.js";
import { drawItem } from "./chronology-item.js";
import { addOutline, emptyNote, type Section, subheading } from "./section.js";

/** Items of one heading of the chronology: a day, or an imprecise date. */
export interface DayGroup {
  key: string;
  heading: string;
  entries: Entry[];
}

/**
 * Groups the period's items by day in the chronicle's time zone. An item known only
 * to the month, or spanning several days, is not forced onto a day: it gets its own
 * heading ("Aug 2025 · known to the month"), in date order among the days.
 *
 * @example
 * groupByDay(ctx.scope.entries, "UTC").map((g) => g.heading)
 * // ["Tuesday 11 March 2025", "until 5 Sep 2025 · open start", …]
 */
export function groupByDay(entries: readonly Entry[], tz: string): DayGroup[] {
  const groups = new Map<string, DayGroup>();
  for (const e of entries) {
    const d = e.date;
    const exact = !d.interval && (d.precision === "day" || d.precision === "minute" || d.precision === "second");
    const key = exact ? `day:${isoDay(d.earliest, tz)}` : `date:${d.input}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, heading: exact ? formatLongDay(d.earliest, tz) : fuzzyHeading(e, tz), entries: [] };
      groups.set(key, group);
    }
    group.entries.push(e);
  }
  return [...groups.values()];
}

/**
 * Each item's number in the chronology: 1, 2, … in the order the chronology prints
 * them (by day, then as given). The chronology prints it beside the item ("#12") and
 * the timeline chart draws it for a mark whose words do not fit, so every mark can be
 * looked up.
 *
 * @example
 * itemNumbers(ctx.scope.entries, "UTC").get("legit-targets") // 31
 */
export function itemNumbers(entries: readonly Entry[], tz: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const group of groupByDay(entries, tz)) for (const e of group.entries) numbers.set(e.id, numbers.size + 1);
  return numbers;
}

function fuzzyHeading(e: Entry, tz: string): string {
  const d = e.date;
  const what = d.interval
    ? !d.start
      ? "open start"
      : !d.end
        ? "open end"
        : "over a span"
    : `known to the ${d.precision}`;
  return `${formatFuzzy(d, tz)} · ${what}`;
}

/**
 * The chronology: every item of the period by day, with who said what to whom, the
 * quote, conditions, where it was said, how it relates to other items, and an endnote
 * number for its sources. Each day is a bookmark under the section's.
 */
export const chronologySection: Section = {
  id: "chronology",
  title: "Chronology",
  newPage: true,
  units: (ctx) => ctx.scope.entries.length,
  async draw(ctx) {
    const groups = groupByDay(ctx.scope.entries, ctx.tz);
    if (groups.length === 0) {
      emptyNote(ctx, "No statements or events fall in the period.");
      return;
    }
    const relations = relationIndex(ctx.chronicle.relations ?? []);
    let drawn = 0;
    for (const [i, group] of groups.entries()) {
      const dest = `day-${i + 1}`;
      subheading(ctx, group.heading, 46, dest);
      if (ctx.outline) addOutline(ctx.outline, group.heading, dest);
      for (const entry of group.entries) {
        drawItem(ctx, entry, relations);
        ctx.step();
        // Let the event loop breathe on long briefings, so progress can be shown.
        if (++drawn % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    }
  },
};

/** Relations of each item, both ways. */
export interface RelationIndex {
  from: Map<string, Relation[]>;
  to: Map<string, Relation[]>;
}

function push(map: Map<string, Relation[]>, key: string, relation: Relation): void {
  const list = map.get(key);
  if (list) list.push(relation);
  else map.set(key, [relation]);
}

function relationIndex(relations: readonly Relation[]): RelationIndex {
  const index: RelationIndex = { from: new Map(), to: new Map() };
  for (const r of relations) {
    push(index.from, r.from, r);
    push(index.to, r.to, r);
  }
  return index;
}
