import type { Actor } from "../model/types.js";
import type { ActorType } from "../model/vocabulary.js";
import { slugify } from "./slug.js";

/**
 * ACLED's actor categories (`inter1`/`inter2`): codes in older exports, names in newer
 * ones. State forces are a state's own; rebels and militias armed groups; rioters,
 * protesters and civilians collectives. External/other forces (code 8) are typed by name:
 * a state's forces acting abroad ("Military Forces of Russia (2000-)" in Ukraine) are a
 * state, the rest (peacekeepers, contractors, unidentified forces) organizations.
 */
const INTER: Record<string, ActorType | "external"> = {
  "1": "state",
  "state forces": "state",
  "2": "armed_group",
  "rebel group": "armed_group",
  "rebel groups": "armed_group",
  "3": "armed_group",
  "political militia": "armed_group",
  "political militias": "armed_group",
  "4": "armed_group",
  "identity militia": "armed_group",
  "identity militias": "armed_group",
  "5": "collective",
  rioters: "collective",
  "6": "collective",
  protesters: "collective",
  "7": "collective",
  civilians: "collective",
  "8": "external",
  "external/other forces": "external",
};

const STATE_NAME = /^(government|military forces|police forces) of\b/i;
// ACLED's names for groups of people: "Refugees/IDPs (Ukraine)", "Berber Ethnic Group (Algeria)".
const COLLECTIVE_NAME =
  /\b(protesters|rioters|civilians|refugees|idps|students|journalists|farmers|workers|teachers|lawyers|prisoners|women|residents|(ethnic|communal|religious|labou?r) group)\b/i;

/** The type of an associated actor, which has no inter code: from its name. */
function typeFromName(name: string): ActorType {
  if (STATE_NAME.test(name)) return "state";
  if (/\b(forces|military|police|militia|rebels?)\b/i.test(name)) return "armed_group";
  // "CTA: Argentine Workers' Central Union": a named organization, whoever its members are.
  if (/^[^:]+: /.test(name)) return "organization";
  if (COLLECTIVE_NAME.test(name)) return "collective";
  return "organization";
}

/** The type an inter code gives, by name for external/other forces; undefined without a code. */
function typeFromInter(name: string, inter: string | undefined): ActorType | undefined {
  const typed = inter === undefined ? undefined : INTER[inter.trim().toLowerCase()];
  if (typed !== "external") return typed;
  return STATE_NAME.test(name) ? "state" : "organization";
}

/** The actors an ACLED file names, one per name, typed from the first inter code met. */
export class AcledActors {
  readonly list: Actor[] = [];
  readonly #byName = new Map<string, Actor>();
  readonly #ids: Set<string>;

  constructor(ids: Set<string>) {
    this.#ids = ids;
  }

  /** The id of the actor called `name`, created on first sight; `country` is the one its name names, if known. */
  id(name: string, inter?: string, country?: string): string {
    const typed = typeFromInter(name, inter);
    const known = this.#byName.get(name);
    if (known) {
      if (country && !known.country) known.country = country;
      // A name first met as an associate gets its type when it appears with an inter code.
      if (typed && known.type !== typed && !this.#typedByInter.has(name)) known.type = typed;
      if (typed) this.#typedByInter.add(name);
      return known.id;
    }
    const actor: Actor = {
      id: slugify(name, this.#ids),
      name,
      type: typed ?? typeFromName(name),
      ...(country ? { country } : {}),
    };
    if (typed) this.#typedByInter.add(name);
    this.#byName.set(name, actor);
    this.list.push(actor);
    return actor.id;
  }

  readonly #typedByInter = new Set<string>();
}
