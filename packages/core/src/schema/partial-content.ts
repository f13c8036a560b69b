import { parseDate } from "../dates/parse-date.js";
import type { Chronicle, DateValue } from "../model/types.js";
import { valueAt } from "./from-zod.js";
import { error, type Issue, type PathSegment } from "./issue.js";
import { checkStructure } from "./structure.js";

const COLLECTIONS = ["actors", "sources", "events", "statements", "relations", "judgments"] as const;

/**
 * The content errors (ids, references, dates, codes, relations) of the part of some
 * data that has the right structure, for data whose structure has `structural` errors:
 * so a file with a misspelt field and a misspelt speaker shows both at once, not the
 * second only after the first is fixed. Items with a structural error are left out
 * (their references are not checked), and so are references to them: such an item
 * exists, it is only written wrongly; their dates are still checked, so an item with
 * an unknown kind and an impossible date shows both. Paths point into the data as
 * given. Warnings are left for the next run, when the whole file can be read.
 *
 * @example
 * const structure = checkStructure(data);
 * if (!structure.ok) errors.push(...structure.errors, ...partialContentErrors(data, structure.errors, checkContent));
 */
export function partialContentErrors(
  data: Record<string, unknown>,
  structural: readonly Issue[],
  checkContent: (chronicle: Chronicle) => { errors: Issue[] },
): Issue[] {
  // Where the structural errors are: whole fields, or items of a collection.
  const badField = new Set<string>();
  const badItems = new Map<string, Set<number>>();
  for (const issue of structural) {
    const [field, index] = issue.path;
    if (typeof field !== "string") return [];
    if ((COLLECTIONS as readonly string[]).includes(field) && typeof index === "number") {
      const set = badItems.get(field) ?? new Set<number>();
      set.add(index);
      badItems.set(field, set);
    } else badField.add(field);
  }
  // The data without them: kept items, and for each collection the given index of each.
  const partial: Record<string, unknown> = { ...data };
  const kept = new Map<string, number[]>();
  const leftOut = new Set<string>();
  for (const field of badField) delete partial[field];
  // The two required fields, stood in for when they are what is wrong.
  partial.briefline = 1;
  if (badField.has("title")) partial.title = "-";
  for (const name of COLLECTIONS) {
    const list = data[name];
    if (!Array.isArray(list)) continue;
    const bad = badField.has(name) ? undefined : (badItems.get(name) ?? new Set<number>());
    const indexes: number[] = [];
    const items: unknown[] = [];
    list.forEach((item, i) => {
      if (bad && !bad.has(i)) {
        indexes.push(i);
        items.push(item);
        return;
      }
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === "string") leftOut.add(id);
    });
    partial[name] = items;
    kept.set(name, indexes);
  }
  const out = datesOfBrokenItems(data, badItems, structural);
  const structure = checkStructure(partial);
  // What is left should read; if it does not, the structural errors stand alone.
  if (!structure.ok) return out;
  for (const issue of checkContent(structure.chronicle).errors) {
    if (issue.code === "unknown-reference" && leftOut.has(String(valueAt(structure.chronicle, issue.path)))) continue;
    // A duplicate id's message names where the id was first used: there too.
    const message = issue.message.replace(
      /already used at (\w+)\[(\d+)\]/,
      (_, name: string, i: string) => `already used at ${name}[${kept.get(name)?.[Number(i)] ?? i}]`,
    );
    out.push({ ...issue, message, path: givenPath(issue.path, kept) });
  }
  return out;
}

/** A path into the partial data as a path into the data as given. */
function givenPath(path: readonly PathSegment[], kept: Map<string, number[]>): PathSegment[] {
  const [field, index, ...rest] = path;
  const indexes = typeof field === "string" ? kept.get(field) : undefined;
  if (!indexes || typeof index !== "number") return [...path];
  return [field as string, indexes[index] ?? index, ...rest];
}

// The date fields of each collection, checked in items the schema refused.
const DATE_FIELDS: Record<string, readonly string[]> = {
  sources: ["published", "accessed"],
  events: ["date"],
  statements: ["date"],
  judgments: ["horizon"],
};

/** The invalid dates of the items with structural errors (other than the dates themselves). */
function datesOfBrokenItems(
  data: Record<string, unknown>,
  badItems: Map<string, Set<number>>,
  structural: readonly Issue[],
): Issue[] {
  const flagged = new Set(structural.map((issue) => issue.path.slice(0, 3).join("\u0000")));
  const zone = typeof data.timezone === "string" ? data.timezone : "UTC";
  const out: Issue[] = [];
  for (const [name, indexes] of badItems) {
    const list = data[name] as unknown[];
    for (const i of indexes) {
      const item = list[i];
      if (item === null || typeof item !== "object") continue;
      for (const field of DATE_FIELDS[name] ?? []) {
        const value = (item as Record<string, unknown>)[field];
        if (typeof value !== "string" && typeof value !== "number") continue;
        if (flagged.has([name, i, field].join("\u0000"))) continue;
        const parsed = safeParseDate(value, zone);
        if (parsed) out.push(error("invalid-date", [name, i, field], parsed.message, parsed.hint));
      }
    }
  }
  return out;
}

function safeParseDate(value: DateValue, zone: string): { message: string; hint?: string } | undefined {
  let parsed: ReturnType<typeof parseDate>;
  try {
    parsed = parseDate(value, zone);
  } catch {
    // An unknown time zone is reported on its own; the date is read in UTC.
    parsed = parseDate(value, "UTC");
  }
  return parsed.ok ? undefined : parsed.problem;
}
