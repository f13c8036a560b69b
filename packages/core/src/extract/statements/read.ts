import type { StatementKind } from "../../model/vocabulary.js";
import { recentInterval } from "../text/dates.js";
import { classify } from "./classify.js";
import { findConditions, textOf } from "./conditions.js";
import type { FoundStatement } from "./found.js";
import { attributeNoun } from "./noun-speaker.js";
import { answersTo, inferPassive, linkInSentence } from "./references.js";
import { contentStart, hasClause, regionEnd } from "./region.js";
import { type Attribution, attributeVerb } from "./speaker.js";
import { findTargets } from "./targets.js";
import type { Trigger } from "./triggers.js";
import type { SentenceView } from "./view.js";

const STRENGTH: Record<Attribution["how"], number> = {
  subject: 1,
  coordination: 0.9,
  adjunct: 0.9,
  agent: 0.9,
  relative: 0.9,
  inverted: 0.9,
  possessive: 0.8,
  support: 0.75,
  adjective: 0.6,
};

/**
 * Reads the statements of one sentence: for each trigger, who speaks, what was said,
 * under which conditions, to whom, and what kind of statement it is. `before` holds
 * the statements of earlier sentences, for "this proposal has been rejected".
 */
export function readStatements(
  view: SentenceView,
  before: readonly FoundStatement[],
  published: string,
): FoundStatement[] {
  const out: FoundStatement[] = [];
  const earlier: Array<{ trigger: Trigger; attribution: Attribution }> = [];
  view.triggers.forEach((seen, n) => {
    let trigger = seen;
    const later = view.triggers.slice(n + 1);
    let attribution: Attribution | undefined;
    let inferred: ReturnType<typeof inferPassive>;
    if (trigger.pos === "verb") {
      const a = attributeVerb(view, trigger, earlier);
      if (a && "passive" in a) {
        if (a.negated) return;
        inferred = inferPassive(view, trigger, a.auxStart, before);
        if (!inferred) return;
        attribution = { key: inferred.speaker, how: "agent" };
      } else attribution = a;
    } else {
      const r = attributeNoun(view, trigger, earlier);
      if (r && "attribution" in r) attribution = r.attribution;
    }
    if (
      /^(refuse|decline)$/.test(trigger.lemma) &&
      view.tokens[trigger.end]?.base === "to" &&
      later[0]?.at === trigger.end + 1
    )
      return;
    if (attribution?.negated && trigger.whenNegated)
      trigger = { ...trigger, kind: trigger.whenNegated, cameo: "130", plover: "THREATEN" };
    else if (!attribution || attribution.negated) return;
    const record = view.store.records.get(attribution.key);
    if (!record || record.commentator) return;
    if (!attribution) return;
    earlier.push({ trigger, attribution });
    const end = regionEnd(view, trigger, later);
    const last = out[out.length - 1];
    if (attribution.elaborates && last && last.speaker === attribution.key) {
      extend(view, last, trigger, end);
      return;
    }
    const found = build(view, trigger, attribution, end, published);
    if (!found) return;
    if (inferred) {
      found.answers = { to: inferred.to, type: answerType(found.kind, inferred.to.kind) };
      found.confidence = Math.round(found.confidence * 0.45 * 100) / 100;
      found.notes.push(inferred.note);
      found.summary = `${record.name} ${trigger.past} ${inferred.object}${found.summary.slice(found.summary.indexOf(trigger.past) + trigger.past.length)}`;
    } else {
      const to = answersTo(view, found, before, out);
      if (to) found.answers = { to, type: answerType(found.kind, to.kind) };
    }
    out.push(found);
  });
  linkInSentence(view, out);
  return out;
}

