import type { Mention } from "../actors/mentions.js";
import { type Attribution, agentAfter, attributeVerb, isSupportVerb } from "./speaker.js";
import type { Trigger } from "./triggers.js";
import { mentionEndingAt, type SentenceView } from "./view.js";

const MODIFIERS =
  /^(latest|recent|new|repeated|renewed|fresh|earlier|veiled|public|explicit|specific|formal|direct|conditional|firm|stern|strong|further|similar|previous|initial|final|repeated)$/;
const DEMONSTRATIVE = /^(this|these|that|those|such|same)$/;
const BRIDGES = /^(and|or|between|of|a|an|the|both|their|its|his|her)$/;
const COMPLEMENT = /^(for|that|to|on|against|of)$/;

/** A noun trigger's reading: a speaker, or a pointer back to a statement already made ("these threats"). */
export type NounReading = { attribution: Attribution } | { anaphoric: true } | undefined;

/**
 * Whose statement a noun names: a possessive ("his dismissal", "Putin's latest
 * warnings"), an agent ("pledges by Ukraine's allies"), an adjective of a state or
 * group with a complement ("international calls for a ceasefire"), or the subject of a
 * support verb ("has oscillated between threats and invitations"). "These threats"
 * points back and makes nothing new.
 */
export function attributeNoun(
  view: SentenceView,
  trigger: Trigger,
  earlier: ReadonlyArray<{ trigger: Trigger; attribution: Attribution }>,
): NounReading {
  const { tokens } = view;
  let j = trigger.at - 1;
  while (j >= 0 && isModifier(view, j)) j--;
  const before = tokens[j];
  if (before && DEMONSTRATIVE.test(before.base)) return { anaphoric: true };
  const owner: Mention | undefined = before ? mentionEndingAt(view, j) : undefined;
  if (owner?.poss) return { attribution: { key: owner.key, how: "possessive", mention: owner } };
  const agent = agentAfter(view, trigger.end);
  if (agent) return { attribution: { key: agent.key, how: "agent", mention: agent } };
  const adjective = before ? adjectiveActor(view, j) : undefined;
  if (adjective && COMPLEMENT.test(tokens[trigger.end]?.base ?? ""))
    return { attribution: { key: adjective, how: "adjective" } };
  for (let k = trigger.at - 1; k >= 0 && k >= trigger.at - 6; k--) {
    if (isSupportVerb(view, k)) {
      const verb = { ...trigger, at: k, end: k + 1, pos: "verb" as const, form: "past" as const };
      const who = attributeVerb(view, verb, earlier);
      return who && !("passive" in who) ? { attribution: { ...who, how: "support" } } : undefined;
    }
    const t = tokens[k];
    if (
      !t ||
      !(BRIDGES.test(t.base) || isModifier(view, k) || view.triggers.some((x) => x.at === k && x.pos === "noun"))
    )
      break;
  }
  return undefined;
}

function isModifier(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || t.poss || mentionEndingAt(view, i)) return false;
  if (MODIFIERS.test(t.base)) return true;
  if (view.store.demonyms.has(t.base) || adjectiveGroup(view, t.base)) return false;
  // "a strongly worded protest", "a sharply-worded rebuttal": an -ly adverb and the participle it modifies.
  if (!t.cap && t.tags.has("Adverb") && /ly$/.test(t.base) && view.tokens[i + 1]?.tags.has("PastTense")) return true;
  const adverb = view.tokens[i - 1];
  if (!t.cap && t.tags.has("PastTense") && adverb?.tags.has("Adverb") && /ly$/.test(adverb.base)) return true;
  // "ceasefire proposals", "peace efforts": a lowercase noun or adjective modifying the head.
  return (
    !t.cap &&
    (t.tags.has("Adjective") || (t.tags.has("Noun") && !t.tags.has("Pronoun") && !/s$/.test(t.base))) &&
    !/^(the|a|an)$/.test(t.base)
  );
}

/** "Russian", "international", "Western" before a statement noun: the state or group. */
function adjectiveActor(view: SentenceView, i: number): string | undefined {
  const t = view.tokens[i];
  if (!t) return undefined;
  const iso = view.store.demonyms.get(t.text.toLowerCase());
  if (iso && t.cap) return view.store.country(iso)?.key;
  return adjectiveGroup(view, t.base);
}

function adjectiveGroup(view: SentenceView, word: string): string | undefined {
  for (const g of view.lexicon.groups) {
    if (g.commentator) continue;
    for (const p of g.phrases) {
      const words = p
        .toLowerCase()
        .split(" ")
        .filter((w) => w !== "the");
      if (words.length === 2 && words[0] === word) {
        const key = view.store.match([...words], [...words], 0)?.[1];
        if (key) return key;
      }
    }
  }
  return undefined;
}
