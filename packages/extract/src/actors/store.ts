import type { Actor, ActorType } from "@briefline/core";
import type { Lexicon } from "../lexicon/types.js";
import { normalizePhrase } from "../text/normalize.js";

/** An actor as the extractor knows it: found in the text, the lexicon or the given chronicle. */
export interface ActorRecord {
  key: string;
  name: string;
  type: ActorType;
  country?: string;
  title?: string;
  /** Surface forms met in the article. */
  forms: Set<string>;
  /** The analyst's actor this record stands for, when a chronicle was given. */
  existing?: Actor;
  commentator?: boolean;
  /** Head nouns it has been named by ("ministry", "army", "ministers"), for "the ministry" later on. */
  heads?: Set<string>;
  /** For a person: the organisation whose office they hold ("the EU's foreign policy chief"). */
  body?: string;
  /** A person's grammatical gender, when a first name, a title or a pronoun told it. */
  gender?: "m" | "f";
}

/** A phrase of the gazetteer and whether its capitals must match. */
interface Entry {
  words: string[];
  key: string;
  /** Per word: must match exactly (acronyms) or case-insensitively. */
  exact: boolean[];
  /** A capitalised single word matches only a capitalised token ("Kim" but not "kim"). */
  needsCap: boolean;
}

// The gazetteer of each lexicon without analyst's actors, and whether one is being built.
const bases = new WeakMap<Lexicon, ActorStore>();
let building = false;

/**
 * The actors of one extraction: a gazetteer of phrases (from the analyst's chronicle
 * first, then the lexicon's countries, organisations and groups, then people found in
 * the text) and the records they point to.
 */
export class ActorStore {
  readonly records = new Map<string, ActorRecord>();
  private readonly entries = new Map<string, Entry[]>();
  readonly demonyms = new Map<string, string>();

  constructor(
    readonly lexicon: Lexicon,
    existing: readonly Actor[] = [],
  ) {
    // Without an analyst's actors the gazetteer depends on the lexicon alone: it is built
    // once per lexicon and copied (building it was a few per cent of every extraction).
    if (existing.length === 0 && !building) {
      let base = bases.get(lexicon);
      if (!base) {
        building = true;
        try {
          base = new ActorStore(lexicon);
        } finally {
          building = false;
        }
        bases.set(lexicon, base);
      }
      for (const [key, r] of base.records)
        this.records.set(key, { ...r, forms: new Set(r.forms), ...(r.heads ? { heads: new Set(r.heads) } : {}) });
      for (const [word, list] of base.entries) this.entries.set(word, [...list]);
      for (const [word, iso3] of base.demonyms) this.demonyms.set(word, iso3);
      return;
    }
    for (const actor of existing) this.addExisting(actor);
    for (const c of lexicon.countries) {
      const key = this.countryKey(c.iso3, c.name);
      for (const p of [c.name, ...(c.aliases ?? []), ...(c.metonyms ?? [])]) this.addPhrase(p, key);
      for (const d of c.demonyms ?? []) this.demonyms.set(d.toLowerCase(), c.iso3);
    }
    for (const [name, ...aliases] of lexicon.organizations) {
      if (!name) continue;
      const key = this.matchExisting([name, ...aliases]) ?? `org:${normalizePhrase(name)}`;
      if (!this.records.has(key)) this.records.set(key, { key, name, type: "igo", forms: new Set() });
      for (const p of [name, ...aliases]) this.addPhrase(p, key);
    }
    for (const g of lexicon.groups) {
      const key = this.matchExisting([g.name, ...g.phrases]) ?? `group:${normalizePhrase(g.name)}`;
      if (!this.records.has(key))
        this.records.set(key, {
          key,
          name: g.name,
          type: g.type,
          forms: new Set(),
          ...(g.commentator ? { commentator: true } : {}),
        });
      else if (g.commentator) (this.records.get(key) as ActorRecord).commentator = true;
      for (const p of g.phrases) this.addPhrase(p, key);
    }
  }

