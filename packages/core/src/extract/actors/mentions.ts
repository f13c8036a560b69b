import type { Token } from "../text/tokenize.js";
import { joinName, matchTitled, nameAliases, taggedPerson } from "./names.js";
import type { ActorRecord, ActorStore } from "./store.js";

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
}

const GROUP_NOUNS =
  /^(officials|government|authorities|leadership|diplomats|negotiators|delegation|administration|military|forces|troops|army|side|junta|regime|cabinet)$/;
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
export function findMentions(tokens: readonly Token[], store: ActorStore, discourse: Discourse): Mention[] {
  const mentions: Mention[] = [];
  const bases = tokens.map((t) => t.base);
  const texts = tokens.map((t) => t.text);
  let i = 0;
  while (i < tokens.length) {
    const m = mentionAt(tokens, bases, texts, i, store, discourse, mentions);
    if (m) {
      mentions.push(m);
      const record = store.records.get(m.key);
      if (record && m.via !== "pronoun") record.forms.add(surface(tokens, m));
      i = m.end;
    } else i++;
  }
  return mentions;
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
  const titled = matchTitled(tokens, i, store);
  if (titled) return make(i, titled.end, titled.record.key, titled.via, tokens);
  const hit = store.match(bases, texts, i);
  const org = orgRun(tokens, i, store);
  if (org && (!hit || org.end > i + hit[0])) return make(i, org.end, org.key, "name", tokens);
  if (hit) {
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
    return make(i, end, key, "phrase", tokens);
  }
  const demonym = store.demonyms.get(t.text.toLowerCase());
  if (demonym && t.cap && GROUP_NOUNS.test(tokens[i + 1]?.base ?? "")) {
    const record = store.country(demonym);
    if (record) return make(i, i + 2, record.key, "phrase", tokens);
  }
  if (t.cap) {
    const end = taggedPerson(tokens, i);
    if (end > i && !(i === 0 && end === i + 1 && !t.tags.has("Person"))) {
      const run = tokens.slice(i, end);
      const name = joinName(run);
      const record = store.ensure({ key: `person:${name.toLowerCase()}`, name, type: "person" }, nameAliases(run));
      return make(i, end, record.key, "name", tokens);
    }
  }
  const pronoun = resolvePronoun(t.base, before, store, discourse);
  if (pronoun) return make(i, i + 1, pronoun, "pronoun", tokens);
  return undefined;
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
    const first = before.find(isPerson);
    if (first && before.indexOf(first) === 0) return first.key;
    return discourse.speakers[0] ?? discourse.persons[0] ?? before.filter(isPerson).pop()?.key;
  }
  if (COLLECTIVE.test(word)) {
    const people = before.filter(isPerson);
    if (people.length >= 2) return people[0]?.key; // "Ali and Maduro met …, where they agreed"
  }
  if (COLLECTIVE.test(word) || NEUTER.test(word)) {
    const body = [...before].reverse().find((m) => !isPerson(m));
    return body?.key ?? discourse.bodies[0];
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
): void {
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
  for (const s of [...speakers].reverse()) if (store.records.get(s)?.type === "person") push(discourse.speakers, s);
}
