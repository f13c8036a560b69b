import { type Entry, sortedSpan } from "../model/entries.js";
import type { Status } from "../model/vocabulary.js";

/** What to keep. Every given criterion must hold; within a list, any value matches. */
export interface Filter {
  /** Actor ids; see `role`. */
  actors?: string[];
  /** Whether `actors` must be the speaker, a target/participant, or either (default). */
  role?: "speaker" | "target" | "any";
  kinds?: string[];
  types?: Array<"statement" | "event">;
  /** An instant (ms): keeps entries that may fall on or after it. EDTF dates are read by `readPeriod`. */
  from?: number;
  /** An instant (ms): keeps entries that may fall on or before it. */
  to?: number;
  tags?: string[];
  status?: Status[];
  /** Case-insensitive words that must all occur in the title, quote, conditions or ids. */
  text?: string;
}

const haystacks = new WeakMap<Entry, string>();

/**
 * Keeps the entries that match a filter, in their order. Dates compare by overlap:
 * an entry dated "2025-09" is kept by `from` 5 September, since it may fall then. The
 * bounds are instants; {@link readPeriod} reads EDTF dates into them (and reports the
 * ones that do not parse), so this function never throws.
 *
 * @example
 * const { period } = readPeriod({ from: "2025-09" });
 * filterEntries(entriesOf(chronicle), { actors: ["putin"], role: "speaker", kinds: ["threat"], ...period })
 */
export function filterEntries(entries: readonly Entry[], filter: Filter): Entry[] {
  const actors = filter.actors?.length ? new Set(filter.actors) : undefined;
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const types = filter.types?.length ? new Set(filter.types) : undefined;
  const tags = filter.tags?.length ? new Set(filter.tags) : undefined;
  const status = filter.status?.length ? new Set(filter.status) : undefined;
  const from = filter.from ?? Number.NEGATIVE_INFINITY;
  const to = filter.to ?? Number.POSITIVE_INFINITY;
  const words = filter.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const role = filter.role ?? "any";
  const out: Entry[] = [];
  const [lo, hi] = dateWindow(entries, from, to);
  for (let i = lo; i < hi; i++) {
    const e = entries[i] as Entry;
    if (kinds && !kinds.has(e.kind)) continue;
    if (types && !types.has(e.type)) continue;
    if (status && !status.has(e.status)) continue;
    if (e.date.latest < from || e.date.earliest > to) continue;
    if (actors && !matchesActor(e, actors, role)) continue;
    if (tags && !e.tags.some((t) => tags.has(t))) continue;
    if (words.length && !matchesText(e, words)) continue;
    out.push(e);
  }
  return out;
}

/**
 * The slice of a list sorted by earliest instant that can hold dates overlapping
 * [from, to]: nothing starting after `to`, nothing starting before `from` minus the
 * longest span in the list. Unsorted lists are scanned whole.
 */
function dateWindow(entries: readonly Entry[], from: number, to: number): [number, number] {
  const sorted = sortedSpan(entries);
  if (!sorted) return [0, entries.length];
  const lo =
    Number.isFinite(from) && Number.isFinite(sorted.maxSpan) ? firstAtOrAfter(entries, from - sorted.maxSpan) : 0;
  const hi = Number.isFinite(to) ? firstAtOrAfter(entries, to + 1) : entries.length;
  return [lo, Math.max(lo, hi)];
}

function firstAtOrAfter(entries: readonly Entry[], instant: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).date.earliest < instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function matchesActor(e: Entry, actors: Set<string>, role: "speaker" | "target" | "any"): boolean {
  if (role === "speaker")
    return e.type === "statement" ? actors.has(e.speaker as string) : e.targets.some((a) => actors.has(a));
  if (role === "target") return e.targets.some((a) => actors.has(a));
  return e.actors.some((a) => actors.has(a));
}

function matchesText(e: Entry, words: string[]): boolean {
  let hay = haystacks.get(e);
  if (hay === undefined) {
    const s = e.statement;
    hay = [
      e.id,
      e.title,
      e.kind,
      ...e.actors,
      s?.quote?.text,
      s?.quote?.translation,
      ...(s?.conditions ?? []).map((c) => c.text),
      e.event?.summary,
      e.event?.location?.name,
      ...e.tags,
    ]
      .filter(Boolean)
      .join("\n")
      .toLowerCase();
    haystacks.set(e, hay);
  }
  return words.every((w) => (hay as string).includes(w));
}
