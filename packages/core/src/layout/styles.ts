import { EVENT_KINDS, STATEMENT_KINDS } from "../model/vocabulary.js";
import type { MarkFamily, MarkShape } from "./types.js";

/** How a family of marks looks: one shape and one colour, and what the legend calls it. */
export interface FamilyStyle {
  shape: MarkShape;
  /** Okabe–Ito colour, safe for the common colour-vision deficiencies. */
  color: string;
  label: string;
}

/**
 * The families in legend order. Colours are from the Okabe–Ito palette (distinct under
 * protanopia, deuteranopia and tritanopia), each at least 3:1 against white as WCAG
 * asks of graphics; the shape repeats the distinction so colour is never the only cue.
 *
 * @example
 * FAMILY_STYLE.threat // { shape: "triangle-down", color: "#D55E00", label: "Threats, warnings, ultimatums" }
 */
export const FAMILY_STYLE: Readonly<Record<MarkFamily, FamilyStyle>> = {
  threat: { shape: "triangle-down", color: "#D55E00", label: "Threats, warnings, ultimatums" },
  offer: { shape: "circle", color: "#009E73", label: "Offers, proposals" },
  meeting: { shape: "square", color: "#0072B2", label: "Meetings, summits, visits, calls" },
  rejection: { shape: "cross", color: "#CC79A7", label: "Rejections" },
  other: { shape: "diamond", color: "#6F6F6F", label: "Other statements and events" },
};

/** The families in the order legends list them. */
export const FAMILIES: readonly MarkFamily[] = ["threat", "offer", "meeting", "rejection", "other"];

/**
 * The family of every statement and event kind. A call is a meeting held at a distance,
 * so it shares the meeting's square; everything not named by the families is "other".
 *
 * @example
 * KIND_FAMILY.ultimatum // "threat"
 * KIND_FAMILY.summit    // "meeting"
 */
export const KIND_FAMILY: Readonly<Record<string, MarkFamily>> = Object.freeze({
  ...Object.fromEntries([...STATEMENT_KINDS, ...EVENT_KINDS].map((k) => [k, "other" as MarkFamily])),
  threat: "threat",
  warning: "threat",
  ultimatum: "threat",
  offer: "offer",
  proposal: "offer",
  meeting: "meeting",
  summit: "meeting",
  visit: "meeting",
  call: "meeting",
  rejection: "rejection",
});

/**
 * The family of a kind; unknown kinds are "other".
 *
 * @example
 * familyOf("warning") // "threat"
 */
export function familyOf(kind: string): MarkFamily {
  return KIND_FAMILY[kind] ?? "other";
}

/** Kinds in lane order for `laneBy: "kind"`: grouped by family, then in vocabulary order. */
export const KIND_ORDER: readonly string[] = FAMILIES.flatMap((f) =>
  [...STATEMENT_KINDS, ...EVENT_KINDS].filter((k) => familyOf(k) === f),
);
