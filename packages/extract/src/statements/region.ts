import type { Trigger } from "./triggers.js";
import { commaAfter, isSkippable, type SentenceView } from "./view.js";

const AFTER_COMMA =
  /^(which|who|whom|as|while|but|although|though|whereas|a|an|highlighting|underscoring|amid|amidst)$/;
const BREAK = /^(while|whereas|although|though)$/;

/**
 * Where what a trigger says ends: the end of the sentence, a new clause after a comma
 * (", which …", ", a response to …", ", indicating …"), "but" (except "but only if",
 * which still belongs to it), or the conjunction before the next coordinated trigger
 * ("praises X but has rejected Y", "threats and invitations"). "while" or "although"
 * right after "that" opens a concessive inside what was said, not a new clause.
 */
export function regionEnd(view: SentenceView, trigger: Trigger, later: readonly Trigger[]): number {
  const { tokens } = view;
  let stop = tokens.length;
  for (const next of later) {
    let k = next.at - 1;
    while (k >= trigger.end && isSkippable(view, k)) k--;
    const t = tokens[k];
    if (t && /^(and|or|but)$/.test(t.base) && k >= trigger.end) stop = Math.min(stop, k);
    else if (next.pos === "verb" && k >= trigger.end && commaAfter(tokens, k) && next.form !== "gerund")
      stop = Math.min(stop, k + 1);
  }
  for (let k = trigger.end; k < stop; k++) {
    const t = tokens[k];
    if (!t) break;
    if (k > trigger.end && commaAfter(tokens, k - 1)) {
      const gerund = t.tags.has("Gerund") && !/^(including|according)$/.test(t.base);
      if ((AFTER_COMMA.test(t.base) && !(t.base === "but" && tokens[k + 1]?.base === "only")) || gerund) return k;
    }
    // "said that while X, Y will …": a concessive that opens the reported clause belongs to it.
    if (k > trigger.end && BREAK.test(t.base) && tokens[k - 1]?.base !== "that") return k;
    if (k > trigger.end && t.base === "but" && tokens[k + 1]?.base !== "only") return k;
  }
  return stop;
}

/**
 * Where the reported content begins inside a region: after "that", a colon, an
 * opening quote, or at "to" + verb ("threatened to expand"). Dates after this point
 * belong to what was said, not to when it was said.
 */
export function contentStart(view: SentenceView, start: number, end: number): number | undefined {
  for (let k = start; k < end && k < start + 14; k++) {
    const t = view.tokens[k];
    if (!t) break;
    const near = k < start + 6;
    // Farther on, "that" opens the content after an object or a circumstance ("assured
    // the drivers stranded at the crossing that …", "said after speaking to X that …"),
    // unless it is a relative pronoun ("tankers that carry").
    if (t.base === "that" && (near || !relativeAt(view, k))) return k;
    if (!near) continue;
    if (/[“"]/.test(t.pre)) return k;
    if (t.base === "to" && view.tokens[k + 1]?.tags.has("Verb")) return k;
    if (/:/.test(view.tokens[k - 1]?.post ?? "")) return k;
  }
  return undefined;
}

// "tankers that carry oil", "the plan that was tabled": "that" followed by the verb of a
// relative clause, not by the subject of a content clause ("that deliveries would resume").
function relativeAt(view: SentenceView, k: number): boolean {
  const next = view.tokens[k + 1];
  if (!next?.tags.has("Verb")) return false;
  if (/^(is|are|was|were|has|have|had|would|will|could|can|may|might|must|should|did|does|do)$/.test(next.base))
    return true;
  return !view.tokens[k + 2]?.tags.has("Verb");
}

/** Whether a region holds a clause (a verb or a quote), not just a noun phrase. */
export function hasClause(view: SentenceView, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = view.tokens[k];
    if (!t) break;
    if (t.base === "that" || /[“"]/.test(t.pre) || /[:]/.test(view.tokens[k - 1]?.post ?? "")) return true;
    if (k > start && t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Infinitive")) return true;
    if (/^(would|will|could|should|must|might|may|can|had|has|have|was|were|is|are)$/.test(t.base) && k > start)
      return true;
  }
  return false;
}
