import type { FoundCondition } from "./conditions.js";
import type { Trigger } from "./triggers.js";
import { commaAfter, type SentenceView } from "./view.js";

const LEAD = /^(on|upon|to|with|against|the|a|an|between|for|of|at|from|about|over|that|both)$/;

/**
 * Whom a statement is addressed to or about: the first actor named right after the
 * trigger ("threatened Western nations", "called on Beijing", "praises Trump's
 * efforts", "a meeting with Ukrainian President …") and those coordinated with it
 * ("China, India and North Korea"), never the speaker nor a commentator.
 */
export function findTargets(
  view: SentenceView,
  trigger: Trigger,
  start: number,
  end: number,
  speaker: string,
  conditions: readonly FoundCondition[],
): string[] {
  const limit = Math.min(end, ...conditions.map((c) => c.start));
  const out: string[] = [];
  // Never the speaker's own state or body ("Raskov said Moscow would …" is not addressed to Russia).
  const self = view.store.records.get(speaker);
  const own = new Set([speaker, self?.country ? view.store.country(self.country)?.key : undefined, self?.body]);
  const usable = (key: string) => !own.has(key) && !view.store.records.get(key)?.commentator && !out.includes(key);
  let k = start;
  // Skip the gerund or infinitive that spells out the act ("to mediate between …", "suggesting a meeting with …").
  let steps = 0;
  while (k < limit && steps < 5) {
    const m = view.mentions.find((x) => x.start === k);
    if (m) break;
    const t = view.tokens[k];
    if (!t || !(LEAD.test(t.base) || t.tags.has("Verb") || t.tags.has("Adjective") || (t.tags.has("Noun") && !t.cap)))
      break;
    if (commaAfter(view.tokens, k)) break;
    k++;
    steps++;
  }
  for (;;) {
    const m = view.mentions.find((x) => x.start === k && x.end <= limit);
    // "to pull their forces back": a possessive pronoun names no addressee.
    if (!m || (m.via === "pronoun" && m.poss)) break;
    if (usable(m.key)) out.push(m.key);
    k = m.end;
    const t = view.tokens[k];
    if (t && /^(and|or)$/.test(t.base)) k++;
    else if (commaAfter(view.tokens, m.end - 1) && view.mentions.some((x) => x.start === k)) continue;
    else break;
  }
  void trigger;
  return out;
}
