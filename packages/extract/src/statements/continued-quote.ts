import { classify } from "./classify.js";
import { findConditions, textOf } from "./conditions.js";
import type { FoundStatement } from "./found.js";
import { shortNameOf, titleFor } from "./title.js";
import type { Trigger } from "./triggers.js";
import type { SentenceView } from "./view.js";

const QUOTE = /["“”]/;

/**
 * A sentence that is all quote, right after a sentence whose statement quoted its speaker
 * in the same paragraph ('"… a mistake," the spokesperson said. "We will never accept
 * this."'): the quote goes on, so it is the same speaker's. It makes a statement only when
 * its words give a sharper kind than a comment (a rejection, a threat, an appeal …).
 *
 * @example
 * continuedQuote(view, previous) // a rejection by the spokesperson, or undefined
 */
export function continuedQuote(view: SentenceView, previous: FoundStatement | undefined): FoundStatement | undefined {
  const { sentence, tokens } = view;
  if (!previous?.quote || tokens.length < 3) return undefined;
  if (previous.sentence.paragraph !== sentence.paragraph || previous.sentence.index !== sentence.index - 1)
    return undefined;
  // One quote from the first word to the last (the marks are in the words' punctuation), none inside.
  const last = tokens.length - 1;
  if (!QUOTE.test(tokens[0]?.pre ?? "") || !QUOTE.test(tokens[last]?.post ?? "")) return undefined;
  for (let k = 0; k <= last; k++) {
    const t = tokens[k];
    if ((k > 0 && QUOTE.test(t?.pre ?? "")) || (k < last && QUOTE.test(t?.post ?? ""))) return undefined;
  }
  const said = textOf(view, 0, tokens.length).replace(/^["“]|["”]$/g, "");
  const conditions = findConditions(view, 0, tokens.length);
  const trigger: Trigger = {
    ...previous.trigger,
    kind: "comment",
    cameo: "010",
    plover: "",
    neutral: true,
    content: false,
    judges: false,
    at: 0,
    end: 0,
    pos: "verb",
  };
  const classified = classify(trigger, said, conditions, view.lexicon, false);
  if (!classified || classified.kind === "comment") return undefined;
  const record = view.store.records.get(previous.speaker);
  const name = record?.existing?.name ?? record?.name ?? previous.speaker;
  const summary = `${name}: "${said}"`;
  return {
    sentence,
    trigger,
    speaker: previous.speaker,
    how: "continued quote",
    kind: classified.kind,
    coding: classified.coding,
    region: [0, tokens.length],
    content: 0,
    saying: [0, 0],
    conditions,
    targets: [],
    quote: said,
    summary: summary.length > 240 ? `${summary.slice(0, 237)}…` : summary,
    title: titleFor(shortNameOf(name, record?.existing?.type ?? record?.type ?? ""), classified.kind, said, "", false),
    confidence: Math.round(previous.confidence * 0.8 * 100) / 100,
    repeats: [],
    notes: ["speaker: the speaker of the quote in the sentence before, which this one continues"],
  };
}
