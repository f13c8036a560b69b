import { phraseAt, phraseIndex } from "../text/phrase-index.js";
import type { Token } from "../text/tokenize.js";
import type { ActorRecord, ActorStore } from "./store.js";

const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "bint",
  "ibn",
  "abu",
  "de",
  "da",
  "van",
  "von",
  "der",
  "le",
  "la",
  "du",
  "dos",
]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii"]);
const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];
const MINISTRY = /^(defen[cs]e|foreign|interior|home|war|state|justice|finance)$/;
const STATE_NOUNS = /^(country|nation|kingdom|republic|state|government)$/;

/** A person or office found at a place in a sentence. */
export interface NameMatch {
  end: number;
  record: ActorRecord;
  via: "name" | "title" | "role";
}

/**
 * Reads "[Russian | Sudan's | the] <title> <Name>" ("Russian President Vladimir Putin",
 * "Sudan's army chief Abdel Fattah al-Burhan") or an office without a name ("the
 * Egyptian foreign minister"), and "<Country's> defence ministry".
 */
export function matchTitled(
  tokens: readonly Token[],
  i: number,
  store: ActorStore,
  recent: readonly string[] = [],
): NameMatch | undefined {
  let k = i;
  // "the …" or "a …": an indefinite office needs a country or a body before it ("a Chinese
  // Commerce Ministry spokesperson"), checked below.
  if (/^(the|a|an)$/.test(tokens[k]?.base ?? "")) k++;
  let country: string | undefined;
  // The organisation the office belongs to ("the European Union's foreign policy chief").
  let body: string | undefined;
  let prefixWords: string[] = [];
  // "the country's president", "the nation's foreign minister": an office of the state in question.
  let anaphoric = false;
  if (k > i && tokens[k]?.poss && STATE_NOUNS.test(tokens[k]?.base ?? "") && titleAt(tokens, k + 1, store)) {
    anaphoric = true;
    k++;
  }
  const { bases, texts } = wordsOf(tokens);
  const demonym = store.demonyms.get(tokens[k]?.text.replace(/['’]s$/, "").toLowerCase() ?? "");
  const hit = anaphoric ? undefined : store.match(bases, texts, k);
  const record0 = hit ? store.records.get(hit[1]) : undefined;
  const adjunct = hit && record0?.type === "state" && titleAt(tokens, k + hit[0], store) > 0; // "Kosovo Prime Minister …"
  if (hit && (tokens[k + hit[0] - 1]?.poss || record0?.type === "igo" || adjunct)) {
    const record = store.records.get(hit[1]);
    country = record?.country;
    if (record?.type !== "state") body = record?.key;
    prefixWords = tokens.slice(k, k + hit[0]).map((t) => t.text);
    k += hit[0];
  } else if (anaphoric) {
    // the holder is looked up below, by office alone
  } else if (demonym && tokens[k]?.cap) {
    country = demonym;
    prefixWords = [tokens[k]?.text ?? ""];
    k++;
  } else {
    // "Foreign Ministry spokesperson …": capitalised words that lead into a title.
    let j = k;
    // Capitalised words, not an all-capitals dateline ("SEOUL —").
    while (
      j < tokens.length &&
      j - k < 3 &&
      tokens[j]?.cap &&
      /\p{Ll}/u.test(tokens[j]?.text ?? "") &&
      !titleAt(tokens, j, store)
    )
      j++;
    // "Ana Ruiz, chairwoman of …": a name and an apposition, not an office's prefix.
    const broken = tokens.slice(k, j).some((t) => /[,;:]/.test(t.post));
    if (j > k && !broken && titleAt(tokens, j, store)) {
      prefixWords = tokens.slice(k, j).map((t) => t.text);
      k = j;
    }
  }
  // "<Country's> defence ministry": a government body of that country.
  if (
    country &&
    MINISTRY.test(tokens[k]?.base ?? "") &&
    /^ministry$/.test(tokens[k + 1]?.base ?? "") &&
    !officeAt(tokens, k + 2, store)
  ) {
    const body = `${tokens[k]?.base} ministry`;
    const name = `${store.country(country)?.name ?? country} ${body}`;
    const record = store.ensure({ key: `org:${country}:${body}`, name, type: "organization", country }, [
      tokens
        .slice(i, k + 2)
        .map((t) => t.text)
        .join(" "),
    ]);
    return { end: k + 2, record, via: "name" };
  }
  // "Commerce Ministry spokesperson", "foreign ministry official": an office of a body.
  const office = bodyOffice(tokens, k, store);
  if (office) {
    prefixWords = [...prefixWords, ...office.words];
    k = office.at;
  }
  const title = officeAt(tokens, k, store);
  if (!title) return undefined;
  const titleText = tokens
    .slice(k, k + title)
    .map((t) => t.text)
    .join(" ");
  k += title;
  const nameEnd = nameRun(tokens, k);
  const role = [...prefixWords, titleText].join(" ");
  if (nameEnd > k) {
    const name = joinName(tokens.slice(k, nameEnd));
    const known = store.match(bases, texts, k);
    if (known && known[0] === nameEnd - k)
      return { end: nameEnd, record: store.records.get(known[1]) as ActorRecord, via: "name" };
    const record = store.ensure(
      {
        key: `person:${name.toLowerCase()}`,
        name,
        type: "person",
        ...(country ? { country } : {}),
        ...(body ? { body } : {}),
        title: role,
      },
      [...nameAliases(tokens.slice(k, nameEnd)), ...(prefixWords.length ? [role] : [])],
    );
    return { end: nameEnd, record, via: "title" };
  }
  // An office without a name: the person who holds it in this article (the one named
  // most recently first), else the office itself.
  if (prefixWords.length === 0 && tokens[i]?.base !== "the") return undefined;
  const holders = [...store.records.values()].filter(
    (r) => r.type === "person" && r.title && sameOffice(r, titleText, country),
  );
  const rank = (r: ActorRecord) => {
    const at = recent.indexOf(r.key);
    return at < 0 ? recent.length : at;
  };
  const holder = holders.sort((a, b) => rank(a) - rank(b))[0];
  if (holder) return { end: k, record: holder, via: "title" };
  if (prefixWords.length === 0 || anaphoric) return undefined;
  const record = store.ensure({
    key: `role:${role.toLowerCase()}`,
    name: role,
    type: "person",
    title: titleText,
    ...(country ? { country } : {}),
  });
  return { end: k, record, via: "role" };
}

const words = new WeakMap<readonly Token[], { bases: string[]; texts: string[] }>();

// matchTitled runs at every word of a sentence: its word lists are made once per sentence.
function wordsOf(tokens: readonly Token[]): { bases: string[]; texts: string[] } {
  let found = words.get(tokens);
  if (!found) {
    found = { bases: tokens.map((t) => t.base), texts: tokens.map((t) => t.text) };
    words.set(tokens, found);
  }
  return found;
}

/** Length of the title phrase at `k` (0 when none). */
function titleAt(tokens: readonly Token[], k: number, store: ActorStore): number {
  return phraseAt(phraseIndex(store.lexicon.titles, titleWords), tokens, k)?.words.length ?? 0;
}

const titleWords = (title: string) => [title];

/** A title at `k`, or "official" (not a title before a name: "the official news agency"). */
function officeAt(tokens: readonly Token[], k: number, store: ActorStore): number {
  return titleAt(tokens, k, store) || (tokens[k]?.base === "official" && !tokens[k]?.cap ? 1 : 0);
}

/**
 * Up to three words ending in an organisation's head noun ("Commerce Ministry",
 * "foreign ministry") followed by an office: the body whose office it is.
 */
function bodyOffice(
  tokens: readonly Token[],
  k: number,
  store: ActorStore,
): { words: string[]; at: number } | undefined {
  if (titleAt(tokens, k, store)) return undefined;
  for (let j = k; j < k + 3; j++) {
    const t = tokens[j];
    if (!t || /^(and|of|the|a|an)$/.test(t.base)) return undefined;
    if (store.lexicon.orgHeads.includes(t.base) && officeAt(tokens, j + 1, store))
      return { words: tokens.slice(k, j + 1).map((w) => w.text), at: j + 1 };
    if (/[,;:]/.test(t.post) || t.poss) return undefined;
  }
  return undefined;
}

/** End of a run of name words from `k`: capitals, particles (al-, bin) and Jr. */
export function nameRun(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    const joined = j > k && (tokens[j - 1]?.post ?? "").trim() === "-";
    const particle = PARTICLES.has(t.base) && (t.post.trim() === "-" || tokens[j + 1]?.cap);
    if (!(t.cap || joined || particle) || /^(the|a|an)$/i.test(t.text)) break;
    if (j > k && SUFFIXES.has(t.base)) {
      j++;
      break;
    }
    j++;
    if (/[,;:.!?]/.test(t.post) || t.poss) break;
  }
  return j;
}

/** Whether tokens from `k` look like a person's name to compromise (one word tagged as a name). */
export function taggedPerson(tokens: readonly Token[], k: number): number {
  const end = nameRun(tokens, k);
  if (end === k) return k;
  const run = tokens.slice(k, end);
  return run.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))) ? end : k;
}

