/**
 * The extractor's API, taken from the package itself (a type-only import: nothing is
 * loaded at start-up, and the types cannot drift from the code they describe).
 */
export type Extractor = typeof import("@briefline/core/extract");

/** The metadata of an article, as the extractor takes it. */
export type ArticleMeta = import("@briefline/core/extract").ArticleMeta;

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
 * needs it, so `briefline --help` stays fast. It lives at its own subpath so the
 * browser bundle and the other commands never load it.
 */
export async function loadExtractor(): Promise<Extractor> {
  return injected ?? (await import("@briefline/core/extract"));
}
