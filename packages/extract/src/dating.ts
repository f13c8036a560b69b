import type { FoundEvent } from "./events/detect.js";
import type { Lexicon } from "./lexicon/types.js";
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
  lexicon: Lexicon,
): Dating {
  const eventWords = eventWordsOf(lexicon);
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
  // "… met in Bamako on Monday. In a statement afterwards, they praised …": a sentence
  // that opens by pointing back takes the date of what it points back to.
  for (const s of statements) {
    if (out.statements.has(s) || !pointsBack(s)) continue;
    // "After the meeting": the meeting, if one was told of; else the latest dated item.
    const named = s.sentence.tokens.slice(0, s.trigger.at).map((t) => t.base);
    const kind = (x: FoundStatement | FoundEvent) =>
      "participants" in x && named.some((w) => eventWords.get(x.kind)?.has(w) ?? w === x.kind) ? 1 : 0;
    const position = (x: FoundStatement | FoundEvent) => ("participants" in x ? x.at : x.trigger.at);
    const earlier = [
      ...statements
        .filter((x) => out.statements.has(x) && !out.defaulted.has(x))
        .map((x) => ({ x: x as FoundStatement | FoundEvent, date: out.statements.get(x) })),
      ...events.map((e) => ({ x: e as FoundStatement | FoundEvent, date: eventDateOf(e, dates)?.value })),
    ]
      .filter(
        ({ x, date }) =>
          date &&
          !date.startsWith("..") &&
          x.sentence.index < s.sentence.index &&
          s.sentence.index - x.sentence.index <= 3,
      )
      .sort(
        (a, b) => kind(b.x) - kind(a.x) || b.x.sentence.index - a.x.sentence.index || position(b.x) - position(a.x),
      )[0];
    if (earlier?.date) {
      out.statements.set(s, earlier.date);
      out.notes.set(
        s,
        `date: carried over from sentence ${earlier.x.sentence.index + 1}, which this one points back to`,
      );
    }
  }
  for (const s of statements) if (!out.statements.has(s)) out.statements.set(s, fallback(s));
  for (const e of events) {
    const d = eventDateOf(e, dates);
    if (d) {
      out.events.set(e, d.value);
      out.notes.set(e, `date: "${d.text}" (${d.precision})`);
    } else out.events.set(e, fallback(e));
  }
  return out;
}

function eventDateOf(e: FoundEvent, dates: ReadonlyMap<number, FoundDate[]>): FoundDate | undefined {
  const found = dates.get(e.sentence.index) ?? [];
  const token = (d: FoundDate) => e.sentence.tokens.findIndex((t) => t.start >= d.start);
  const after = found.filter((d) => token(d) > e.at).sort((a, b) => token(a) - token(b))[0];
  return after ?? found[found.length - 1];
}

/**
 * The nouns that name each kind of event, from the lexicon the events were found with
 * (so an extended lexicon's words count too): the kind itself, every one-word event cue
 * and the last word of every longer one ("press conference" → conference), and the
 * last words of named events ("Eastern Economic Forum" → forum).
 *
 * @example
 * eventWordsOf(DEFAULT_LEXICON).get("call") // Set { "call", "phoned", "conversation", … }
 */
export function eventWordsOf(lexicon: Lexicon): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (kind: string, word: string) => {
    let words = out.get(kind);
    if (!words) {
      words = new Set([kind]);
      out.set(kind, words);
    }
    words.add(word);
  };
  for (const cue of lexicon.events) for (const phrase of cue.words) add(cue.kind, phrase.split(" ").at(-1) as string);
  for (const [word, kind] of Object.entries(lexicon.namedEvents)) add(kind, word);
  return out;
}

const BACK = /^(afterwards|afterward|later|then|thereafter|subsequently)$/;

/** "In a statement afterwards, …", "In the recording, …", "After the meeting, …": an opening that points back. */
function pointsBack(s: FoundStatement): boolean {
  const { tokens } = s.sentence;
  const comma = tokens.findIndex((t) => /[,]/.test(t.post));
  if (comma < 0 || comma > 8 || comma >= s.trigger.at) return false;
  const opening = tokens.slice(0, comma + 1);
  if (opening.some((t) => BACK.test(t.base))) return true;
  return (
    /^(in|at|after|following|during)$/.test(tokens[0]?.base ?? "") &&
    opening.some((t) => /^(the|that|this|their|its|his|her)$/.test(t.base))
  );
}

/**
 * Token ranges of relative clauses before a trigger (", who visited X on Tuesday,"):
 * they tell of the speaker, and their dates are not the saying's.
 */
function relativeSpans(s: FoundStatement): Array<[number, number]> {
  const { tokens } = s.sentence;
  const out: Array<[number, number]> = [];
  for (let k = 1; k < s.trigger.at; k++) {
    if (!/[,]/.test(tokens[k - 1]?.post ?? "") || !/^(who|which|whose|where)$/.test(tokens[k]?.base ?? "")) continue;
    let close = k;
    while (close < s.trigger.at && !/[,]/.test(tokens[close]?.post ?? "")) close++;
    if (close < s.trigger.at) out.push([k, close + 1]);
  }
  return out;
}

function pick(s: FoundStatement, found: readonly FoundDate[]): FoundDate | undefined {
  const tokens = s.sentence.tokens;
  const limit = s.content ?? s.region[1];
  const saying = s.saying;
  const relatives = relativeSpans(s);
  // ", according to a statement released on Wednesday": the date of the source, so of the saying.
  const according = tokens.findIndex(
    (t, k) => k > s.trigger.at && t.base === "according" && /[,]/.test(tokens[k - 1]?.post ?? ""),
  );
  const candidates = found.filter((d) => {
    const at = tokens.findIndex((t) => t.start >= d.start);
    const inSaying = (saying !== undefined && saying[0] <= at && at < saying[1]) || (according > 0 && at > according);
    if (at < 0 || (at >= limit && !inSaying)) return false;
    if (relatives.some(([from, to]) => from <= at && at < to)) return false;
    return !s.conditions.some((c) => c.start <= at && at < c.end);
  });
  const distance = (d: FoundDate) => Math.abs(tokens.findIndex((t) => t.start >= d.start) - s.trigger.at);
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}
