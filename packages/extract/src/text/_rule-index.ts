// Which of compromise's post-tagger rules a clause calls for, in the order compromise
// runs them, found without visiting every rule that shares a common tag.
//
// compromise lists each rule under every word or tag it needs or wants ("hooks"), visits
// the hooks in their order, keeps the first copy of each rule, then drops those whose
// needs are not all in the clause. A rule kept that way is, at the end, the one whose
// first hook present in the clause comes first (rules under one hook keep the order of
// the rule list). Here each rule is filed under one hook only, the rarest of its needs,
// or under each of its wants when it needs nothing: a clause visits few rules, and the
// ones it keeps are sorted by (first hook present, place in the rule list).

import type { Reg } from "./_first-term.js";

/** A rule of compromise's post-tagger, as built by its `buildNet`. */
export interface Rule {
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

/** compromise's net: rules by hook, and the rules without any (run on every clause). */
export interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

interface Entry {
  rule: Rule;
  /** Place in the list of rules the net was built from (the order under any one hook). */
  rank: number;
  /** Indices (in compromise's hook order) of the hooks the rule is listed under. */
  hooks: number[];
  /** The distinct needs. */
  needs: string[];
  /** The needs and wants as hook indices (-1 for one that is not a hook). */
  needAt: number[];
  wantAt: number[];
  seen: number;
  /** The first hook present in the clause being looked up. */
  first: number;
}

/** Rules filed for the clause's look-up, with the hook order. */
export interface RuleIndex {
  /** The hooks in compromise's visiting order. */
  keys: string[];
  byKey: Map<string, Entry[]>;
  /** Hook → its index in `keys`. */
  keyIndex: Map<string, number>;
  /** Per hook index, the visit in which the clause being looked up has it. */
  present: Int32Array;
  always: Rule[];
  visit: number;
}

/**
 * Files a net's rules for {@link rulesFor}.
 *
 * @example
 * indexRules({ hooks: { "#Verb": [rule] }, always: [] }, [rule]).byKey.get("#Verb")?.length // 1
 */
export function indexRules(net: Net, rules: readonly unknown[]): RuleIndex {
  const keys = Object.keys(net.hooks);
  const rank = new Map<unknown, number>(rules.map((r, i) => [r, i]));
  const entries = new Map<Rule, Entry>();
  keys.forEach((key, k) => {
    for (const rule of net.hooks[key] ?? []) {
      let e = entries.get(rule);
      if (!e) {
        const needs = [...new Set(rule.needs)];
        e = { rule, rank: rank.get(rule) ?? 0, hooks: [], needs, needAt: [], wantAt: [], seen: -1, first: 0 };
        entries.set(rule, e);
      }
      e.hooks.push(k);
    }
  });
  const order = [...entries.values()];
  const size = (key: string) => net.hooks[key]?.length ?? 0;
  const byKey = new Map<string, Entry[]>();
  const file = (key: string, e: Entry) => {
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  };
  for (const e of order) {
    if (e.needs.length > 0) {
      // A word is rarer than a tag; among tags, the one with fewest rules.
      const rarest = [...e.needs].sort(
        (a, b) => Number(a.startsWith("#")) - Number(b.startsWith("#")) || size(a) - size(b),
      )[0] as string;
      file(rarest, e);
    } else for (const want of new Set(e.rule.wants)) file(want, e);
  }
  const keyIndex = new Map(keys.map((k, i) => [k, i]));
  for (const e of order) {
    e.needAt = e.needs.map((n) => keyIndex.get(n) ?? -1);
    e.wantAt = e.rule.wants.map((w) => keyIndex.get(w) ?? -1);
  }
  return { keys, byKey, keyIndex, present: new Int32Array(keys.length), always: net.always, visit: 0 };
}

/**
 * The rules a clause calls for (its words and tags in `haves`), in compromise's order:
 * every need present, no `ifNo` present, enough wants present, and the clause long enough.
 *
 * @example
 * rulesFor(index, new Set(["#Verb", "warned"]), 5) // the rules to try on that clause
 */
export function rulesFor(index: RuleIndex, haves: ReadonlySet<string>, words: number): Rule[] {
  const visit = ++index.visit;
  const present = index.present;
  // Which hooks the clause has, as indices: the tests below are array reads, not set look-ups.
  for (const item of haves) {
    const k = index.keyIndex.get(item);
    if (k !== undefined) present[k] = visit;
  }
  const has = (at: number, key: string) => (at >= 0 ? present[at] === visit : haves.has(key));
  const kept: Entry[] = [];
  for (const item of haves) {
    const filed = index.byKey.get(item);
    if (!filed) continue;
    for (const e of filed) {
      if (e.seen === visit) continue;
      e.seen = visit;
      const r = e.rule;
      if (words < r.minWords) continue;
      let needed = true;
      for (let n = 0; n < e.needs.length && needed; n++) needed = has(e.needAt[n] as number, e.needs[n] as string);
      if (!needed) continue;
      if (r.ifNo?.some((no) => haves.has(no))) continue;
      if (r.wants.length > 0) {
        let hits = 0;
        for (let n = 0; n < r.wants.length; n++) if (has(e.wantAt[n] as number, r.wants[n] as string)) hits++;
        if (hits < r.minWant) continue;
      }
      e.first = firstHook(e, present, visit);
      kept.push(e);
    }
  }
  kept.sort((a, b) => a.first - b.first || a.rank - b.rank);
  const out = kept.map((e) => e.rule);
  for (const r of index.always) if (words >= r.minWords) out.push(r);
  return out;
}

function firstHook(e: Entry, present: Int32Array, visit: number): number {
  for (const k of e.hooks) if (present[k] === visit) return k;
  return Number.POSITIVE_INFINITY;
}
