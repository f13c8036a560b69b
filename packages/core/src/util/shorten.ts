/** What ends a text that is cut: one ellipsis, never "…." or ",…". */
const ELLIPSIS = "…";

/**
 * The longest start of `text` that fits `fits`, cut after a whole word (or, when even
 * the first word does not fit, inside it), with one ellipsis and no dangling punctuation
 * or space before it. The text itself when it fits whole. The cut is found by bisecting
 * the word ends, so a measured fit costs a few measurements, not one per word.
 *
 * @example
 * shortenToFit("Putin offers to meet Zelensky in Moscow.", (s) => s.length <= 20) // "Putin offers to…"
 */
export function shortenToFit(text: string, fits: (candidate: string) => boolean, minWords = 1): string | null {
  const whole = text.trim();
  if (fits(whole)) return whole;
  const ends: number[] = [];
  const word = /\S+/g;
  for (let m = word.exec(whole); m; m = word.exec(whole)) ends.push(m.index + m[0].length);
  const cut = (end: number) => `${whole.slice(0, end).replace(/[\s.,;:!?·–—-]+$/u, "")}${ELLIPSIS}`;
  // Bisect over word ends for the last cut that fits (fitting is monotone in length).
  let lo = Math.max(0, minWords - 1);
  let hi = ends.length - 2;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(cut(ends[mid] as number))) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best >= 0) return cut(ends[best] as number);
  return null;
}

/**
 * `text` cut to at most `max` characters at a word boundary, with one ellipsis.
 *
 * @example
 * shortenText("Russia will regard any foreign troops as targets.", 31) // "Russia will regard any foreign…"
 */
export function shortenText(text: string, max: number): string {
  const whole = text.trim();
  if (whole.length <= max) return whole;
  return (
    shortenToFit(whole, (s) => s.length <= max) ??
    `${whole.slice(0, Math.max(1, max - 1)).replace(/[\s.,;:!?·–—-]+$/u, "")}${ELLIPSIS}`
  );
}
