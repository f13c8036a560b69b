// compromise's tagger with a faster rule sweep, tag for tag the same as `nlp(text)`.
//
// compromise tags a text in hooks ("lexicon", "preTagger", …, "postTagger"). The last
// one runs about 570 match rules over every clause, and before running them it picks
// the rules that could apply to a clause by visiting each of its ~730 index keys (words
// and tags) for every clause, then concatenating and de-duplicating lists: that choice
// took a third of extraction time, more than the matching itself. Here the choice
// visits the clause's own words and tags (a few dozen), in the same order, so the same
// rules run in the same order and the tags come out the same; the matching and the
// tagging are compromise's own. Only compromise's internal methods are used, through
// `nlp.world()`.
import nlp from "compromise/two";
import { type ClausePlaces, canSkipAhead, firstPossibleStart, placesOf, type Reg } from "./_first-term.js";
import { indexRules, type Net, type Rule, type RuleIndex, rulesFor } from "./_rule-index.js";

/** compromise's term, as far as this file reads it. */
export interface CompromiseTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Set<string>;
  index?: [number, number];
  offset?: { start: number; length: number };
}

interface View {
  docs: CompromiseTerm[][];
  document: CompromiseTerm[][];
  world: World;
  compute(names: string[]): View;
  update(ptrs: number[][]): View;
  uncache(): View;
  unfreeze(): View;
}

interface World {
  hooks: string[];
  model: { two: { matches: unknown[] } };
  methods: {
    one: {
      buildNet(matches: unknown[], world: World): Net;
      cacheDoc(docs: CompromiseTerm[][]): Array<Set<string>>;
      match(docs: CompromiseTerm[][], rule: unknown): { ptrs: number[][] };
      bulkTagger(found: unknown[], docs: CompromiseTerm[][], world: World): void;
      tokenize: { fromString(text: string, world: World): CompromiseTerm[][] };
    };
    two: { quickSplit(docs: CompromiseTerm[][]): CompromiseTerm[][] };
  };
}

type ViewClass = new (document: CompromiseTerm[][]) => View;

interface Sweeper {
  world: World;
  View: ViewClass;
  /** The hooks before the post-tagger, in compromise's order. */
  before: string[];
  rules: RuleIndex;
}

let sweeper: Sweeper | undefined;

function getSweeper(): Sweeper {
  if (sweeper) return sweeper;
  const world = nlp.world() as unknown as World;
  const rules = copyOfRules(world);
  const net = buildNet(world, rules);
  sweeper = {
    world,
    View: (nlp("") as unknown as { constructor: ViewClass }).constructor,
    before: world.hooks.filter((h) => h !== "postTagger"),
    rules: indexRules(net, rules),
  };
  return sweeper;
}

// buildNet parses the rules in place, "notIf" included, and compromise's own tagger may
// have parsed them already (a second parse of a parsed "notIf" throws): the net is built
// on copies, with a parsed "notIf" set aside and put back afterwards.
function copyOfRules(world: World): Array<Record<string, unknown>> {
  return world.model.two.matches.map((m) => ({ ...(m as Record<string, unknown>) }));
}

function buildNet(world: World, copies: Array<Record<string, unknown>>): Net {
  const parsed = new Map<Record<string, unknown>, unknown>();
  for (const copy of copies)
    if (copy.notIf !== undefined && typeof copy.notIf !== "string") {
      parsed.set(copy, copy.notIf);
      delete copy.notIf;
    }
  const net = world.methods.one.buildNet(copies, world);
  for (const [copy, notIf] of parsed) copy.notIf = notIf;
  return net;
}

/**
 * Tokenizes and tags a text as `nlp(text)` does and returns compromise's sentences
 * (arrays of terms, with `offset` set as `.json({ offset: true })` sets it).
 *
 * With `full`, only the sentences it accepts (given their words, lowercase) go through
 * the post-tagger, whose rules are most of the tagging time; the others keep the
 * tagger's first guesses (its lexicon, suffixes and neighbours). A sentence's tags do
 * not depend on the sentences around it, so those it accepts are tagged as before.
 *
 * @example
 * tagText("He warned.")[0]?.[1]?.tags.has("PastTense") // true
 */
