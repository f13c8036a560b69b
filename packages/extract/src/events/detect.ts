import type { EventKind } from "@briefline/core";
import type { EventCue } from "../lexicon/types.js";
import type { FoundStatement } from "../statements/found.js";
import { attributeVerb, mainSubject } from "../statements/speaker.js";
import type { Trigger } from "../statements/triggers.js";
import { commaAfter, mentionEndingAt, type SentenceView } from "../statements/view.js";
import { phraseAt, phraseIndex } from "../text/phrase-index.js";
import type { Sentence } from "../text/tokenize.js";

/** An event read from a sentence. */
export interface FoundEvent {
  sentence: Sentence;
  kind: EventKind;
  title: string;
  /** Token index of the word that names it (for dates and spans). */
  at: number;
  participants: string[];
  location?: string;
  named: boolean;
  confidence: number;
}

const NOT_HAPPENED =
  /^(to|will|would|could|should|may|might|planned|proposed|possible|future|potential|peace|next|upcoming)$/;
const SPEECH_NOUNS = /^(remarks|speech|address|comments|statement|appearance)$/;
const PLACE_PREP = /^(in|at)$/;
// "a charge officials did not address": the verb, not a speech.
const VERBAL_BEFORE = /^(not|n't|did|do|does|would|could|should|must|can|may|might)$/;

/**
 * Finds the events of a sentence: named gatherings ("the Eastern Economic Forum in
 * Vladivostok", kind from their last word) and meetings, visits, calls and speeches
 * named by a noun or verb ("met with …", "meetings with leaders from …", "held a phone
 * call with …"), with their participants and place. Events that have not happened
 * ("offered to host a summit", "will meet", "peace talks" called for) are skipped:
 * they are the content of a statement, not a fact.
 */
export function findEvents(
  view: SentenceView,
  statements: readonly FoundStatement[],
  before: readonly FoundEvent[] = [],
): FoundEvent[] {
  const out: FoundEvent[] = [];
  // Inside what was said ("offered to host a summit"), not in the circumstances before it ("said after talks with X that …").
  const insideStatement = (k: number) =>
    statements.some((s) => (s.content ?? s.region[0]) <= k && k < s.region[1] && s.kind !== "comment");
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const named = namedAt(view, i);
    if (named) {
      const participants: string[] = [];
      const speechOwner = ownerOfSpeech(view, named.start);
      if (speechOwner) participants.push(speechOwner);
      out.push({
        sentence: view.sentence,
        kind: named.kind,
        title: named.title,
        at: named.start,
        participants,
        ...placeAfter(view, named.end),
        named: true,
        confidence: 0.8,
      });
      i = named.end - 1;
      continue;
    }
    const cue = cueAt(view, i);
    if (
      !cue ||
      insideStatement(i) ||
      NOT_HAPPENED.test(tokens[i - 1]?.base ?? "") ||
      (cue.kind === "speech" && VERBAL_BEFORE.test(tokens[i - 1]?.base ?? "")) ||
      proposed(view, i) ||
      view.mentions.some((m) => m.start <= i && i < m.end)
    )
      continue;
    const isVerb = /(ed|et)$/.test(tokens[i]?.base ?? "") || tokens[i]?.tags.has("PastTense") === true;
    const support = isVerb ? undefined : supportVerbAt(view, i);
    const subject = isVerb
      ? verbSubject(view, i)
      : (ownerOf(view, i) ??
        (support !== undefined ? verbSubject(view, support) : undefined) ??
        mainSubject(view, i)?.key ??
        openingSubject(view, i));
    const partners = partnersAfter(view, i + cue.length);
    if (cue.needsPartner && partners.length === 0) continue;
    // "After the meeting, …": a gathering told of before, named again.
    if (tokens[i - 1]?.base === "the" && partners.length === 0 && before.some((e) => e.kind === cue.kind && !e.named))
      continue;
    const participants = [...new Set([...(subject ? coordinated(view, subject, i) : []), ...partners])].filter(
      (p) => !view.store.records.get(p)?.commentator,
    );
    if (participants.length === 0 || (cue.kind === "speech" && participants.length > 1)) continue;
    const text = tokens
      .slice(i, i + cue.length)
      .map((t) => t.text)
      .join(" ");
    const names = participants.map((p) => view.store.records.get(p)?.name ?? p);
    const title = cue.kind === "speech" ? `${names[0]}: ${text}` : `${cap(cue.kind)}: ${names.join(", ")}`;
    out.push({
      sentence: view.sentence,
      kind: cue.kind,
      title,
      at: i,
      participants,
      ...placeAfter(view, i + cue.length),
      named: false,
      confidence: cue.kind === "speech" ? 0.4 : 0.7,
    });
    i += cue.length - 1;
  }
  return out;
}

