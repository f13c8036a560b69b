import { findMentions, newDiscourse, updateDiscourse } from "./actors/mentions.js";
import { ActorStore } from "./actors/store.js";
import { assemble } from "./assemble.js";
import { holdsCue } from "./cue-words.js";
import { datesOf } from "./dating.js";
import { type FoundEvent, findEvents } from "./events/detect.js";
import { foldRepeats } from "./fold.js";
import { DEFAULT_LEXICON } from "./lexicon/default.js";
import { continuedQuote } from "./statements/continued-quote.js";
import type { FoundStatement } from "./statements/found.js";
import { readStatements } from "./statements/read.js";
import { mainSubject } from "./statements/speaker.js";
import { findTriggers } from "./statements/triggers.js";
import type { SentenceView } from "./statements/view.js";
import { findDates } from "./text/dates.js";
import { datelineEnd, headlineOf } from "./text/structure.js";
import { splitSentences } from "./text/tokenize.js";
import type { ExtractOptions, ExtractResult } from "./types.js";

/**
 * Reads an article (plain text) and proposes the statements and events in it as
 * candidate chronicle items: kind, speaker, targets, summary, quote, conditions,
 * date (resolved against the publication date, with its precision, flagged when
 * defaulted), the event it was said at, CAMEO/PLOVER coding, a confidence and the
 * character span of its sentence. Offline and rule-based (compromise, chrono-node and
 * the lexicon in `lexicon/`); the result validates as a chronicle.
 *
 * @example
 * const { chronicle } = extractCandidates("Moscow warned on Monday that any troops sent would be destroyed.", {
 *   source: { title: "Wire report", published: "2025-09-05" },
 * });
 * chronicle.statements?.[0]?.kind // "threat"
 */
export function extractCandidates(text: string, options: ExtractOptions = {}): ExtractResult {
  const lexicon = options.lexicon ?? DEFAULT_LEXICON;
  const warnings: string[] = [];
  const published = options.source?.published ?? options.fallbackDate;
  if (!options.source?.published)
    warnings.push(
      published
        ? `no publication date given: undated statements get ${published}, flagged`
        : "no publication date given: relative dates cannot be resolved",
    );
  const store = new ActorStore(lexicon, options.chronicle?.actors ?? []);
  const discourse = newDiscourse();
  const statements: FoundStatement[] = [];
  const events: FoundEvent[] = [];
  const dates = new Map<number, ReturnType<typeof findDates>>();
  const sentences = splitSentences(text, holdsCue(lexicon));
  // The headline restates the lead: reading both would count its statement twice.
  const headline = headlineOf(sentences);
  for (const sentence of sentences) {
    if (sentence === headline) continue;
    const found = published ? findDates(sentence.text, sentence.start, published) : [];
    dates.set(sentence.index, found);
    const dateTokens = new Set(
      sentence.tokens.filter((t) => found.some((d) => t.start >= d.start && t.end <= d.end)).map((t) => t.i),
    );
    // Neither a dateline ("NAIROBI —") nor a date ("in August") names an actor.
    const dateline = datelineEnd(sentence);
    const mentions = findMentions(sentence.tokens, store, discourse, (i) => i < dateline || dateTokens.has(i));
    const taken = (i: number) => mentions.some((m) => m.start <= i && i < m.end && m.via !== "pronoun");
    const view: SentenceView = {
      sentence,
      tokens: sentence.tokens,
      mentions,
      triggers: findTriggers(sentence.tokens, lexicon, taken),
      dateTokens,
      store,
      lexicon,
    };
    const read = readStatements(view, statements, published ?? "");
    // '"…," she said. "We will never accept this."': the quote goes on in the next sentence.
    const continued = read.length === 0 ? continuedQuote(view, statements[statements.length - 1]) : undefined;
    if (continued) read.push(continued);
    statements.push(...read);
    events.push(...findEvents(view, read, events));
    updateDiscourse(
      discourse,
      mentions,
      read.map((s) => s.speaker),
      store,
      mainSubject(view, sentence.tokens.length)?.key,
    );
  }
  const when = datesOf(statements, events, dates, published, lexicon);
  const regionText = (s: FoundStatement) => {
    const tokens = s.sentence.tokens;
    const first = tokens[s.region[0]];
    const last = tokens[s.region[1] - 1];
    return first && last ? s.sentence.text.slice(first.start - s.sentence.start, last.end - s.sentence.start) : "";
  };
  const kept = foldRepeats(statements, when.statements, lexicon, regionText).filter(
    (s) => s.confidence >= (options.minConfidence ?? 0),
  );
  const result = assemble({ text, statements: kept, events, when, store, options, published });
  if (kept.length === 0 && events.length === 0) warnings.push("no statements or events found");
  return { ...result, warnings: [...warnings, ...result.warnings] };
}
