import type { Chronicle } from "@briefline/core";
import type { Lexicon } from "./lexicon/types.js";

/** What is known of the article: becomes its source record. */
export interface ArticleMeta {
  /** Id for the source record; derived from the title when absent. */
  id?: string;
  title?: string;
  publisher?: string;
  author?: string;
  url?: string;
  /** Publication date (EDTF day, e.g. 2025-09-05): relative dates resolve against it. */
  published?: string;
  language?: string;
}

/** Options of {@link extractCandidates}. */
export interface ExtractOptions {
  source?: ArticleMeta;
  /** A chronicle whose actors (names and aliases) the extractor uses; its ids are kept. */
  chronicle?: Chronicle;
  lexicon?: Lexicon;
  /** Drop candidates below this confidence (0..1). */
  minConfidence?: number;
  /**
   * The date used when the article has none and no `source.published` is given (an
   * EDTF day). Without either, statements are dated by the text alone or left for
   * the analyst, flagged.
   */
  fallbackDate?: string;
}

/** Where a candidate came from, for review and evaluation. */
export interface CandidateInfo {
  id: string;
  type: "statement" | "event";
  /** Character spans [start, end) of the sentences it rests on, in the article text. */
  spans: Array<[number, number]>;
  confidence: number;
  /** The date was not in the text: it is the publication date. */
  dateDefaulted: boolean;
}

/** What {@link extractCandidates} returns. */
export interface ExtractResult {
  /** A valid chronicle of candidates: the actors they name, the source, events, statements, relations. */
  chronicle: Chronicle;
  candidates: CandidateInfo[];
  /** Things the analyst should know: no publication date, nothing found. */
  warnings: string[];
}
