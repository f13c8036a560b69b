import type { StatementKind } from "@briefline/core";
import { recentInterval } from "../text/dates.js";
import { classify, fromContent, isDirective } from "./classify.js";
import { type FoundCondition, findConditions, textOf } from "./conditions.js";
import type { FoundStatement } from "./found.js";
import { attributeNoun } from "./noun-speaker.js";
import { answersTo, inferPassive, linkInSentence } from "./references.js";
import { contentStart, hasClause, regionEnd } from "./region.js";
import { type Attribution, attributeVerb } from "./speaker.js";
import { findTargets } from "./targets.js";
import { shortNameOf, titleFor } from "./title.js";
import type { Trigger } from "./triggers.js";
import { commaAfter, isSkippable, type SentenceView } from "./view.js";

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
    // "If the US insists on going its own way, China will fight": an act supposed in a
    // condition is not one reported.
    if (insideCondition(view, trigger.at)) return;
    // "if they pressed on with what it called provocations": a word quoted inside another
    // statement, not a characterisation of its own.
    if (trigger.judges && view.tokens.slice(Math.max(0, trigger.at - 3), trigger.at).some((t) => t.base === "what"))
      return;
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
    const elaborates = attribution.elaborates && last && last.speaker === attribution.key;
    // "…," the spokesman said, calling the claim a provocation: a sharper act in the
    // participle is a statement of its own (the plain comment beside it is dropped below).
    const found =
      !elaborates || last?.kind === "comment" ? build(view, trigger, attribution, end, published) : undefined;
    if (elaborates && last && (!found || found.kind === "comment")) {
      extend(view, last, trigger, end);
      return;
    }
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
  const renamed = rementioned(view, out, before);
  linkInSentence(view, out);
  // "accused the crew of … and said the ship belonged to …": a plain comment beside a
  // sharper act of the same speaker in the sentence is part of it, not a statement of its own.
  return out.filter(
    (s) =>
      !renamed.has(s) &&
      (s.kind !== "comment" || !out.some((o) => o !== s && o.speaker === s.speaker && o.kind !== "comment")) &&
      !attributes(s, out) &&
      !referenced(s, out),
  );
}

/**
 * "Netanyahu rejected the proposal by Hamas", "the US threat … is a mistake, a spokesman
 * said": a statement named by a noun inside another speaker's statement is what that
 * statement is about, not news of its own.
 */
function referenced(s: FoundStatement, all: readonly FoundStatement[]): boolean {
  if (s.trigger.pos !== "noun") return false;
  // "welcomed recent pledges by Poland" tells of new pledges; "the proposal", "Chile's warnings" name known ones.
  const tokens = s.sentence.tokens;
  const known = tokens.slice(Math.max(0, s.trigger.at - 3), s.trigger.at).some((t) => DEFINITE.test(t.base) || t.poss);
  return all.some(
    (o) =>
      o !== s &&
      o.speaker !== s.speaker &&
      o.trigger.pos === "verb" &&
      within(s.trigger.at, o) &&
      (known || s.trigger.at < o.region[0]),
  );
}

const DEFINITE = /^(the|this|that|these|those|its|their|his|her)$/;

/**
 * "The United States urged restraint, a State Department spokesperson said": a plain
 * comment whose words hold another speaker's act of the same sentence only says who
 * reported that act; it is no statement of its own.
 */
function attributes(s: FoundStatement, all: readonly FoundStatement[]): boolean {
  return (
    s.kind === "comment" &&
    s.trigger.neutral === true &&
    all.some(
      (o) =>
        o !== s &&
        o.speaker !== s.speaker &&
        o.kind !== "comment" &&
        o.trigger.pos === "verb" &&
        within(o.trigger.at, s),
    )
  );
}

// The words a statement covers, a quote before its verb included.
function within(at: number, s: FoundStatement): boolean {
  return at >= Math.min(s.region[0], s.content ?? s.region[0]) && at < s.region[1];
}

/** Whether token `at` sits in an "if"/"unless"/"whether" clause that has not yet closed with a comma. */
function insideCondition(view: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    if (commaAfter(view.tokens, k)) return false;
    if (/^(if|unless|whether)$/.test(view.tokens[k]?.base ?? "")) return true;
  }
  return false;
}

const FAMILY: Partial<Record<StatementKind, string>> = {
  threat: "coerce",
  warning: "coerce",
  ultimatum: "coerce",
  demand: "coerce",
  offer: "offer",
  proposal: "offer",
};

/**
 * "X rebuffed the kidnappers' demand" after the article told of that demand: the noun
 * names a statement already read (by the same actor, or by an actor of the same type
 * when one of them is only described, "an armed group" / "the kidnappers"), so it is
 * no new statement; the answer is linked to the one told of before.
 */
