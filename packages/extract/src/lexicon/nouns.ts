import type { NounEntry } from "./types.js";

/**
 * Statement nouns ("his dismissal of …", "threats and invitations", "pledges by …"):
 * the same kinds and codes as the verbs. A noun makes an item only when the text says
 * whose it is (a possessive, "by"/"from" someone, or the subject of a support verb such
 * as "issued"), so that "the threat of escalation" yields nothing.
 */
export const NOUNS: readonly NounEntry[] = [
  { nouns: ["threat", "threats"], kind: "threat", cameo: "138", plover: "THREATEN", content: true },
  { nouns: ["warning", "warnings"], kind: "warning", cameo: "130", plover: "THREATEN", content: true },
  { nouns: ["ultimatum", "ultimatums", "ultimata"], kind: "ultimatum", cameo: "139", plover: "THREATEN" },
  { nouns: ["offer", "offers"], kind: "offer", cameo: "030", plover: "AGREE" },
  { nouns: ["invitation", "invitations"], kind: "offer", cameo: "036", plover: "AGREE" },
  { nouns: ["proposal", "proposals"], kind: "proposal", cameo: "030", plover: "AGREE" },
  {
    nouns: ["pledge", "pledges", "promise", "promises"],
    kind: "assurance",
    cameo: "030",
    plover: "AGREE",
    content: true,
  },
  { nouns: ["assurance", "assurances", "guarantee", "guarantees"], kind: "assurance", cameo: "030", plover: "AGREE" },
  { nouns: ["olive branch"], kind: "offer", cameo: "030", plover: "AGREE" },
  { nouns: ["appeal", "appeals", "plea", "pleas"], kind: "appeal", cameo: "020", plover: "" },
  { nouns: ["call", "calls"], kind: "appeal", cameo: "020", plover: "", followedBy: ["for", "on", "to"] },
  { nouns: ["demand", "demands"], kind: "demand", cameo: "100", plover: "DEMAND" },
  { nouns: ["rejection", "dismissal", "refusal", "rebuttal"], kind: "rejection", cameo: "125", plover: "REJECT" },
  { nouns: ["denial", "denials"], kind: "denial", cameo: "016", plover: "REJECT" },
  {
    nouns: ["accusation", "accusations", "allegation", "allegations"],
    kind: "accusation",
    cameo: "112",
    plover: "ACCUSE",
  },
  { nouns: ["criticism", "condemnation"], kind: "accusation", cameo: "111", plover: "ACCUSE" },
  { nouns: ["protest", "protests"], kind: "accusation", cameo: "111", plover: "ACCUSE" },
  { nouns: ["praise"], kind: "praise", cameo: "051", plover: "SUPPORT" },
  // stances made public by a support verb ("expressed concern over", "voiced its support for",
  // "has expressed willingness to mediate", "restated its insistence that")
  { nouns: ["concern", "concerns", "apprehension", "alarm"], kind: "comment", cameo: "010", plover: "" },
  { nouns: ["support", "solidarity"], kind: "assurance", cameo: "051", plover: "SUPPORT" },
  { nouns: ["willingness", "readiness"], kind: "offer", cameo: "030", plover: "AGREE" },
  { nouns: ["insistence"], kind: "demand", cameo: "100", plover: "DEMAND" },
  // thanks given ("extended his gratitude to", "expressed appreciation for"): praise of those thanked
  {
    nouns: ["gratitude", "thanks", "appreciation", "congratulations"],
    kind: "praise",
    cameo: "051",
    plover: "SUPPORT",
  },
];

/**
 * Verbs whose subject is the speaker of a statement noun in their object: "Trump has
 * oscillated between threats and invitations", "Moscow issued an ultimatum". Verbs of
 * receiving ("faced threats", "rejected proposals") are deliberately absent.
 */
export const SUPPORT_VERBS: readonly string[] = [
  "issue",
  "make",
  "deliver",
  "voice",
  "express",
  "repeat",
  "renew",
  "reiterate",
  "extend",
  "send",
  "level",
  "table",
  "submit",
  "present",
  "unveil",
  "announce",
  "put",
  "oscillate",
  "alternate",
  "swing",
  "waver",
  "combine",
  "mix",
  "trade",
  "exchange",
  "step",
  "escalate",
  "ramp",
  "intensify",
  "give",
  "hand",
  "set",
  "lodge",
  "file",
  "raise",
];
