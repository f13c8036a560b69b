import type { Token } from "../text/tokenize.js";
import { joinName, matchTitled, nameAliases, nameRun, taggedPerson } from "./names.js";
import type { ActorRecord, ActorStore } from "./store.js";
import { untaggedName } from "./untagged-name.js";

/** A stretch of a sentence that names (or points back to) an actor. */
export interface Mention {
  start: number;
  end: number;
  key: string;
  via: "name" | "title" | "role" | "phrase" | "pronoun";
  /** The last word is a possessive ("Putin's", "his"). */
  poss: boolean;
}

/** Who the text has been talking about, for resolving "he", "his", "they". */
export interface Discourse {
  /** Person keys, most recent speaker first. */
  speakers: string[];
  /** Person keys, most recently mentioned first. */
  persons: string[];
  /** Keys of states, organisations and groups, most recent first. */
  bodies: string[];
  /** The subject of the last sentence's main clause ("Defence ministers of …"), for "they" in the next. */
  subject?: string;
}

const GROUP_NOUNS =
  /^(officials|government|authorities|leadership|diplomats|negotiators|delegation|administration|military|forces|troops|army|side|junta|regime|cabinet)$/;
// "<Demonym> embassy": a body of that state with a voice of its own.
const BODY_NOUNS = /^(embassy|consulate|navy|coastguard)$/;
// "Defence ministers of the …", "leaders of …": people who speak for the body named after "of".
const OFFICE_PLURALS =
  /^(ministers|presidents|leaders|heads|envoys|ambassadors|officials|members|representatives|delegates|delegations|chiefs|commanders|spokesmen)$/;
// Capitalised at a sentence start, and sometimes tagged as names, but never names.
const NOT_NAMES = /^(i|we|you|he|she|it|they|me|us|him|her|them|our|their|his|its|this|that|these|those|there)$/;
const PORTFOLIO = /^(foreign|defence|defense|finance|interior|trade|economy|health|energy|agriculture)$/;
const NUMBERS = /^(two|three|four|five|six|seven|eight|nine|ten|both)$/;
const FEMALE_TITLES = /^(spokeswoman|chairwoman|congresswoman|queen|princess|empress|madam|mrs|ms)$/;
const MALE_TITLES = /^(spokesman|chairman|congressman|king|prince|emperor|emir|sheikh|ayatollah|mr)$/;
const ALLIES = /^(allies|partners|backers|supporters)$/;
const PERSONAL = /^(he|him|his|himself|she|her|hers|herself)$/;
const COLLECTIVE = /^(they|them|their|themselves)$/;
const NEUTER = /^(it|its)$/;

/** A fresh discourse, before the first sentence. */
export function newDiscourse(): Discourse {
  return { speakers: [], persons: [], bodies: [] };
}

/**
 * Finds the actors named in a sentence: titled people, known phrases (countries,
 * capitals, organisations, groups, people met earlier), "<Demonym> officials",
 * "X's allies", names compromise tags as people, and pronouns resolved against the
 * discourse so far.
 */
export function findMentions(
  tokens: readonly Token[],
  store: ActorStore,
  discourse: Discourse,
  skip: (i: number) => boolean = () => false,
): Mention[] {
  const mentions: Mention[] = [];
  const bases = tokens.map((t) => t.base);
  const texts = tokens.map((t) => t.text);
  let i = 0;
  while (i < tokens.length) {
    if (skip(i)) {
      i++;
      continue;
    }
    const m = mentionAt(tokens, bases, texts, i, store, discourse, mentions);
    if (m) {
      mentions.push(m);
      const record = store.records.get(m.key);
      if (record && m.via !== "pronoun") {
        record.forms.add(surface(tokens, m));
        learn(record, tokens, m, store);
      }
      i = m.end;
    } else i++;
  }
  return mentions;
}

/**
 * What a mention tells about its actor: the head noun it was named by ("the Foreign
 * Ministry" → ministry, "Defence ministers of …" → ministers, "an armed group" → group),
 * for a later "the ministry"; and a person's gender from a first name or a title.
 */
