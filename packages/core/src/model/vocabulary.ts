/**
 * The closed vocabularies of the chronicle format. Each list is the single source of
 * truth: the zod schema, the JSON Schema, the docs and the renderers all read from here.
 */

/** What kind of thing an actor is. */
export const ACTOR_TYPES = ["person", "state", "organization", "igo", "armed_group", "collective"] as const;

/** What kind of thing happened at an event. */
export const EVENT_KINDS = [
  "meeting",
  "summit",
  "visit",
  "call",
  "forum",
  "speech",
  "military",
  "agreement",
  "other",
] as const;

/** Speech acts a statement can be. */
export const STATEMENT_KINDS = [
  "threat",
  "warning",
  "ultimatum",
  "offer",
  "proposal",
  "appeal",
  "demand",
  "rejection",
  "accusation",
  "assurance",
  "denial",
  "praise",
  "comment",
] as const;

/** How one item answers or continues another. */
export const RELATION_TYPES = [
  "responds_to",
  "rejects",
  "accepts",
  "reiterates",
  "contradicts",
  "escalates",
  "fulfills",
] as const;

/** ICD 203 estimative language, from least to most likely. */
export const LIKELIHOODS = [
  "almost_no_chance",
  "very_unlikely",
  "unlikely",
  "roughly_even_chance",
  "likely",
  "very_likely",
  "almost_certain",
] as const;

/** ICD 203 probability ranges for each likelihood term, in percent. */
export const LIKELIHOOD_RANGES: Record<(typeof LIKELIHOODS)[number], readonly [number, number]> = {
  almost_no_chance: [1, 5],
  very_unlikely: [5, 20],
  unlikely: [20, 45],
  roughly_even_chance: [45, 55],
  likely: [55, 80],
  very_likely: [80, 95],
  almost_certain: [95, 99],
};

/** Analytic confidence levels (never stated in the same sentence as a likelihood). */
export const CONFIDENCES = ["low", "moderate", "high"] as const;

/** Whether a statement is established, proposed by extraction, or contested. */
export const STATUSES = ["confirmed", "candidate", "disputed"] as const;

/** Admiralty (NATO) source reliability grades. */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;

/** What each Admiralty reliability grade means. */
export const RELIABILITY_LABELS: Record<(typeof RELIABILITY_GRADES)[number], string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

/** What each Admiralty information-credibility grade means (1..6). */
export const CREDIBILITY_LABELS: Record<1 | 2 | 3 | 4 | 5 | 6, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};

/** Kinds of condition attached to a statement. */
export const CONDITION_KINDS = ["if", "unless", "only_if", "until", "after"] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
export type Likelihood = (typeof LIKELIHOODS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type Status = (typeof STATUSES)[number];
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
export type ConditionKind = (typeof CONDITION_KINDS)[number];
