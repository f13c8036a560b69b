import type { Lexicon } from "../lexicon/types.js";
import { verbForms } from "../text/morph.js";
import type { Token } from "../text/tokenize.js";
import { nameRun } from "./names.js";

// Tags that make a capitalised word a place, a body, a date or an abbreviation, not part of a person's name.
const NOT_PERSON_TAGS = ["Place", "Country", "City", "Region", "Organization", "Date", "Month", "WeekDay", "Acronym"];

const spokenForms = new WeakMap<Lexicon, ReadonlySet<string>>();

// The past and present forms of the lexicon's speech-act verbs ("said", "warns").
function spoken(lexicon: Lexicon): ReadonlySet<string> {
  let set = spokenForms.get(lexicon);
  if (!set) {
    const forms = new Set<string>();
    for (const v of lexicon.verbs) {
      const f = verbForms(v.lemma, v.irregular);
      for (const w of [...f.present, ...f.past]) forms.add(w);
    }
    set = forms;
    spokenForms.set(lexicon, set);
  }
  return set;
}

/**
 * The end of a name compromise does not know ("Yahya Saria", "Kapil Sibal") starting at
 * `i`, or `i` when there is none: two or three capitalised proper nouns, none of them a
 * place, body or date, that either speak (a speech-act verb right after them) or are
 * set off by commas after a noun of office (", the movement's representative, Yahya
 * Saria, …"). Elsewhere an unknown run of capitals is too often a place or a body.
 *
 * @example
 * untaggedName(tokensOf("Kapil Sibal said the truce would hold."), 0, lexicon) // 2
 */
export function untaggedName(tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  const end = nameRun(tokens, i);
  if (end - i < 2 || end - i > 3) return i;
  for (let k = i; k < end; k++) {
    const t = tokens[k] as Token;
    // At the start of a sentence the tagger takes an unknown first name for a common noun ("Ravi").
    const opening = k === 0 && t.tags.has("Noun") && t.tags.has("Singular");
    if (!t.cap || !(t.tags.has("ProperNoun") || opening) || NOT_PERSON_TAGS.some((tag) => t.tags.has(tag))) return i;
    if (t.text === t.text.toUpperCase()) return i; // "SEOUL", "NATO"
    // "Missing Families Forum": a plural or an organisation word makes a body, not a person.
    if (t.tags.has("Plural") || lexicon.orgHeads.includes(t.base)) return i;
  }
  const last = tokens[end - 1] as Token;
  if (last.poss) return i;
  const next = tokens[end];
  const speaks = next?.tags.has("Verb") === true && spoken(lexicon).has(next.base);
  const before = tokens[i - 1];
  const setOff =
    before?.post.includes(",") === true &&
    last.post.includes(",") &&
    !before.cap &&
    before.tags.has("Noun") &&
    !before.tags.has("Pronoun");
  return speaks || setOff ? end : i;
}
