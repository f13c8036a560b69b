import type { PloverEvent } from "../coding/plover.js";
import type { Actor } from "../model/types.js";

/** A PLOVER actor object: `code` is an ISO 3166 alpha-3 country or IGO. */
export interface PloverActor {
  code?: string;
  sector?: string;
  actor_text: string;
  briefline_id: string;
}

export function ploverActor(id: string, actor: Actor | undefined): PloverActor {
  const code = actor?.country ?? (actor?.type === "igo" ? "IGO" : undefined);
  return {
    ...(code ? { code } : {}),
    ...(actor?.sector ? { sector: actor.sector } : {}),
    actor_text: actor?.name ?? id,
    briefline_id: id,
  };
}

// The manual files each event type under one of four headings.
const QUADS: Record<PloverEvent, 1 | 2 | 3 | 4> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  DEMAND: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadCode(event: PloverEvent): 1 | 2 | 3 | 4 {
  return QUADS[event];
}
