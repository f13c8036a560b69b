// Where a post-tagger rule could start matching in a clause, judged by its first token.
//
// compromise tries a rule at every word of a clause, copying the rest of the clause
// each time; most rules fail at once, on their first token. A rule whose first token
// must match (not optional, not negative, no alternatives of several words) can only
// start at a word that token matches, so the words before the first such word need no
// try. The test below is compromise's own term test (1-one/match/methods/match/term/
// doesMatch.js) for the kinds of token it knows, in the same order, and "maybe" for
// every other kind, so it never rules out a word compromise would match.

/** A parsed match token, as far as this file reads it. */
export interface Reg {
  anything?: boolean;
  start?: boolean;
  end?: boolean;
  id?: unknown;
  word?: string;
  use?: string;
  fuzzy?: boolean;
  tag?: string;
  switch?: string;
  machine?: string;
  fastOr?: Set<string>;
  pos?: string;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  choices?: Reg[][];
  operator?: string;
}

/** A term, as far as this file reads it. */
export interface MatchTerm {
  text: string;
  normal?: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: ReadonlySet<string>;
}

/**
 * Whether the words before the first one a rule's first token matches can be skipped:
 * the first token must match and no token anchors at the start of the clause ("^"),
 * whose meaning would change in a clause cut short.
 *
 * @example
 * canSkipAhead([{ tag: "Noun" }, { word: "of" }]) // true
 */
export function canSkipAhead(regs: readonly Reg[]): boolean {
  const first = regs[0];
  if (!first || first.optional || first.negative || first.anything || first.choices || first.end) return false;
  return !regs.some(anchoredAtStart);
}

function anchoredAtStart(reg: Reg): boolean {
  return reg.start === true || (reg.choices ?? []).some((side) => side.some(anchoredAtStart));
}

/**
 * Where each word and tag of a clause occurs, built once per clause so that a rule's
 * first token (a word or a tag) goes straight to the words it may match instead of
 * testing every word: the same words, in the same order, as a scan with compromise's test.
 */
export interface ClausePlaces {
  /** Word → the places of the terms whose machine form, alias, text or normal form it is, ascending. */
  words: Map<string, number[]>;
  /** Tag → the places of the terms that have it, ascending. */
  tags: Map<string, number[]>;
}

/**
 * Indexes a clause's words and tags by place, for {@link firstPossibleStart}.
 *
 * @example
 * placesOf(terms).tags.get("Verb") // [2] when only the third word is a verb
 */
export function placesOf(terms: readonly MatchTerm[]): ClausePlaces {
  const words = new Map<string, number[]>();
  const tags = new Map<string, number[]>();
  const put = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as MatchTerm;
    if (term.machine != null) put(words, term.machine, i);
    if (term.alias) for (const a of term.alias) put(words, a, i);
    put(words, term.text, i);
    if (term.normal !== undefined) put(words, term.normal, i);
    for (const tag of term.tags) put(tags, tag, i);
  }
  return { words, tags };
}

const NONE: readonly number[] = [];

/**
 * The first word a rule's first token may match, or -1 when it matches none: no match
 * can start before it. With the clause's {@link placesOf}, a first token that is a plain
 * word or tag visits only the words that carry it.
 *
 * @example
 * firstPossibleStart(terms, { tag: "Verb" }) // the index of the clause's first verb, or -1
 */
export function firstPossibleStart(terms: readonly MatchTerm[], regs: readonly Reg[], places?: ClausePlaces): number {
  const reg = regs[0] as Reg;
  const chained = chainLength(regs) > 1;
  const at = places ? placesFor(reg, places) : undefined;
  const count = at ? at.length : terms.length;
  for (let n = 0; n < count; n++) {
    const i = at ? (at[n] as number) : n;
    const term = terms[i] as MatchTerm;
    if (!at && !mayMatch(term, reg)) continue;
    if (chained && !restMayMatch(terms, regs, i)) continue;
    return i;
  }
  return -1;
}

const chains = new WeakMap<readonly Reg[], number>();

// How many tokens at the head of a rule take one word each (computed once per rule).
function chainLength(regs: readonly Reg[]): number {
  let n = chains.get(regs);
  if (n === undefined) {
    n = 0;
    while (n < regs.length && steps(regs[n] as Reg)) n++;
    chains.set(regs, n);
  }
  return n;
}

// Whether a token takes exactly one word when it matches: required, not negative, not
// greedy, no count, no alternatives, not "anything". compromise then moves to the next
// word (unless the word is a contraction, whose hidden half it may step over).
function steps(reg: Reg): boolean {
  const r = reg as Reg & { min?: number; max?: number };
  return !(
    reg.optional ||
    reg.negative ||
    reg.greedy ||
    reg.anything ||
    reg.choices ||
    r.min !== undefined ||
    r.max !== undefined
  );
}

// From a start whose first word the first token may match, the tokens that each take one
// word must match the words that follow, one by one, up to the first token of another
// kind (or a contraction): a start that fails one of them cannot match.
function restMayMatch(terms: readonly MatchTerm[], regs: readonly Reg[], i: number): boolean {
  // Past the leading one-word tokens, compromise's own matching decides.
  const chain = chainLength(regs);
  for (let k = 1; k < chain; k++) {
    if ((terms[i + k - 1] as MatchTerm).implicit) return true;
    const reg = regs[k] as Reg;
    const term = terms[i + k];
    // Out of words with a required token left: compromise gives up.
    if (!term) return false;
    if (!mayMatch(term, reg)) return false;
  }
  return true;
}

// The places a token can match when it is a plain word or a plain tag (mayMatch's first
// two cases), else undefined: the caller scans.
function placesFor(reg: Reg, places: ClausePlaces): readonly number[] | undefined {
  if (reg.id !== undefined) return undefined;
  if (reg.word !== undefined) return reg.use || reg.fuzzy ? undefined : (places.words.get(reg.word) ?? NONE);
  if (reg.tag !== undefined) return places.tags.get(reg.tag) ?? NONE;
  return undefined;
}

// compromise's order: id, word, tag, method, pre, post, regex, chunk, switch, machine,
// sense, fast alternatives; the first kind a token has decides.
function mayMatch(term: MatchTerm, reg: Reg): boolean {
  if (reg.id !== undefined) return true;
  if (reg.word !== undefined) {
    if (reg.use || reg.fuzzy) return true;
    if (term.machine != null && term.machine === reg.word) return true;
    if (term.alias?.some((a) => a === reg.word)) return true;
    return reg.word === term.text || reg.word === term.normal;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  const r = reg as Record<string, unknown>;
  if (UNJUDGED.some((k) => r[k] !== undefined)) return true;
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.machine !== undefined)
    return term.normal === reg.machine || term.machine === reg.machine || term.root === reg.machine;
  if (r.sense !== undefined) return true;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !term.tags.has(reg.pos)) return false;
    const str = term.root || term.implicit || term.machine || term.normal || "";
    return reg.fastOr.has(str) || reg.fastOr.has(term.text);
  }
  return true;
}

const UNJUDGED = ["method", "pre", "post", "regex", "chunk"];