  /** The record of a country, by ISO code (the analyst's state actor when there is one). */
  country(iso3: string): ActorRecord | undefined {
    const entry = this.lexicon.countries.find((c) => c.iso3 === iso3);
    return entry ? this.records.get(this.countryKey(iso3, entry.name)) : undefined;
  }

  /** Adds a record (or returns the one with its key) and makes its phrases findable. */
  ensure(record: Omit<ActorRecord, "forms">, phrases: readonly string[] = []): ActorRecord {
    const key = this.matchExisting([record.name, ...phrases]) ?? record.key;
    let found = this.records.get(key);
    if (!found) {
      found = { ...record, key, forms: new Set() };
      this.records.set(key, found);
    }
    for (const p of [record.name, ...phrases]) this.addPhrase(p, key);
    return found;
  }

  /** Makes a phrase point at a record from now on (a surname after the full name). */
  addPhrase(phrase: string, key: string): void {
    const raw = phrase.trim().split(/\s+/);
    const words = raw.map((w) => normalizePhrase(w));
    if (words.length === 0 || !words[0]) return;
    const exact = raw.map((w) => /^[A-Z][A-Z.]+$/.test(w) && w.length > 1);
    const needsCap = raw.length === 1 && /^\p{Lu}/u.test(raw[0] ?? "");
    const list = this.entries.get(words[0]) ?? [];
    if (list.some((e) => e.words.join(" ") === words.join(" "))) return;
    list.push({ words, key, exact, needsCap });
    list.sort((a, b) => b.words.length - a.words.length);
    this.entries.set(words[0], list);
  }

  /** The longest phrase starting at `bases[i]`, as [length, key]. */
  match(bases: readonly string[], texts: readonly string[], i: number): [number, string] | undefined {
    const first = bases[i];
    if (first === undefined) return undefined;
    for (const e of this.entries.get(first) ?? []) {
      if (i + e.words.length > bases.length) continue;
      let ok = true;
      for (let k = 0; k < e.words.length && ok; k++) {
        const text = texts[i + k] ?? "";
        ok =
          bases[i + k] === e.words[k] &&
          (!e.exact[k] || text.replace(/['’]s$/, "") === text.replace(/['’]s$/, "").toUpperCase());
      }
      if (ok && e.needsCap && !/^\p{Lu}/u.test(texts[i] ?? "")) ok = false;
      if (ok) return [e.words.length, e.key];
    }
    return undefined;
  }

  private countryKey(iso3: string, name: string): string {
    const key = `country:${iso3}`;
    if (!this.records.has(key)) {
      const existing = [...this.records.values()].find(
        (r) => r.existing && r.existing.type === "state" && r.existing.country === iso3,
      );
      if (existing) return existing.key;
      this.records.set(key, { key, name, type: "state", country: iso3, forms: new Set() });
    }
    return key;
  }

  private addExisting(actor: Actor): void {
    const key = `existing:${actor.id}`;
    this.records.set(key, {
      key,
      name: actor.name,
      type: actor.type,
      ...(actor.country ? { country: actor.country } : {}),
      ...(actor.title ? { title: actor.title } : {}),
      forms: new Set(),
      existing: actor,
    });
    const phrases = [actor.name, ...(actor.aliases ?? [])];
    // Later mentions of a person use the surname alone, even when the analyst did not list it.
    const parts = actor.name.split(/\s+/);
    if (actor.type === "person" && parts.length > 1) phrases.push(parts[parts.length - 1] as string);
    for (const p of phrases) this.addPhrase(p, key);
  }

  private matchExisting(phrases: readonly string[]): string | undefined {
    const wanted = new Set(phrases.map(normalizePhrase));
    for (const r of this.records.values()) {
      if (!r.existing) continue;
      const names = [r.existing.name, ...(r.existing.aliases ?? [])].map(normalizePhrase);
      if (names.some((n) => wanted.has(n))) return r.key;
    }
    return undefined;
  }
}