function learn(record: ActorRecord, tokens: readonly Token[], m: Mention, store: ActorStore): void {
  const words = tokens.slice(m.start, m.end);
  if (record.type === "person") {
    if (record.gender) return;
    const gendered = words.find(
      (t) =>
        t.tags.has("FemaleName") || t.tags.has("MaleName") || FEMALE_TITLES.test(t.base) || MALE_TITLES.test(t.base),
    );
    if (gendered) record.gender = gendered.tags.has("FemaleName") || FEMALE_TITLES.test(gendered.base) ? "f" : "m";
    return;
  }
  const of = words.findIndex((t, n) => n > 0 && t.base === "of");
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  if (!head || /^(the|a|an)$/.test(head.base)) return;
  if (head.cap && !store.lexicon.orgHeads.includes(head.base)) return;
  if (!record.heads) record.heads = new Set();
  record.heads.add(head.base);
}

function mentionAt(
  tokens: readonly Token[],
  bases: string[],
  texts: string[],
  i: number,
  store: ActorStore,
  discourse: Discourse,
  before: readonly Mention[],
): Mention | undefined {
  const t = tokens[i] as Token;
  const titled = matchTitled(tokens, i, store, discourse.persons);
  if (titled) {
    // "…," the former minister added': an office named for the first time, with "the",
    // right after a person spoke, is that person described, not somebody new.
    const described =
      titled.via === "role" && t.base === "the" && titled.record.forms.size === 0
        ? lastSpeakerFitting(store, discourse, titled.record.title, titled.record.country)
        : undefined;
    return make(i, titled.end, described ?? titled.record.key, described ? "phrase" : titled.via, tokens);
  }
  const office = officePlural(tokens, bases, texts, i, store, discourse);
  if (office) return office;
  const hit = store.match(bases, texts, i);
  const org = orgRun(tokens, i, store);
  if (org && (!hit || org.end > i + hit[0])) return make(i, org.end, org.key, "name", tokens);
  // "Kim Yo Jong" after "Kim Jong Un": a known person's surname that runs on into more
  // name words is another person's name, not that person.
  const longerName =
    hit !== undefined &&
    store.records.get(hit[1])?.type === "person" &&
    !tokens[i + hit[0] - 1]?.poss &&
    taggedPerson(tokens, i) > i + hit[0] &&
    nameRun(tokens, i) > i + hit[0];
  if (hit && !longerName) {
    const [length, key] = hit;
    let end = i + length;
    const record = store.records.get(key);
    // "Ukraine's allies", "Ukraine and its European allies": the allies, not the country.
    const allies = alliesAfter(tokens, end);
    if (record?.type === "state" && allies && (tokens[end - 1]?.poss || allies.viaAnd)) {
      const group = store.ensure({ key: `allies:${key}`, name: `${record.name}'s allies`, type: "collective" });
      return make(i, allies.end, group.key, "phrase", tokens);
    }
    if (record?.type === "state" && GROUP_NOUNS.test(tokens[end]?.base ?? "") && tokens[end - 1]?.poss) end++;
    // "NATO ambassadors", "EU foreign ministers": office holders speaking for the body.
    const office = PORTFOLIO.test(tokens[end]?.base ?? "") ? end + 1 : end;
    if (
      record &&
      record.type !== "person" &&
      !tokens[end - 1]?.poss &&
      OFFICE_PLURALS.test(tokens[office]?.base ?? "")
    ) {
      end = office + 1;
      if (!record.heads) record.heads = new Set();
      record.heads.add(tokens[office]?.base as string);
    }
    return make(i, end, key, "phrase", tokens);
  }
  const demonym = store.demonyms.get(t.text.toLowerCase());
  if (demonym && t.cap && GROUP_NOUNS.test(tokens[i + 1]?.base ?? "")) {
    const record = store.country(demonym);
    if (record) return make(i, i + 2, record.key, "phrase", tokens);
  }
  const body = tokens[i + 1]?.base ?? "";
  if (demonym && t.cap && BODY_NOUNS.test(body)) {
    const name = `${t.text} ${body}`;
    const record = store.ensure({ key: `org:${name.toLowerCase()}`, name, type: "organization", country: demonym });
    return make(i, i + 2, record.key, "name", tokens);
  }
  if (t.cap && !NOT_NAMES.test(t.base)) {
    const end = taggedPerson(tokens, i);
    if (end > i && !(i === 0 && end === i + 1 && !t.tags.has("Person"))) {
      const run = tokens.slice(i, end);
      const name = joinName(run);
      const record = store.ensure({ key: `person:${name.toLowerCase()}`, name, type: "person" }, nameAliases(run));
      return make(i, end, record.key, "name", tokens);
    }
  }
  const unknown = t.cap && !NOT_NAMES.test(t.base) ? untaggedName(tokens, i, store.lexicon) : i;
  if (unknown > i) {
    const run = tokens.slice(i, unknown);
    const name = joinName(run);
    const record = store.ensure({ key: `person:${name.toLowerCase()}`, name, type: "person" }, nameAliases(run));
    return make(i, unknown, record.key, "name", tokens);
  }
  const definite = definiteAt(tokens, i, store, discourse, before);
  if (definite) return definite;
  const role = roleAt(tokens, i);
  if (role) {
    const described = lastSpeakerFitting(store, discourse, tokens[role - 1]?.base);
    if (described) return make(i, role, described, "phrase", tokens);
  }
  const pronoun = resolvePronoun(t.base, before, store, discourse);
  if (pronoun) return make(i, i + 1, pronoun, "pronoun", tokens);
  return undefined;
}

