/**
 * The longest run of text without a sentence end (., ! or ? before a space) that is
 * read as one sentence. News sentences stay far below it; the sentence reader's work
 * grows faster than the sentence (a 28 KB run took 12 s, 114 KB a minute), so a longer
 * run is read in pieces of at most this many characters, cut at a space (issue 11).
 */
export const MAX_SENTENCE_CHARS = 1000;

/**
 * A paragraph as pieces `[offset, text]` that together are the paragraph: one piece
 * unless a run without a sentence end is longer than {@link MAX_SENTENCE_CHARS}.
 *
 * @example
 * boundedPieces("short. text").length // 1
 */
export function boundedPieces(paragraph: string): Array<[number, string]> {
  if (paragraph.length <= MAX_SENTENCE_CHARS) return [[0, paragraph]];
  const pieces: Array<[number, string]> = [];
  let pieceStart = 0;
  let runStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) {
      lastSpace = i;
      const before = paragraph[i - 1];
      if (before === "." || before === "!" || before === "?") runStart = i;
    }
    if (i - runStart >= MAX_SENTENCE_CHARS) {
      const cut = lastSpace > runStart ? lastSpace + 1 : i;
      pieces.push([pieceStart, paragraph.slice(pieceStart, cut)]);
      pieceStart = cut;
      runStart = cut;
    }
  }
  if (pieceStart < paragraph.length) pieces.push([pieceStart, paragraph.slice(pieceStart)]);
  return pieces;
}
