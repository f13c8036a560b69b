import type { Actor, Chronicle, Event, Relation, Source, SourceRef, Statement } from "@briefline/core";

/** The metadata of an article, as `@briefline/extract` takes it. */
export interface ArticleMeta {
  id?: string;
  title?: string;
  publisher?: string;
  author?: string;
  url?: string;
  published?: string;
  language?: string;
}

/** What `extractCandidates` returns. */
export interface ExtractResult {
  chronicle: Chronicle;
  candidates: Array<{
    id: string;
    type: "statement" | "event";
    spans: Array<[number, number]>;
    confidence: number;
    dateDefaulted: boolean;
  }>;
  warnings: string[];
}

/** What `mergeCandidates` returns. */
export interface MergeResult {
  chronicle: Chronicle;
  plan: {
    actors: Actor[];
    sources: Source[];
    events: Event[];
    statements: Statement[];
    relations: Relation[];
    sourceRefs: Array<{ collection: "statements" | "events"; index: number; ref: SourceRef }>;
  };
  actorIds: Record<string, string>;
  corroborated: Array<{ candidate: string; existing: string }>;
  knownEvents: Array<{ candidate: string; existing: string }>;
  reiterations: Array<{ from: string; to: string }>;
  alreadyPresent: string[];
}

/** The part of `@briefline/extract` the CLI uses. */
export interface Extractor {
  extractCandidates(
    text: string,
    options?: { source?: ArticleMeta; chronicle?: Chronicle; minConfidence?: number; fallbackDate?: string },
  ): ExtractResult;
  mergeCandidates(base: Chronicle, candidates: Chronicle, options?: { windowDays?: number }): MergeResult;
  candidateInfo(item: Statement | Event): {
    confidence: number | undefined;
    spans: Array<[number, number]>;
    dateDefaulted: boolean;
  };
  findActor(candidate: Actor, actors: readonly Actor[]): Actor | undefined;
}

const PACKAGE = "@briefline/extract";
let injected: Extractor | undefined;

/**
 * Uses this extractor instead of loading the package: for tests, which run the
 * sources rather than the built package.
 */
export function useExtractor(extractor: Extractor | undefined): void {
  injected = extractor;
}

/**
 * Loads the extractor (compromise, chrono-node and the lexicon) only when a command
 * needs it, so `briefline --help` stays fast. It is its own package (`@briefline/extract`)
 * so that apps reusing core never install the NLP libraries. The specifier is a variable
 * so that TypeScript does not follow it into the extractor's types; the types above mirror it.
 */
export async function loadExtractor(): Promise<Extractor> {
  return injected ?? ((await import(PACKAGE)) as Extractor);
}