function rementioned(
  view: SentenceView,
  found: FoundStatement[],
  before: readonly FoundStatement[],
): Set<FoundStatement> {
  const out = new Set<FoundStatement>();
  const family = (k: StatementKind) => FAMILY[k] ?? k;
  const generic = (key: string) => key.startsWith("group:");
  for (const n of found) {
    if (n.trigger.pos !== "noun" || n.how !== "possessive") continue;
    const outer = found.find((s) => s !== n && s.trigger.at < n.trigger.at && n.trigger.at < s.region[1]);
    if (!outer) continue;
    const mine = view.store.records.get(n.speaker);
    const earlier = [...before].reverse().find((s) => {
      if (view.sentence.index - s.sentence.index > 6 || family(s.kind) !== family(n.kind)) return false;
      if (s.speaker === n.speaker) return true;
      const theirs = view.store.records.get(s.speaker);
      return (generic(s.speaker) || generic(n.speaker)) && theirs?.type === mine?.type;
    });
    if (!earlier) continue;
    out.add(n);
    if (!outer.answers) outer.answers = { to: earlier, type: answerType(outer.kind, earlier.kind) };
  }
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
  // "said they would meet next week": after a reporting verb (but "told", which takes an
  // addressee first) the words said begin right after the verb and its date.
  if (content === undefined && trigger.neutral && trigger.lemma !== "tell") {
    let k = start;
    while (k < end && (view.dateTokens.has(k) || isSkippable(view, k))) k++;
    if (k < end) content = k;
  }
  let said = textOf(view, start, end);
  // "told Fox News that …": the headline takes the words from the content on.
  let gist = content !== undefined && content > start ? textOf(view, content, end) : said;
  let quoted: string | undefined;
  let regionStart = start;
  let regionEnd = end;
  let saying: [number, number] | undefined;
  let conditions: FoundCondition[] | undefined;
  if (trigger.neutral) {
    // Where the words are, when they come before the reporting verb and its subject.
    const subjectAt = who.mention && who.mention.start < trigger.at ? who.mention.start : trigger.at;
    const all = view.tokens.length;
    const lead = leadingQuote(view, subjectAt);
    // "…, the ministry said on Thursday after X began drills": a circumstance after the verb is not what was said.
    const after = hasClause(view, start, end) && !circumstanceAt(view, start, end);
    const clause = lead || after ? undefined : clauseBefore(view, subjectAt);
    const aside = lead || clause ? undefined : asideClose(view, subjectAt, trigger);
    if (lead) {
      // '"We will shoot down every intruder," Kim said': the quote is what was said,
      // whatever follows ("she told reporters as she returned home").
      quoted = lead.text;
      said = quoted;
      gist = said;
      content = 0;
      saying = [trigger.at, all];
      conditions = findConditions(view, 0, lead.end);
      regionEnd = start;
    } else if (clause) {
      // "Stockholm was ready to host talks, she said": the clause before is what was said.
      said = sentenceStart(view, 0, clause);
      gist = said;
      content = 0;
      regionStart = 0;
      regionEnd = clause;
      saying = [trigger.at, all];
      conditions = findConditions(view, 0, clause);
    } else if (aside !== undefined) {
      // "The families, he said, could be certain …": the words around the aside.
      said = `${sentenceStart(view, 0, subjectAt)} ${textOf(view, aside, end)}`;
      gist = said;
      content = 0;
      regionStart = 0;
      saying = [trigger.at, aside];
      conditions = [...findConditions(view, 0, subjectAt), ...findConditions(view, aside, end)];
    } else if (!hasClause(view, start, end) && !(trigger.lemma === "tell" && isDirective(textOf(view, start, end))))
      return undefined;
  }
  conditions ??= findConditions(view, start, end);
  const startsWithTo = view.tokens[content ?? start]?.base === "to";
  let classified = classify(trigger, said, conditions, view.lexicon, startsWithTo);
  if (!classified) return undefined;
  // "X said it would …": the speaker commits itself.
  if (classified.kind === "comment" && trigger.neutral && commitsItself(view, who.key, content ?? start, regionEnd))
    classified = fromContent("assurance", trigger);
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
  const speakerName = record.existing?.name ?? record.name;
  const found: FoundStatement = {
    title: titleFor(
      shortNameOf(speakerName, record.existing?.type ?? record.type),
      classified.kind,
      gist,
      phrase,
      trigger.pos === "verb" && Boolean(trigger.neutral || trigger.content),
    ),
    sentence: view.sentence,
    trigger,
    speaker: who.key,
    how: who.how,
    kind: classified.kind,
    coding: classified.coding,
    // A quote before the verb is what was said; the words after it ("during a visit …") are circumstance.
    region: [regionStart, regionEnd],
    ...(content !== undefined ? { content } : {}),
    ...(saying ? { saying } : {}),
    conditions,
    targets: findTargets(view, trigger, start, Math.max(start, regionEnd), who.key, conditions),
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

/**
 * A quote that opens the sentence and closes right before token `at` (the subject of
 * the reporting verb, or the verb itself in '"…," said the minister'): its text and
 * the token after it.
 */
function leadingQuote(view: SentenceView, at: number): { text: string; end: number } | undefined {
  const subject = view.tokens[at];
  if (!subject || at === 0) return undefined;
  const before = view.sentence.text.slice(0, subject.start - view.sentence.start);
  // compromise starts the sentence after the opening quote mark, so it may be missing here.
  const m = /^\s*[“"]?([^”"]{3,}?)[,.!?]?[”"]\s*$/.exec(before);
  const text = m?.[1]?.replace(/[,.]$/, "").trim();
  return text ? { text, end: at } : undefined;
}

// Words that open an adverbial, not a statement: "When asked about the talks, she said."
const ADVERBIAL = /^(when|while|after|before|asked|speaking|during|following|in|at|on|later|earlier|afterwards)$/;

/**
 * "Stockholm was ready to host talks, she said.": a clause before ", <subject> <verb>"
 * that ends the sentence is what was said. The token where the clause ends, if any.
 */
function clauseBefore(view: SentenceView, at: number): number | undefined {
  const { tokens } = view;
  if (at < 3 || !commaAfter(tokens, at - 1)) return undefined;
  const firstComma = tokens.findIndex((_, k) => commaAfter(tokens, k));
  if (firstComma === at - 1 && ADVERBIAL.test(tokens[0]?.base ?? "")) return undefined;
  return hasClause(view, 0, at) ? at : undefined;
}

/**
 * "The families, he said, could be certain …": the verb and its subject stand between
 * commas inside the clause. The token after the closing comma, if so.
 */
function asideClose(view: SentenceView, at: number, trigger: Trigger): number | undefined {
  const { tokens } = view;
  if (at === 0 || at === trigger.at || !commaAfter(tokens, at - 1)) return undefined;
  for (let k = trigger.end - 1; k < Math.min(tokens.length - 1, trigger.end + 4); k++) {
    if (commaAfter(tokens, k)) return k + 1;
    if (!view.dateTokens.has(k + 1) && k >= trigger.end) return undefined;
  }
  return undefined;
}

/**
 * Words from the start of the sentence, to follow "X said": without a leading "But" or
 * "And", and in lower case unless they begin with a name ("said the police had …").
 */
function sentenceStart(view: SentenceView, from: number, to: number): string {
  let k = from;
  if (/^(but|and|yet|so)$/.test(view.tokens[k]?.base ?? "") && k + 1 < to) k++;
  const text = textOf(view, k, to);
  const first = view.tokens[k];
  const name =
    first && (view.mentions.some((m) => m.start === k && m.via !== "pronoun") || first.tags.has("ProperNoun"));
  return name || /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const CIRCUMSTANCE = /^(after|before|when|while|as|amid|following|during|since|once)$/;

/** Whether the words after a reporting verb open on a circumstance ("after X began drills"), past dates and adverbs. */
function circumstanceAt(view: SentenceView, start: number, end: number): boolean {
  let k = start;
  while (k < end && (view.dateTokens.has(k) || isSkippable(view, k))) k++;
  return CIRCUMSTANCE.test(view.tokens[k]?.base ?? "");
}

/**
 * Whether what was said has the speaker itself (or its state) do something in the
 * future: "Doha would keep its channels open", "the ministry will publish …", "Doha has
 * recalled its envoy and will …".
 */
function commitsItself(view: SentenceView, speaker: string, from: number, to: number): boolean {
  const { tokens } = view;
  let k = from;
  while (k < to && /^(that|but|and)$/.test(tokens[k]?.base ?? "")) k++;
  const m = view.mentions.find((x) => x.start === k || (x.start === k + 1 && tokens[k]?.base === "the"));
  if (!m || m.poss || m.end >= to) return false;
  const self = view.store.records.get(speaker);
  const state = self?.country ? view.store.country(self.country)?.key : undefined;
  if (m.key !== speaker && m.key !== state && m.key !== self?.body) return false;
  // "Doha would …", or after a first verb of the same subject: "Taipei has sent its ships and will …".
  for (let j = m.end; j < Math.min(to, m.end + 8); j++) {
    const t = tokens[j];
    if (!t) break;
    if (/^(would|will|shall|'ll)$/.test(t.base)) return j === m.end || tokens[j - 1]?.base === "and";
    if (t.base === "that" || /[,;:]/.test(t.post)) break;
    if (view.mentions.some((x) => x.start === j && !x.poss && x.via !== "pronoun")) break;
  }
  return false;
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