/**
 * "Defence ministers of the Alliance of …", "leaders of the G7": office holders who
 * speak for the body named after "of"; the mention stands for that body.
 */
function officePlural(
  tokens: readonly Token[],
  bases: string[],
  texts: string[],
  i: number,
  store: ActorStore,
  discourse: Discourse,
): Mention | undefined {
  let j = i;
  if (bases[j] === "the") j++;
  while (j < i + 3 && tokens[j]?.cap && !OFFICE_PLURALS.test(bases[j] ?? "")) j++;
  if (!OFFICE_PLURALS.test(bases[j] ?? "") || bases[j + 1] !== "of" || /[,;:]/.test(tokens[j]?.post ?? ""))
    return undefined;
  const at = bases[j + 2] === "the" ? j + 3 : j + 2;
  const inner = mentionAt(tokens, bases, texts, at, store, discourse, []);
  if (!inner || inner.via === "pronoun" || store.records.get(inner.key)?.type === "person") return undefined;
  const record = store.records.get(inner.key) as ActorRecord;
  if (!record.heads) record.heads = new Set();
  record.heads.add(bases[j] as string);
  return make(i, inner.end, inner.key, "phrase", tokens);
}

/**
 * "The ministry", "the army", "the three ministers": a definite description whose noun
 * is the head of a body named before (in this sentence or, most recent first, earlier).
 */
function definiteAt(
  tokens: readonly Token[],
  i: number,
  store: ActorStore,
  discourse: Discourse,
  before: readonly Mention[],
): Mention | undefined {
  if (tokens[i]?.base !== "the") return undefined;
  let k = i + 1;
  if (NUMBERS.test(tokens[k]?.base ?? "")) k++;
  const head = tokens[k];
  if (!head || (head.cap && !store.lexicon.orgHeads.includes(head.base)) || tokens[k + 1]?.tags.has("Noun"))
    return undefined;
  const keys = [...[...before].reverse().map((m) => m.key), ...discourse.bodies];
  const key = keys.find((x) => store.records.get(x)?.heads?.has(head.base));
  return key ? make(i, k + 1, key, "phrase", tokens) : undefined;
}

// Nouns that describe one person by an office or role ("the official", "the spokesman").
const ROLE_NOUNS =
  /^(official|spokesman|spokeswoman|spokesperson|diplomat|envoy|minister|president|leader|dictator|chief|adviser|advisor|lawmaker|commander|general)$/;