function build(
  view: SentenceView,
  trigger: Trigger,
  who: Attribution,
  end: number,
  published: string,
): FoundStatement | undefined {
  const record = view.store.records.get(who.key);
  if (!record) return undefined;
  const start = trigger.end;
  let content = contentStart(view, start, end);
  let said = textOf(view, start, end);
  let quoted: string | undefined;
  if (trigger.neutral && !hasClause(view, start, end)) {
    // '"We will shoot down every intruder," Kim said': the words come before the verb.
    quoted = quoteBefore(view, trigger.at);
    if (!quoted) return undefined;
    said = quoted;
    content = undefined;
  }
  const conditions = quoted ? [] : findConditions(view, start, end);
  const startsWithTo = view.tokens[content ?? start]?.base === "to";
  const classified = classify(trigger, said, conditions, view.lexicon, startsWithTo);
  if (!classified) return undefined;
  const strength =
    STRENGTH[who.how] *
    (trigger.pos === "verb" ? 0.9 : 0.8) *
    (classified.fromContent ? 0.9 : 1) *
    (classified.kind === "comment" ? 0.6 : 1);
  const phrase =
    trigger.pos === "verb"
      ? `${trigger.past}${particle(view, trigger)}`
      : textOf(view, nounStart(view, trigger), trigger.end);
  const summary = `${record.name}${trigger.pos === "verb" ? " " : ": "}${phrase}${said ? ` ${said}` : ""}`;
  const found: FoundStatement = {
    sentence: view.sentence,
    trigger,
    speaker: who.key,
    how: who.how,
    kind: classified.kind,
    coding: classified.coding,
    // A quote before the verb is what was said; the words after it ("during a visit …") are circumstance.
    region: [start, quoted ? start : end],
    ...(quoted ? { content: view.tokens.length } : content !== undefined ? { content } : {}),
    conditions,
    targets: findTargets(view, trigger, start, end, who.key, conditions),
    summary: summary.length > 240 ? `${summary.slice(0, 237)}…` : summary,
    confidence: Math.round(strength * 100) / 100,
    repeats: [],
    notes: [`speaker: ${describe(who)}`],
  };
  const quote = quoted ?? quoteIn(view, start, end);
  if (quote) found.quote = quote;
  if (trigger.pos === "noun" && /^(recent|latest|earlier|previous)$/.test(view.tokens[trigger.at - 1]?.base ?? ""))
    found.date = {
      value: recentInterval(published),
      note: `date: "${view.tokens[trigger.at - 1]?.text}", taken as the 30 days before publication`,
    };
  return found;
}

function extend(view: SentenceView, main: FoundStatement, trigger: Trigger, end: number): void {
  const conditions = findConditions(view, trigger.end, end).filter(
    (c) => !main.conditions.some((m) => m.start === c.start),
  );
  main.conditions.push(...conditions);
  for (const t of findTargets(view, trigger, trigger.end, end, main.speaker, conditions))
    if (!main.targets.includes(t)) main.targets.push(t);
  main.region = [main.region[0], Math.max(main.region[1], end)];
  const refined = classify(
    { ...trigger, kind: main.kind },
    textOf(view, main.region[0], main.region[1]),
    main.conditions,
    view.lexicon,
    false,
  );
  if (refined?.coding.cameo && main.coding.cameo === "030")
    main.coding = { ...main.coding, cameo: refined.coding.cameo };
  main.notes.push(`"${trigger.past}" read as part of the same statement`);
}

function answerType(kind: StatementKind, to: StatementKind): "rejects" | "responds_to" | "accepts" {
  const answerable = ["offer", "proposal", "demand", "ultimatum", "appeal"].includes(to);
  return kind === "rejection" && answerable ? "rejects" : "responds_to";
}

function particle(view: SentenceView, trigger: Trigger): string {
  return trigger.end > trigger.at + 1 ? ` ${textOf(view, trigger.at + 1, trigger.end)}` : "";
}

function nounStart(view: SentenceView, trigger: Trigger): number {
  let k = trigger.at;
  while (
    k > 0 &&
    /^(recent|latest|new|repeated|renewed|fresh|earlier|public|explicit|specific|conditional)$/.test(
      view.tokens[k - 1]?.base ?? "",
    )
  )
    k--;
  return k;
}

function quoteIn(view: SentenceView, start: number, end: number): string | undefined {
  const first = view.tokens[start];
  const last = view.tokens[end - 1];
  if (!first || !last) return undefined;
  const text = view.sentence.text.slice(first.start - view.sentence.start, last.end - view.sentence.start + 2);
  const quotes = [...text.matchAll(/[“"]([^”"]{2,})[”"]/g)].map((m) => (m[1] ?? "").trim()).filter(Boolean);
  return quotes.length ? quotes.join(" … ") : undefined;
}

function quoteBefore(view: SentenceView, at: number): string | undefined {
  const trigger = view.tokens[at];
  if (!trigger) return undefined;
  const before = view.sentence.text.slice(0, trigger.start - view.sentence.start);
  // compromise starts the sentence after the opening quote mark, so it may be missing here.
  const m = /^\s*[“"]?([^”"]{3,}?)[,.!?]?[”"]\s/.exec(before);
  return m?.[1]?.replace(/[,.]$/, "").trim();
}

function describe(who: Attribution): string {
  const how: Record<Attribution["how"], string> = {
    subject: "the subject of the verb",
    coordination: "the subject shared by coordinated verbs",
    adjunct: "the subject of the main clause",
    agent: "the agent named after the verb",
    relative: "the person the relative clause is about",
    inverted: "named after the reporting verb",
    possessive: "the possessive before the noun",
    adjective: "the state or group the adjective names",
    support: "the subject of the verb that governs the noun",
  };
  return how[who.how];
}