function namedAt(
  view: SentenceView,
  i: number,
): { start: number; end: number; kind: EventKind; title: string } | undefined {
  const { tokens } = view;
  if (
    !tokens[i]?.cap ||
    view.mentions.some((m) => m.start <= i && i < m.end && view.store.records.get(m.key)?.type !== "igo")
  )
    return undefined;
  let j = i;
  while (
    j < tokens.length &&
    (tokens[j]?.cap || (j > i && /^(of|for|on|and)$/.test(tokens[j]?.base ?? ""))) &&
    !commaAfter(tokens, j - 1 < i ? i - 1 : j - 1)
  ) {
    const kind = view.lexicon.namedEvents[tokens[j]?.base ?? ""];
    if (kind && j > i) {
      const title = tokens
        .slice(i, j + 1)
        .map((t) => t.text)
        .join(" ");
      return { start: i, end: j + 1, kind, title };
    }
    j++;
  }
  // "the SCO summit": an organisation's gathering, named with a lowercase noun.
  const org = view.mentions.find((m) => m.start === i && view.store.records.get(m.key)?.type === "igo");
  const after = org ? tokens[org.end] : undefined;
  const kind = after ? view.lexicon.namedEvents[after.base] : undefined;
  if (org && kind)
    return {
      start: i,
      end: org.end + 1,
      kind,
      title: tokens
        .slice(i, org.end + 1)
        .map((t) => t.text)
        .join(" "),
    };
  return undefined;
}

function cueAt(view: SentenceView, i: number): { kind: EventKind; length: number; needsPartner: boolean } | undefined {
  const hit = phraseAt(phraseIndex(view.lexicon.events, cueWords), view.tokens, i);
  return hit && { kind: hit.item.kind, length: hit.words.length, needsPartner: Boolean(hit.item.needsPartner) };
}

const cueWords = (cue: EventCue) => cue.words;

/** "Armenia and Azerbaijan met": the subject with the actors coordinated before it. */
function coordinated(view: SentenceView, key: string, before: number): string[] {
  const m = [...view.mentions].reverse().find((x) => x.key === key && x.end <= before);
  if (!m) return [key];
  const out = [key];
  let start = m.start;
  for (;;) {
    const joint = view.tokens[start - 1];
    const comma = commaAfter(view.tokens, start - 2);
    if (!joint || !(joint.base === "and" || comma)) break;
    const prev = mentionEndingAt(view, joint.base === "and" ? start - 2 : start - 1);
    if (!prev || prev.via === "pronoun" || prev.poss) break;
    out.unshift(prev.key);
    start = prev.start;
  }
  return out;
}

/** "ready to host a first meeting of experts", "to hold talks": a gathering proposed, not held. */
function proposed(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (
    k > i - 4 &&
    /^(a|an|the|first|new|further|second|joint|emergency|special|another)$/.test(view.tokens[k]?.base ?? "")
  )
    k--;
  return k < i - 1 && view.tokens[k]?.tags.has("Verb") === true && view.tokens[k - 1]?.base === "to";
}

/** "held an emergency meeting", "hosted talks": the verb whose subject holds the gathering. */
function supportVerbAt(view: SentenceView, i: number): number | undefined {
  let k = i - 1;
  while (
    k > i - 4 &&
    !view.tokens[k]?.tags.has("Verb") &&
    /^(a|an|the|their|its|his|her)$|^\p{Ll}+$/u.test(view.tokens[k]?.text ?? "")
  )
    k--;
  const t = view.tokens[k];
  return t && k < i && t.tags.has("PastTense") && !t.tags.has("Participle") ? k : undefined;
}

