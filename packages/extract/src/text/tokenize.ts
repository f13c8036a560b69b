// compromise's second level (tokenizer and tagger): the third adds chunks, nouns and
// verbs as phrases, which the extractor does not read; the tags are the same.
import { boundedPieces } from "./_bounds.js";
import { type CompromiseTerm, tagText } from "./_tagger.js";

/** A word of the article with its place in the text and compromise's tags. */
export interface Token {
  /** Index in its sentence. */
  i: number;
  text: string;
  /** Lowercase, curly apostrophes made straight, a possessive 's removed: the form the lexicon is matched on. */
  base: string;
  start: number;
  end: number;
  /** Punctuation before and after the word as compromise split it off ("“", ", "). */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends in 's or s' (a possessive). */
  poss: boolean;
}

/** A sentence with its character span in the article text and its tokens. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

const POSSESSIVE = /(?:['’]s|s['’])$/i;

/**
 * Splits an article into sentences and words with compromise, paragraph by paragraph
 * (a blank or single line break ends a paragraph, so headings stay apart), keeping
 * each word's character offsets in the original text.
 *
 * @example
 * splitSentences("He warned. She agreed.").map((s) => [s.start, s.end]) // [[0, 10], [11, 22]]
 */
export function splitSentences(text: string, full?: (words: readonly string[]) => boolean): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphs = /[^\n]+/g;
  let paragraph = 0;
  for (let m = paragraphs.exec(text); m !== null; m = paragraphs.exec(text)) {
    if (m[0].trim() === "") continue;
    // A run without a sentence end is read in bounded pieces: the work stays linear.
    for (const [offset, chunk] of boundedPieces(m[0])) {
      const base = m.index + offset;
      for (const terms of tagText(chunk, full)) {
        const tokens = terms.map((t, i) => toToken(t, i, base));
        const first = terms[0]?.offset;
        if (!first) continue;
        const start = base + first.start;
        const end = base + trimEnd(chunk, first.start + sentenceLength(terms));
        sentences.push({ index: sentences.length, paragraph, start, end, text: text.slice(start, end), tokens });
      }
    }
    paragraph++;
  }
  return sentences;
}

function toToken(t: CompromiseTerm, i: number, base: number): Token {
  const offset = t.offset?.start ?? 0;
  const straight = t.text.replace(/’/g, "'");
  // compromise leaves the apostrophe of a plural possessive ("the kidnappers' demand") in `post`.
  const poss = (POSSESSIVE.test(straight) && straight.length > 2) || (/s$/i.test(straight) && /^['’]/.test(t.post));
  const lower = straight.toLowerCase();
  return {
    i,
    text: t.text,
    base: poss ? lower.replace(/'s$|'$/, "") : lower,
    start: base + offset,
    end: base + offset + t.text.length,
    pre: t.pre,
    post: t.post,
    tags: t.tags,
    cap: /^\p{Lu}/u.test(t.text),
    poss,
  };
}

// A sentence's length as compromise's `.json({ offset: true })` gives it: its words with
// their punctuation, trimmed; counted from the first word, so an opening quote mark
// before it makes it longer than the sentence (trimEnd caps it).
function sentenceLength(terms: readonly CompromiseTerm[]): number {
  let text = "";
  for (const t of terms) text += t.pre + t.text + t.post;
  return text.trim().length;
}

// compromise's sentence length can include trailing spaces; spans end at the last visible character.
function trimEnd(chunk: string, end: number): number {
  let e = Math.min(end, chunk.length);
  while (e > 0 && /\s/.test(chunk[e - 1] ?? "")) e--;
  return e;
}
