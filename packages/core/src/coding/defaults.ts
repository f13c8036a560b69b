import type { Coding, Event, Statement } from "../model/types.js";
import type { EventKind, StatementKind } from "../model/vocabulary.js";
import { cameoCode } from "./cameo.js";
import { ploverOfCameo } from "./cameo-to-plover.js";
import type { PloverEvent } from "./plover.js";

/** The coding and intensity an item gets when the analyst gives none. */
export interface DefaultCoding {
  coding: Coding;
  intensity: number;
}

/**
 * Default CAMEO coding and Goldstein-style intensity per statement kind, in the spirit
 * of CAMEO's verb dictionaries: a threat is a threat of force (138), an offer is an offer
 * to meet (036), a rejection is CAMEO's general "reject" (120: 125 is the rejection
 * of a proposal to meet, too narrow for the kind). The PLOVER event, mode and context
 * follow from the CAMEO code through the CAMEO2PLOVER table; PLOVER does not code
 * appeals or comments (CAMEO 02 and 01), so those carry no PLOVER type. Denials (CAMEO
 * 016) keep REJECT from their kind. A sanctions-type threat is a threat with the code
 * 1312 ("threaten to boycott, embargo, or sanction": THREATEN, mode restrict, context
 * diplomatic) written on the statement; the kind alone cannot tell it from a threat of force.
 */
export const STATEMENT_DEFAULTS: Record<StatementKind, DefaultCoding> = {
  threat: d("138", -7),
  warning: d("130", -4.4),
  ultimatum: d("139", -7),
  offer: d("036", 4),
  proposal: d("030", 4),
  appeal: d("020", 3),
  demand: d("100", -5),
  rejection: d("120", -4),
  accusation: d("112", -2),
  assurance: d("030", 4),
  denial: d("016", -2, "REJECT"),
  praise: d("051", 3.4),
  comment: d("010", 0),
};

/**
 * Default coding and intensity per event kind. `military` and `agreement` get none:
 * each spans codes of opposite meaning (see {@link UNCODED_KINDS}), so their items
 * count 0 until the analyst codes them, and validation says so.
 */
export const EVENT_DEFAULTS: Record<EventKind, DefaultCoding> = {
  meeting: d("040", 1),
  summit: d("044", 2.5),
  visit: d("042", 1.9),
  call: d("041", 1),
  forum: d("010", 0),
  speech: d("010", 0),
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

function d(cameo: string, intensity: number, event?: PloverEvent): DefaultCoding {
  const plover = ploverOfCameo(cameo) ?? (event ? { event } : undefined);
  return { coding: { cameo, ...(plover ? { plover } : {}) }, intensity };
}

/**
 * The coding in force for an item: what the analyst wrote, completed from the defaults
 * of its kind. A CAMEO code given alone brings its own PLOVER event, mode and context
 * (1312 is THREATEN/restrict, not the threat kind's THREATEN/violence); a PLOVER type
 * given alone keeps the kind's CAMEO code.
 *
 * @example
 * codingOf({ kind: "threat", … }).cameo // "138"
 */
export function codingOf(item: Statement | Event): Coding {
  const base = defaultsOf(item).coding;
  const own = item.coding?.cameo;
  const plover = item.coding?.plover ?? (own ? (ploverOfCameo(own) ?? base.plover) : base.plover);
  return { cameo: own ?? base.cameo, plover };
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