/** "In a televised address on Tuesday, X said …": a gathering in the opening phrase is the main subject's. */
function openingSubject(view: SentenceView, i: number): string | undefined {
  const { tokens } = view;
  const OPENER = /^(in|at|during|after|following|on)$/;
  // "Last week, in a visit to …, the president said": a time phrase may come first.
  const first = tokens.findIndex((_, k) => commaAfter(tokens, k));
  const start = OPENER.test(tokens[0]?.base ?? "") ? 0 : first >= 0 && first < i ? first + 1 : -1;
  if (start < 0 || !OPENER.test(tokens[start]?.base ?? "")) return undefined;
  const comma = tokens.findIndex((_, k) => k >= start && commaAfter(tokens, k));
  if (comma < i) return undefined;
  return mainSubject(view, tokens.length)?.key;
}

function verbSubject(view: SentenceView, i: number): string | undefined {
  const fake = {
    at: i,
    end: i + 1,
    pos: "verb",
    form: "past",
    kind: "comment",
    cameo: "040",
    plover: "CONSULT",
    past: "",
    lemma: "",
  } as Trigger;
  const who = attributeVerb(view, fake, []);
  return who && !("passive" in who) ? who.key : undefined;
}

function ownerOf(view: SentenceView, i: number): string | undefined {
  const m = mentionEndingAt(view, i - 1);
  return m?.poss ? m.key : undefined;
}

/** "His remarks at the forum": the owner of the speech is at the event. */
function ownerOfSpeech(view: SentenceView, start: number): string | undefined {
  let k = start - 1;
  if (view.tokens[k]?.base === "the") k--;
  if (!/^(at|to|during)$/.test(view.tokens[k]?.base ?? "")) return undefined;
  if (SPEECH_NOUNS.test(view.tokens[k - 1]?.base ?? "")) return ownerOf(view, k - 1) ?? mainSubject(view, k)?.key;
  return mainSubject(view, k)?.key;
}

/** Actors after "with", "to" or a visited place: "with leaders from China, India, and North Korea". */
function partnersAfter(view: SentenceView, k: number): string[] {
  const out: string[] = [];
  // "After the meeting, X said": a comma ends the phrase; X is no partner.
  if (commaAfter(view.tokens, k - 1)) return out;
  let j = k;
  if (/^(with|to|between)$/.test(view.tokens[j]?.base ?? "")) j++;
  for (let skip = 0; skip < 3 && !view.mentions.some((m) => m.start === j); skip++) {
    if (
      !/^(leaders|officials|counterparts|counterpart|the|his|her|their|from|of|delegations)$/.test(
        view.tokens[j]?.base ?? "",
      )
    )
      break;
    j++;
  }
  for (;;) {
    const m = view.mentions.find((x) => x.start === j);
    if (!m || PLACE_PREP.test(view.tokens[j - 1]?.base ?? "")) break;
    out.push(m.key);
    j = m.end;
    if (/^(and|or)$/.test(view.tokens[j]?.base ?? "")) j++;
    else if (/^(and)$/.test(view.tokens[j + 0]?.base ?? "") || commaAfter(view.tokens, j - 1)) {
      if (view.tokens[j]?.base === "and") j++;
    } else break;
  }
  return out;
}

function placeAfter(view: SentenceView, k: number): { location?: string } {
  for (let j = k; j < Math.min(view.tokens.length, k + 8); j++) {
    const t = view.tokens[j];
    if (!t || (commaAfter(view.tokens, j - 1) && j > k)) break;
    if (t.base === "in" && view.tokens[j + 1]?.cap) {
      const place = view.tokens[j + 1];
      if (
        place &&
        (place.tags.has("Place") || place.tags.has("City") || view.mentions.some((m) => m.start === j + 1))
      ) {
        const m = view.mentions.find((x) => x.start === j + 1);
        let end = m ? m.end : j + 2;
        while (!m && end < view.tokens.length && view.tokens[end]?.cap && !commaAfter(view.tokens, end - 1)) end++;
        return {
          location: view.tokens
            .slice(j + 1, end)
            .map((x) => x.text.replace(/['’]s$/, ""))
            .join(" "),
        };
      }
    }
  }
  return {};
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