/** "Ferdinand Marcos Jr." from its tokens, keeping hyphens ("al-Burhan", "Ching-te"). */
export function joinName(tokens: readonly Token[]): string {
  let out = "";
  tokens.forEach((t, n) => {
    const last = n === tokens.length - 1;
    const word = last ? t.text.replace(/['’]s$/, "") : t.text;
    const dot = SUFFIXES.has(t.base) && t.post.startsWith(".") ? "." : "";
    out += word + dot + (last ? "" : t.post.trim() === "-" ? "-" : " ");
  });
  return out;
}

/**
 * Shorter names for later mentions: the last name unit ("Putin", "al-Burhan" and
 * "Burhan") and, for two-unit names, the first ("Abiy", "Lai" of "Lai Ching-te").
 */
export function nameAliases(tokens: readonly Token[]): string[] {
  const units: Token[][] = [];
  for (const t of tokens.filter((x) => !SUFFIXES.has(x.base))) {
    const prev = units[units.length - 1];
    const joined = prev && (prev[prev.length - 1]?.post.trim() ?? "") === "-";
    if (joined) prev.push(t);
    else units.push([t]);
  }
  if (units.length < 2) return [];
  const out: string[] = [];
  const last = units[units.length - 1] as Token[];
  // A hyphenated given name written lower after the hyphen ("Ching-te") is not a surname.
  const givenCompound = last.length > 1 && !last[last.length - 1]?.cap && !PARTICLES.has(last[0]?.base ?? "");
  if (!givenCompound) {
    out.push(joinName(last));
    if (last.length > 1 && PARTICLES.has(last[0]?.base ?? "")) out.push(joinName(last.slice(1)));
  }
  if (units.length === 2) out.push(joinName(units[0] as Token[]));
  return out.filter(Boolean);
}

function sameOffice(r: ActorRecord, title: string, country: string | undefined): boolean {
  const t = (r.title ?? "").toLowerCase();
  if (!t.endsWith(title.toLowerCase())) return false;
  return country === undefined || r.country === country;
}
