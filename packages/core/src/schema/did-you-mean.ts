import { closest, distance } from "fastest-levenshtein";

/**
 * The candidate closest to `input` when it is close enough to be a likely typo
 * (case-insensitive; at most a third of the word's letters differ).
 *
 * @example
 * didYouMean("puttin", ["putin", "zelensky"]) // "putin"
 * didYouMean("xi", ["putin", "zelensky"])     // undefined
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || input === "") return undefined;
  const lowered = input.toLowerCase();
  const exactCase = list.find((c) => c.toLowerCase() === lowered);
  if (exactCase) return exactCase;
  const best = closest(
    lowered,
    list.map((c) => c.toLowerCase()),
  );
  const limit = Math.max(1, Math.floor(Math.max(lowered.length, best.length) / 3));
  const d = distance(lowered, best);
  // Nothing in common ("G" for "A"): a guess, not a near miss.
  if (d > limit || d >= lowered.length) return undefined;
  return list.find((c) => c.toLowerCase() === best);
}

/** Formats a "did you mean" hint, or a fallback listing the choices. */
export function suggestion(input: string, candidates: readonly string[], what: string, plural = `${what}s`): string {
  const near = didYouMean(input, candidates);
  if (near !== undefined) return `did you mean "${near}"?`;
  if (candidates.length === 0) return `define the ${what} first`;
  const shown = candidates.slice(0, 8).join(", ");
  return `known ${plural}: ${shown}${candidates.length > 8 ? `, … (${candidates.length} in all)` : ""}`;
}
