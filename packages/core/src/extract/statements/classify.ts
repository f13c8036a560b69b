import type { Coding } from "../../model/types.js";
import type { StatementKind } from "../../model/vocabulary.js";
import type { Lexicon } from "../lexicon/types.js";
import type { FoundCondition } from "./conditions.js";
import type { Trigger } from "./triggers.js";

/** What a statement is, once what was said has been read. */
export interface Classified {
  kind: StatementKind;
  coding: Coding;
  /** The kind came from the content, not from the verb alone. */
  fromContent: boolean;
}

const FUTURE = /\b(would|will|shall|could|might|must|'ll|going to|prepared to|ready to|willing to|determined to)\b/;
const OPEN_TO = /\b(ready|prepared|willing|open) to\b/;
const DEADLINE =
  /\b(within \w+ (hours|days|weeks|months)|by (the end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+ \d{1,2}\b)|deadline)\b/;
const OR_ELSE = /\b(or face|or else|or risk|or we will|or it will|otherwise)\b/;

/**
 * The kind and CAMEO/PLOVER coding of a statement from its trigger and its content:
 * a warning or plain statement whose content threatens force in a future or
 * conditional way is a threat (CAMEO 138); a demand with a deadline and a penalty is
 * an ultimatum (139); "had no intention of …" is an assurance; "ready to meet" is an
 * offer. Offers and proposals to meet are coded 036, to mediate 039.
 */
export function classify(
  trigger: Trigger,
  content: string,
  conditions: readonly FoundCondition[],
  lexicon: Lexicon,
  startsWithTo: boolean,
): Classified | undefined {
  const text = ` ${content.toLowerCase().replace(/["“”]/g, "")} `;
  const words = text.split(/[^a-z'-]+/).filter(Boolean);
  // "agreed not to use force" forswears force: a cue right after a negation does not count.
  const isCue = (w: string) => lexicon.forceCues.some((c) => (c.length >= 5 ? w.startsWith(c) : w === c));
  const negatedAt = (n: number) =>
    /^(not|never|no|without)$/.test(words[n - 1] ?? "") || /^(not|never|no)$/.test(words[n - 2] ?? "");
  const force =
    words.some((w, n) => isCue(w) && !negatedAt(n)) ||
    lexicon.forcePhrases.some(
      (p) =>
        (text.includes(` ${p} `) || text.includes(` ${p}`)) &&
        !/\b(not|never|no) (to )?$/.test(`${text.slice(0, text.indexOf(p)).trimEnd()} `),
    );
  const future = FUTURE.test(text) || startsWithTo || conditions.length > 0;
  let kind: StatementKind = trigger.kind;
  let fromContent = false;
  const sharpen = (k: StatementKind) => {
    kind = k;
    fromContent = true;
  };
  if (kind === "demand" && DEADLINE.test(text) && (OR_ELSE.test(text) || force)) sharpen("ultimatum");
  else if ((trigger.content || trigger.neutral || kind === "demand") && force && future) sharpen("threat");
  else if (trigger.content || trigger.neutral) {
    if (lexicon.assuranceCues.some((c) => text.includes(` ${c} `))) sharpen("assurance");
    else if (OPEN_TO.test(text) && words.some((w) => lexicon.cooperativeCues.some((c) => w.startsWith(c))))
      sharpen("offer");
  }
  const coding = codingFor(kind, trigger, words, force, fromContent);
  return { kind, coding, fromContent };
}

function codingFor(
  kind: StatementKind,
  trigger: Trigger,
  words: readonly string[],
  force: boolean,
  fromContent: boolean,
): Coding {
  const has = (...stems: string[]) => words.some((w) => stems.some((s) => w.startsWith(s)));
  let cameo = fromContent ? DEFAULT_CAMEO[kind] : trigger.cameo;
  const plover = fromContent ? DEFAULT_PLOVER[kind] : trigger.plover;
  if (kind === "threat") cameo = force ? "138" : "130";
  if (kind === "offer" || kind === "proposal") {
    if (has("mediat")) cameo = "039";
    else if (has("meet", "talk", "negotiat", "summit", "host", "dialogue")) cameo = "036";
    else if (has("aid", "assist", "help")) cameo = "033";
    else if (has("ceasefire", "truce", "peace")) cameo = "037";
  }
  if (kind === "appeal" && has("negotiat", "talks", "dialogue", "meet")) cameo = "026";
  return { cameo, ...(plover ? { plover: { event: plover } } : {}) };
}

const DEFAULT_CAMEO: Record<StatementKind, string> = {
  threat: "138",
  warning: "130",
  ultimatum: "139",
  offer: "030",
  proposal: "030",
  appeal: "020",
  demand: "100",
  rejection: "125",
  accusation: "112",
  assurance: "030",
  denial: "016",
  praise: "051",
  comment: "010",
};

const DEFAULT_PLOVER: Record<StatementKind, string> = {
  threat: "THREATEN",
  warning: "THREATEN",
  ultimatum: "THREATEN",
  offer: "AGREE",
  proposal: "AGREE",
  appeal: "REQUEST",
  demand: "REQUEST",
  rejection: "REJECT",
  accusation: "ACCUSE",
  assurance: "AGREE",
  denial: "REJECT",
  praise: "SUPPORT",
  comment: "",
};
