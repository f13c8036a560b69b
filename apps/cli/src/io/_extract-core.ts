/**
 * The extractor's API, taken from the package itself (a type-only import: nothing is
 * loaded at start-up, and the types cannot drift from the code they describe).
 */
export type Extractor = typeof import("@briefline/extract");

/** The metadata of an article, as the extractor takes it. */
export type ArticleMeta = import("@briefline/extract").ArticleMeta;

let injected: Extractor | undefined;

/**
 * Uses this extractor instead of loading the subpath: for tests, which run the
 * sources rather than the built package.
 */
export function useExtractor(extractor: Extractor | undefined): void {
  injected = extractor;
}

/**
 * Loads the extractor (compromise, chrono-node and the lexicon) only when a command
 * needs it, so `briefline --help` stays fast. It is its own package, so apps reusing
 * core never install the NLP libraries, and the other commands never load it.
 */
export async function loadExtractor(): Promise<Extractor> {
  return injected ?? (await import("@briefline/extract"));
}
