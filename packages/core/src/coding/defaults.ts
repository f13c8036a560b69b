import type { Coding, Event, Statement } from "../model/types.js";
import type { EventKind, StatementKind } from "../model/vocabulary.js";
import { cameoCode } from "./cameo.js";

/** The coding and intensity an item gets when the analyst gives none. */
export interface DefaultCoding {
  coding: Coding;
  intensity: number;
}

/**
 * Default CAMEO/PLOVER coding and Goldstein-style intensity per statement kind, in the
 * spirit of CAMEO's verb dictionaries: a threat is a threat of force (138/THREATEN),
 * an offer is an offer to meet (036/AGREE), a rejection is CAMEO's general "reject"
 * (120/REJECT: 125 is the rejection of a proposal to meet, too narrow for the kind).
 */
export const STATEMENT_DEFAULTS: Record<StatementKind, DefaultCoding> = {
  threat: d("138", "THREATEN", "violence", -7),
  warning: d("130", "THREATEN", "verbal", -4.4),
  ultimatum: d("139", "THREATEN", "violence", -7),
  offer: d("036", "AGREE", "diplomatic", 4),
  proposal: d("030", "AGREE", "diplomatic", 4),
  appeal: d("020", "REQUEST", "verbal", 3),
  demand: d("100", "REQUEST", "verbal", -5),
  rejection: d("120", "REJECT", "diplomatic", -4),
  accusation: d("112", "ACCUSE", "verbal", -2),
  assurance: d("030", "AGREE", "verbal", 4),
  denial: d("016", "REJECT", "verbal", 0),
  praise: d("051", "SUPPORT", "verbal", 3.4),
  comment: { coding: { cameo: "010" }, intensity: 0 },
};

/**
 * Default coding and intensity per event kind. `military` and `agreement` get none:
 * each spans codes of opposite meaning (see {@link UNCODED_KINDS}), so their items
 * count 0 until the analyst codes them, and validation says so.
 */
export const EVENT_DEFAULTS: Record<EventKind, DefaultCoding> = {
  meeting: d("040", "CONSULT", "diplomatic", 1),
  summit: d("044", "CONSULT", "diplomatic", 2.5),
  visit: d("042", "CONSULT", "diplomatic", 1.9),
  call: d("041", "CONSULT", "verbal", 1),
  forum: { coding: { cameo: "010" }, intensity: 0 },
  speech: { coding: { cameo: "010" }, intensity: 0 },
  military: { coding: {}, intensity: 0 },
  agreement: { coding: {}, intensity: 0 },
  other: { coding: {}, intensity: 0 },
};

/**
 * Event kinds too broad for a default code, with what to choose from: validation
 * warns of such an event without a CAMEO code or an intensity.
 */
export const UNCODED_KINDS: Partial<Record<EventKind, string>> = {
  military:
    'a missile test and an attack share this kind: add coding: { cameo: "150" } for a show of force, "152" for raised alert, "190" for use of force (or give intensity)',
  agreement:
    'a cooperation pact and a sanctions resolution share this kind: add coding: { cameo: "057" } for a signed agreement, "163" for sanctions imposed (or give intensity)',
};

function d(cameo: string, event: string, mode: string, intensity: number): DefaultCoding {
  return { coding: { cameo, plover: { event, mode } }, intensity };
}

/**
 * The coding in force for an item: what the analyst wrote, completed from the defaults
 * of its kind (a CAMEO code given alone keeps the kind's PLOVER type, and vice versa).
 *
 * @example
 * codingOf({ kind: "threat", … }).cameo // "138"
 */
export function codingOf(item: Statement | Event): Coding {
  const base = defaultsOf(item).coding;
  return { cameo: item.coding?.cameo ?? base.cameo, plover: item.coding?.plover ?? base.plover };
}

/**
 * The intensity in force for an item: its own, else the Goldstein weight of its CAMEO
 * code, else its kind's default.
 *
 * @example
 * intensityOf({ kind: "offer", … })                          // 4
 * intensityOf({ kind: "threat", coding: { cameo: "131" } … }) // -5.8
 */
export function intensityOf(item: Statement | Event): number {
  if (item.intensity !== undefined) return item.intensity;
  const own = item.coding?.cameo ? cameoCode(item.coding.cameo) : undefined;
  return own ? own.goldstein : defaultsOf(item).intensity;
}

function defaultsOf(item: Statement | Event): DefaultCoding {
  return "speaker" in item ? STATEMENT_DEFAULTS[item.kind as StatementKind] : EVENT_DEFAULTS[item.kind as EventKind];
}
