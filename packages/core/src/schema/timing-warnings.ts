import { parseDate } from "../dates/parse-date.js";
import type { Chronicle, DateValue, SourceRef } from "../model/types.js";
import { type Issue, warning } from "./issue.js";

// Dates that contradict each other: allowed (the analyst may know better), but most
// often a slip an analyst wants pointed out. Warnings, each with a hint.

const DAY = 86_400_000;
/** Relations whose `from` answers or follows its `to`, so cannot come before it. */
const LATER_FROM = new Set(["responds_to", "rejects", "accepts", "reiterates"]);

type Span = { earliest: number; latest: number; input: string };

/**
 * Warns of a statement dated more than a day away from the event it was said `at`, of
 * an answer (`responds_to`, `rejects`, `accepts`, `reiterates`) that comes wholly
 * before what it answers, and of an item dated wholly after the publication of every
 * source it cites (a source cannot report what had not yet happened). Dates that do
 * not parse are reported elsewhere and skipped here.
 *
 * @example
 * const issues: Issue[] = [];
 * timingWarnings(chronicle, "UTC", issues);
 */
export function timingWarnings(chronicle: Chronicle, zone: string, issues: Issue[]): void {
  const spans = new Map<string, Span>();
  const span = (value: DateValue | undefined): Span | undefined => {
    if (value === undefined) return undefined;
    const parsed = parseDate(value, zone);
    return parsed.ok ? parsed.date : undefined;
  };
  const events = chronicle.events ?? [];
  const statements = chronicle.statements ?? [];
  for (const e of events) {
    const s = span(e.date);
    if (s && !spans.has(e.id)) spans.set(e.id, s);
  }
  for (const s of statements) {
    const d = span(s.date);
    if (d && !spans.has(s.id)) spans.set(s.id, d);
  }
  const published = new Map<string, Span>();
  for (const source of chronicle.sources ?? []) {
    const p = span(source.published);
    if (p) published.set(source.id, p);
  }
  const eventIds = new Set(events.map((e) => e.id));
  statements.forEach((s, i) => {
    const own = spans.get(s.id);
    if (own === undefined) return;
    if (s.at !== undefined && eventIds.has(s.at)) {
      const at = spans.get(s.at);
      const gap = at ? apart(own, at) : 0;
      if (at && gap > DAY)
        issues.push(
          warning(
            "at-date-mismatch",
            ["statements", i, "at"],
            `statement "${s.id}" (${own.input}) was said at "${s.at}" (${at.input}), ${days(Math.abs(own.earliest - at.earliest))} away`,
            `a statement said at an event shares its date: correct one of the dates, or drop \`at\` if it was said elsewhere`,
          ),
        );
    }
    afterSources("statements", i, s.id, own, s.sources, published, issues);
  });
  events.forEach((e, i) => {
    const own = spans.get(e.id);
    if (own) afterSources("events", i, e.id, own, e.sources, published, issues);
  });
  (chronicle.relations ?? []).forEach((r, i) => {
    if (!LATER_FROM.has(r.type)) return;
    const from = spans.get(r.from);
    const to = spans.get(r.to);
    if (from && to && from.latest < to.earliest)
      issues.push(
        warning(
          "relation-backwards",
          ["relations", i],
          `"${r.from}" (${from.input}) ${r.type} "${r.to}" (${to.input}), which comes after it`,
          "`from` is the later item (the answer) and `to` the earlier one: swap them, or correct a date",
        ),
      );
  });
}

function afterSources(
  collection: "statements" | "events",
  i: number,
  id: string,
  own: Span,
  refs: readonly SourceRef[] | undefined,
  published: Map<string, Span>,
  issues: Issue[],
): void {
  if (!refs?.length || !Number.isFinite(own.earliest)) return;
  let last: { id: string; span: Span } | undefined;
  for (const ref of refs) {
    const p = published.get(ref.source);
    // A source without a publication date could have reported it: nothing to say.
    if (p === undefined || !Number.isFinite(p.latest)) return;
    if (last === undefined || p.latest > last.span.latest) last = { id: ref.source, span: p };
  }
  if (last && own.earliest > last.span.latest)
    issues.push(
      warning(
        "after-sources",
        [collection, i, "date"],
        `${collection === "statements" ? "statement" : "event"} "${id}" is dated ${own.input}, after every source it cites was published (the latest, "${last.id}", on ${last.span.input})`,
        "a source cannot report what had not happened yet: correct the date, or cite the source that reported it",
      ),
    );
}

/** The time between two spans (0 when they overlap). */
function apart(a: Span, b: Span): number {
  if (a.latest < b.earliest) return b.earliest - a.latest;
  if (b.latest < a.earliest) return a.earliest - b.latest;
  return 0;
}

function days(ms: number): string {
  const n = Math.round(ms / DAY);
  return `${n} day${n === 1 ? "" : "s"}`;
}
