import type { StatementKind } from "@briefline/core";
import type { Lexicon } from "./lexicon/types.js";
import type { FoundStatement } from "./statements/found.js";

const GROUP: Partial<Record<StatementKind, string>> = {
  threat: "coerce",
  warning: "coerce",
  ultimatum: "coerce",
  offer: "offer",
  proposal: "offer",
};
// Answers (rejections, praise, accusations, denials) differ by what they answer, so only
// statements of intent are folded: a speech restates its threat, not its rejections.
const FOLDABLE = new Set(["coerce", "offer", "assurance", "demand", "appeal"]);
const RANK: Partial<Record<StatementKind, number>> = { ultimatum: 3, threat: 2, warning: 1 };
const STOP = new Set(
  "the a an and or of to in on for that this these those such any all would will be been is are was were has have had it its his her their they he she with by as at from not if only but".split(
    " ",
  ),
);

/** The kind family used to spot repeats: a warning and a threat say the same thing louder. */
export function kindGroup(kind: StatementKind): string {
  return GROUP[kind] ?? kind;
}

/**
 * Words that carry a statement's substance, with the lexicon's topic classes applied
 * (troops = soldiers = forces), for judging whether two statements repeat each other.
 *
 * @example
 * substance("troops would be destroyed", DEFAULT_LEXICON) // Set { "#0", "#5" }
 */
export function substance(text: string, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  // Names ("Putin", "Ukraine") say who and where, not what: only common words count.
  for (const raw of text.split(/[^A-Za-z]+/)) {
    const word = raw.toLowerCase();
    if (word.length < 3 || STOP.has(word) || /^[A-Z]/.test(raw)) continue;
    const topic = lexicon.topics.findIndex((t) => t.includes(word));
    out.add(topic >= 0 ? `#${topic}` : word.slice(0, 6));
  }
  return out;
}

/** Whether two substances overlap enough: one shared topic class or two shared words (names aside). */
export function sameSubstance(a: Set<string>, b: Set<string>): boolean {
  let words = 0;
  for (const w of a) {
    if (!b.has(w)) continue;
    if (w.startsWith("#")) return true;
    words++;
  }
  return words >= 2;
}

/**
 * Folds repeats within one article: an article that reports a speech often restates
 * the same threat three times. Statements by the same speaker, of the same kind
 * family, on the same date and about the same substance become one, keeping every
 * sentence as a source excerpt; the loudest kind wins (a threat over a warning).
 */
export function foldRepeats(
  found: FoundStatement[],
  dates: Map<FoundStatement, string>,
  lexicon: Lexicon,
  text: (s: FoundStatement) => string,
): FoundStatement[] {
  const kept: FoundStatement[] = [];
  for (const s of found) {
    const mine = substance(text(s), lexicon);
    const into = kept.find(
      (k) =>
        FOLDABLE.has(kindGroup(s.kind)) &&
        k.speaker === s.speaker &&
        kindGroup(k.kind) === kindGroup(s.kind) &&
        dates.get(k) === dates.get(s) &&
        sameSubstance(substance(text(k), lexicon), mine),
    );
    if (!into) {
      kept.push(s);
      continue;
    }
    into.repeats.push(s, ...s.repeats);
    if (s.answers && !into.answers && s.answers.to !== into) into.answers = s.answers;
    for (const t of s.targets) if (!into.targets.includes(t)) into.targets.push(t);
    for (const c of s.conditions) if (!into.conditions.some((x) => x.text === c.text)) into.conditions.push(c);
    if ((RANK[s.kind] ?? 0) > (RANK[into.kind] ?? 0)) {
      into.kind = s.kind;
      into.coding = s.coding;
    }
    if (!into.quote && s.quote) into.quote = s.quote;
    into.confidence = Math.min(0.99, Math.round((into.confidence + 0.05) * 100) / 100);
    into.notes.push(`restated in sentence ${s.sentence.index + 1}; folded in`);
  }
  return kept;
}
