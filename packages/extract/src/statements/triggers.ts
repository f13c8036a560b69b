import type { Lexicon, NounEntry, SpeechAct } from "../lexicon/types.js";
import { pastOf, verbForms } from "../text/morph.js";
import { phraseAt, phraseIndex } from "../text/phrase-index.js";
import type { Token } from "../text/tokenize.js";

/** A speech-act word found in a sentence. */
export interface Trigger extends SpeechAct {
  /** Token index of the word. */
  at: number;
  /** End (exclusive) of the trigger with its particle ("called on", "ruled out"). */
  end: number;
  pos: "verb" | "noun";
  /** For verbs: how it is inflected; decides whose words they are. */
  form: "present" | "past" | "gerund" | "noun";
  /** Simple past, for summaries ("warned"). */
  past: string;
  lemma: string;
}

interface FormEntry {
  act: SpeechAct;
  lemma: string;
  past: string;
  form: Trigger["form"];
  particles?: readonly string[];
}

// Words before a noun that make an ambiguous form ("offer", "call", "warning") a noun.
const NOMINAL_BEFORE =
  /^(a|an|the|this|that|these|those|such|his|her|its|their|our|my|your|any|no|every|each|new|latest|recent|repeated|fresh|renewed|same)$/;

const cache = new WeakMap<Lexicon, Map<string, FormEntry[]>>();

function formTable(lexicon: Lexicon): Map<string, FormEntry[]> {
  let table = cache.get(lexicon);
  if (table) return table;
  table = new Map();
  const add = (word: string, entry: FormEntry) => {
    const list = table?.get(word) ?? [];
    list.push(entry);
    table?.set(word, list);
  };
  for (const v of lexicon.verbs) {
    const forms = verbForms(v.lemma, v.irregular);
    const past = pastOf(v.lemma, v.irregular);
    const base = { act: v, lemma: v.lemma, past, ...(v.particles ? { particles: v.particles } : {}) };
    for (const w of forms.present) add(w, { ...base, form: "present" });
    for (const w of forms.past) add(w, { ...base, form: "past" });
    for (const w of forms.gerund) add(w, { ...base, form: "gerund" });
  }
  cache.set(lexicon, table);
  return table;
}

/**
 * Finds the speech-act verbs and nouns of a sentence, outside the given actor
 * mentions. A word that can be either ("offer", "warning", "calls") is a noun after a
 * determiner, possessive or adjective, and a verb elsewhere.
 *
 * @example
 * findTriggers(tokens, DEFAULT_LEXICON, []) // [{ lemma: "warn", pos: "verb", form: "gerund", … }]
 */
export function findTriggers(tokens: readonly Token[], lexicon: Lexicon, taken: (i: number) => boolean): Trigger[] {
  const table = formTable(lexicon);
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken(i)) continue;
    const t = tokens[i] as Token;
    const noun = nounAt(tokens, i, lexicon);
    const verb = (table.get(t.base) ?? []).find((e) => particleEnd(tokens, i, e.particles) !== undefined);
    const prev = tokens[i - 1];
    const nominal =
      prev !== undefined &&
      (NOMINAL_BEFORE.test(prev.base) || prev.poss || (prev.tags.has("Adjective") && !prev.tags.has("Adverb")));
    if (noun && (!verb || nominal)) {
      out.push(noun);
      i = noun.end - 1;
    } else if (deadlineAt(tokens, i, lexicon)) {
      out.push({
        kind: "ultimatum",
        cameo: "139",
        plover: "THREATEN",
        at: i,
        end: i + 1,
        pos: "verb",
        form: "past",
        past: t.text,
        lemma: t.base,
      });
    } else if (verb) {
      const end = particleEnd(tokens, i, verb.particles) as number;
      out.push({ ...verb.act, at: i, end, pos: "verb", form: verb.form, past: verb.past, lemma: verb.lemma });
    }
  }
  return out;
}

function particleEnd(
  tokens: readonly Token[],
  i: number,
  particles: readonly string[] | undefined,
): number | undefined {
  if (!particles) return i + 1;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (particles.includes(tokens[k]?.base ?? "")) return k === i + 1 ? k + 1 : i + 1;
  }
  return undefined;
}

function nounAt(tokens: readonly Token[], i: number, lexicon: Lexicon): Trigger | undefined {
  const hit = phraseAt(
    phraseIndex(lexicon.nouns, nounWords),
    tokens,
    i,
    (p) => !p.item.followedBy || p.item.followedBy.includes(tokens[i + p.words.length]?.base ?? ""),
  );
  if (!hit) return undefined;
  const end = i + hit.words.length;
  return { ...hit.item, at: i, end, pos: "noun", form: "noun", past: hit.phrase, lemma: hit.words[0] as string };
}

const nounWords = (n: NounEntry) => n.nouns;

const deadlineCache = new WeakMap<readonly string[], Set<string>>();

/** Every form of the lexicon's deadline verbs ("give", "gave", "giving"), built once per list. */
function deadlineForms(lexicon: Lexicon): Set<string> {
  let forms = deadlineCache.get(lexicon.deadlineVerbs);
  if (forms) return forms;
  forms = new Set();
  for (const v of lexicon.deadlineVerbs) {
    const f = verbForms(v, v === "give" ? ["gave", "given"] : undefined);
    for (const w of [...f.present, ...f.past, ...f.gerund]) forms.add(w);
  }
  deadlineCache.set(lexicon.deadlineVerbs, forms);
  return forms;
}

const DURATION = /^(hours?|days?|weeks?|months?|years?)$/;

/** "gave ExxonMobil three months to leave", "gave Kyiv until Friday to": a deadline, an ultimatum. */
function deadlineAt(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  if (!deadlineForms(lexicon).has(tokens[i]?.base ?? "")) return false;
  let sawTime = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]?.base ?? "";
    if (DURATION.test(t) || t === "until" || t === "till") sawTime = true;
    else if (t === "to" && sawTime) return true;
  }
  return false;
}