/** "the official", "the former spokesman", "the Venezuelan dictator": the end of the description, or undefined. */
function roleAt(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i]?.base !== "the") return undefined;
  for (let k = i + 1; k < i + 4; k++) {
    const t = tokens[k];
    // "the group's spokesman", "the movement's envoy": a lowercase noun names whose office it is.
    if (t?.poss && k === i + 1 && !t.cap && ROLE_NOUNS.test(tokens[k + 1]?.base ?? "")) continue;
    if (!t || t.poss) return undefined;
    if (ROLE_NOUNS.test(t.base)) {
      // "the chief of the news section", "the minister Ana Ruiz": somebody named or placed anew.
      const next = tokens[k + 1];
      return next && (next.base === "of" || next.cap || (next.tags.has("Noun") && !next.tags.has("Pronoun")))
        ? undefined
        : k + 1;
    }
    if (!(t.tags.has("Adjective") || (t.cap && !t.tags.has("Verb")))) return undefined;
  }
  return undefined;
}

/**
 * The person who spoke last, when a description can stand for them: their country is
 * not another one, and their title, when known, ends in the description's office noun.
 */
function lastSpeakerFitting(
  store: ActorStore,
  discourse: Discourse,
  title: string | undefined,
  country?: string,
): string | undefined {
  const key = discourse.speakers[0];
  const r = key ? store.records.get(key) : undefined;
  if (r?.type !== "person" || r.commentator) return undefined;
  if (country && r.country && r.country !== country) return undefined;
  const head = title?.toLowerCase().split(/\s+/).pop();
  if (r.title && head && !r.title.toLowerCase().endsWith(head)) return undefined;
  return r.key;
}

/**
 * "The United Nations Command", "the Caribbean Community": capitalised words ending in
 * an organisation word of the lexicon name an organisation, known or not.
 */