export function tagText(text: string, full?: (words: readonly string[]) => boolean): CompromiseTerm[][] {
  const s = getSweeper();
  const document = s.world.methods.one.tokenize.fromString(text, s.world);
  if (!text) return document;
  const wanted = full ? document.map((terms) => full(terms.map(wordOf))) : document.map(() => true);
  // Each group is a document of its own: compromise's contraction pass reads a whole document.
  const tagged = wanted.some(Boolean)
    ? tag(
        document.filter((_, i) => wanted[i]),
        s,
        true,
      )
    : [];
  const rough = wanted.some((w) => !w)
    ? tag(
        document.filter((_, i) => !wanted[i]),
        s,
        false,
      )
    : [];
  let t = 0;
  let r = 0;
  const out = wanted.map((w) => (w ? tagged[t++] : rough[r++]) as CompromiseTerm[]);
  setOffsets(out);
  return out;
}

function tag(sentences: CompromiseTerm[][], s: Sweeper, post: boolean): CompromiseTerm[][] {
  const doc = new s.View(sentences);
  doc.world = s.world;
  doc.compute(s.before);
  if (post && s.world.hooks.includes("postTagger")) postTag(doc, s);
  return doc.document;
}

function wordOf(term: CompromiseTerm): string {
  return (term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, "");
}

// compromise's postTagger (2-two/postTagger/compute) with the sweep below.
function postTag(view: View, s: Sweeper): void {
  const clauses = s.world.methods.two.quickSplit(view.docs);
  const ptrs = clauses.map((terms) => {
    const index = terms[0]?.index ?? [0, 0];
    return [index[0], index[1], index[1] + terms.length];
  });
  const docs = view.update(ptrs).docs;
  const found = sweep(docs, s);
  if (found.length > 0) s.world.methods.one.bulkTagger(found, docs, s.world);
  view.uncache();
  view.unfreeze();
}

// compromise's bulkMatch (1-one/sweep/methods/sweep): the same rules, in the same order.
function sweep(docs: CompromiseTerm[][], s: Sweeper): unknown[] {
  const caches = s.world.methods.one.cacheDoc(docs);
  const results: unknown[] = [];
  for (let n = 0; n < docs.length; n++) {
    const haves = caches[n] as Set<string>;
    const terms = docs[n] as CompromiseTerm[];
    let places: ClausePlaces | undefined;
    for (const rule of rulesFor(s.rules, haves, terms.length)) {
      let from = 0;
      if (skipAhead(rule)) {
        places ??= placesOf(terms);
        from = firstPossibleStart(terms, rule.regs, places);
        if (from < 0) continue;
        // compromise gives up on a start with fewer words left than the rule's required tokens.
        if (terms.length - from < required(rule.regs)) continue;
      }
      const res = s.world.methods.one.match([from > 0 ? terms.slice(from) : terms], rule);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        ptr[1] = (ptr[1] ?? 0) + from;
        ptr[2] = (ptr[2] ?? 0) + from;
        results.push({ ...rule, pointer: ptr });
      }
    }
  }
  return results;
}

const skippable = new WeakMap<object, boolean>();
const requiredCounts = new WeakMap<object, number>();

// compromise's `minLength` in runMatch: the tokens neither optional nor negative.
function required(regs: readonly Reg[]): number {
  let n = requiredCounts.get(regs);
  if (n === undefined) {
    n = regs.filter((r) => r.optional !== true && r.negative !== true).length;
    requiredCounts.set(regs, n);
  }
  return n;
}

function skipAhead(rule: Rule): boolean {
  let yes = skippable.get(rule);
  if (yes === undefined) {
    yes = canSkipAhead(rule.regs);
    skippable.set(rule, yes);
  }
  return yes;
}

// compromise's "offset" compute: character offsets from the start of the text.
function setOffsets(document: CompromiseTerm[][]): void {
  let elapsed = 0;
  for (const terms of document)
    for (const term of terms) {
      term.offset = { start: elapsed + term.pre.length, length: term.text.length };
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
}
