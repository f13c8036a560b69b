export { candidateInfo } from "./candidate-info.js";
export { extractCandidates } from "./extract.js";
export { DEFAULT_LEXICON, extendLexicon } from "./lexicon/default.js";
export type * from "./lexicon/types.js";
export { findActor } from "./merge/match-actor.js";
export { applyPlan, type MergeOptions, type MergePlan, type MergeResult, mergeCandidates } from "./merge/merge.js";
export type { ArticleMeta, CandidateInfo, ExtractOptions, ExtractResult } from "./types.js";
