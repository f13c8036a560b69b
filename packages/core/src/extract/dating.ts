import type { FoundEvent } from "./events/detect.js";
import type { FoundStatement } from "./statements/found.js";
import type { FoundDate } from "./text/dates.js";

/** The dates chosen for statements and events, and which of them were not in the text. */
export interface Dating {
  statements: Map<FoundStatement, string>;
  events: Map<FoundEvent, string>;
  /** Items dated by default (the publication date): flagged for the analyst. */
  defaulted: Set<FoundStatement | FoundEvent>;
  notes: Map<FoundStatement | FoundEvent, string>;
}

/**
 * Dates every statement and event. A statement takes the date expression of its
 * sentence that is about the saying, not about what was said ("warned on Thursday
 * that …" but not "… would meet next month"); a statement named inside another's words
 * ("rejected Egypt's demand") was made before it; "recent pledges" are the month before
 * publication; anything else gets the publication date, flagged.
 */
export function datesOf(
  statements: readonly FoundStatement[],
  events: readonly FoundEvent[],
  dates: ReadonlyMap<number, FoundDate[]>,
  published: string | undefined,
): Dating {
  const out: Dating = { statements: new Map(), events: new Map(), defaulted: new Set(), notes: new Map() };
  const fallback = (item: FoundStatement | FoundEvent) => {
    out.defaulted.add(item);
    out.notes.set(
      item,
      published ? "date: not in the text; the publication date" : "date: not in the text and no publication date",
    );
    return published ?? "..";
  };
  for (const s of statements) {
    if (s.date) {
      out.statements.set(s, s.date.value);
      out.notes.set(s, s.date.note);
      continue;
    }
    const d = pick(s, dates.get(s.sentence.index) ?? []);
    if (d) {
      out.statements.set(s, d.value);
      out.notes.set(s, `date: "${d.text}" (${d.precision})`);
    }
  }
  // Statements named inside another's words were made before it.
  for (const s of statements) {
    if (!s.answers || !out.statements.has(s)) continue;
    const inner = s.answers.to;
    if (inner.sentence === s.sentence && !out.statements.has(inner)) {
      out.statements.set(inner, `../${out.statements.get(s)}`);
      out.notes.set(inner, "date: before the statement that answers it");
    }
  }
  for (const s of statements) if (!out.statements.has(s)) out.statements.set(s, fallback(s));
  for (const e of events) {
    const found = dates.get(e.sentence.index) ?? [];
    const token = (d: FoundDate) => e.sentence.tokens.findIndex((t) => t.start >= d.start);
    const after = found.filter((d) => token(d) > e.at).sort((a, b) => token(a) - token(b))[0];
    const d = after ?? found[found.length - 1];
    if (d) {
      out.events.set(e, d.value);
      out.notes.set(e, `date: "${d.text}" (${d.precision})`);
    } else out.events.set(e, fallback(e));
  }
  return out;
}

function pick(s: FoundStatement, found: readonly FoundDate[]): FoundDate | undefined {
  const tokens = s.sentence.tokens;
  const limit = s.content ?? s.region[1];
  const candidates = found.filter((d) => {
    const at = tokens.findIndex((t) => t.start >= d.start);
    if (at < 0 || at >= limit) return false;
    return !s.conditions.some((c) => c.start <= at && at < c.end);
  });
  const distance = (d: FoundDate) => Math.abs(tokens.findIndex((t) => t.start >= d.start) - s.trigger.at);
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}