function orgRun(tokens: readonly Token[], i: number, store: ActorStore): { end: number; key: string } | undefined {
  let k = i;
  if (tokens[k]?.base === "the") k++;
  const start = k;
  let last = -1;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    const inner = k > start && /^(of|for|and|on)$/.test(t.base) && tokens[k + 1]?.cap;
    if (!(t.cap || inner)) break;
    if (t.cap && store.lexicon.orgHeads.includes(t.base)) last = k;
    if (/[,;:.!?]/.test(t.post) || (t.poss && !tokens[k + 1]?.cap)) break;
    k++;
  }
  // "Alliance of Sahel States", "League of Arab States": an organisation word, then "of" and a name.
  const first = tokens[start];
  if (
    last <= start &&
    first?.cap &&
    store.lexicon.orgHeads.includes(first.base) &&
    /^(of|for)$/.test(tokens[start + 1]?.base ?? "") &&
    !/[,;:.!?]/.test(first.post) &&
    k > start + 2
  )
    last = k < tokens.length && tokens[k]?.cap ? k : k - 1;
  if (last <= start) return undefined;
  const words = tokens.slice(start, last + 1);
  const name = words.map((t, n) => (n === words.length - 1 ? t.text.replace(/['’]s$/, "") : t.text)).join(" ");
  const known = store.match(
    words.map((t) => t.base),
    words.map((t) => t.text),
    0,
  );
  if (known && known[0] === words.length) return { end: last + 1, key: known[1] };
  const demonym = store.demonyms.get(words[0]?.text.toLowerCase() ?? "");
  const record = store.ensure({
    key: `org:${name.toLowerCase()}`,
    name,
    type: "organization",
    ...(demonym ? { country: demonym } : {}),
  });
  return { end: last + 1, key: record.key };
}

function alliesAfter(tokens: readonly Token[], k: number): { end: number; viaAnd: boolean } | undefined {
  let j = k;
  let viaAnd = false;
  if (tokens[j]?.base === "and" && /^(its|their)$/.test(tokens[j + 1]?.base ?? "")) {
    j += 2;
    viaAnd = true;
  }
  if (tokens[j]?.cap && !ALLIES.test(tokens[j]?.base ?? "")) j++; // "European allies"
  return ALLIES.test(tokens[j]?.base ?? "") ? { end: j + 1, viaAnd } : undefined;
}

/**
 * The actor a pronoun stands for: for he/his, a person named earlier in the sentence
 * as its subject, else the last person who spoke, else the last person named; for
 * they/their and it/its, the last state, organisation or group.
 */
function resolvePronoun(
  word: string,
  before: readonly Mention[],
  store: ActorStore,
  discourse: Discourse,
): string | undefined {
  const isPerson = (m: Mention) => store.records.get(m.key)?.type === "person";
  if (PERSONAL.test(word)) {
    // "she" is never a man the text has shown to be one, nor "he" a woman.
    const gender = /^(she|her|hers|herself)$/.test(word) ? "f" : "m";
    const fits = (key: string | undefined) => {
      const g = key ? store.records.get(key)?.gender : undefined;
      return key !== undefined && (g === undefined || g === gender);
    };
    const first = before.find(isPerson);
    const key =
      first && before.indexOf(first) === 0 && fits(first.key)
        ? first.key
        : (discourse.speakers.find(fits) ??
          discourse.persons.find(fits) ??
          before
            .filter(isPerson)
            .map((m) => m.key)
            .reverse()
            .find(fits));
    const record = key ? store.records.get(key) : undefined;
    if (record && !record.gender) record.gender = gender;
    return key;
  }
  if (COLLECTIVE.test(word)) {
    const people = before.filter(isPerson);
    if (people.length >= 2) return people[0]?.key; // "Ali and Maduro met …, where they agreed"
  }
  if (COLLECTIVE.test(word) || NEUTER.test(word)) {
    const body = [...before].reverse().find((m) => !isPerson(m));
    if (body) return body.key;
    // "Defence ministers of X met … . In a statement, they praised …": the last subject, not the last place named.
    const subject = discourse.subject ? store.records.get(discourse.subject) : undefined;
    // "The ministry said the talks in Kinshasa failed. It accused …": likewise for "it".
    if (subject && subject.type !== "person" && !subject.commentator) return subject.key;
    return discourse.bodies[0];
  }
  return undefined;
}

function make(start: number, end: number, key: string, via: Mention["via"], tokens: readonly Token[]): Mention {
  return {
    start,
    end,
    key,
    via,
    poss: Boolean(tokens[end - 1]?.poss) || /^(his|her|its|their)$/.test(tokens[end - 1]?.base ?? ""),
  };
}

function surface(tokens: readonly Token[], m: Mention): string {
  return tokens
    .slice(m.start, m.end)
    .map((t, n, all) =>
      n === all.length - 1 ? t.text.replace(/['’]s$/, "") : t.text + (t.post.trim() === "-" ? "-" : " "),
    )
    .join("")
    .replace(/^the /i, "");
}

/** Records who was mentioned and who spoke, after a sentence. */
export function updateDiscourse(
  discourse: Discourse,
  mentions: readonly Mention[],
  speakers: readonly string[],
  store: ActorStore,
  subject?: string,
): void {
  discourse.subject = subject;
  const push = (list: string[], key: string) => {
    const at = list.indexOf(key);
    if (at >= 0) list.splice(at, 1);
    list.unshift(key);
  };
  for (const m of mentions) {
    const r: ActorRecord | undefined = store.records.get(m.key);
    if (!r || r.commentator) continue;
    if (r.type === "person") push(discourse.persons, m.key);
    else push(discourse.bodies, m.key);
  }
  // The speaker named first in the sentence goes to the front: the subject of the main
  // clause usually comes before a speaker inside an aside (", moments after X announced …,
  // said"), whichever of their verbs comes first.
  const first = new Map<string, number>();
  for (const m of mentions) if (!first.has(m.key)) first.set(m.key, m.start);
  const firstAt = (key: string) => first.get(key) ?? Number.POSITIVE_INFINITY;
  const ordered = [...new Set(speakers)].sort((a, b) => firstAt(a) - firstAt(b));
  for (const s of ordered.reverse()) if (store.records.get(s)?.type === "person") push(discourse.speakers, s);
}
