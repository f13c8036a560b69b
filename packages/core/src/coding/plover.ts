/**
 * PLOVER event types (Political Language Ontology for Verifiable Event Records), the
 * successor of CAMEO's 20 roots, with the CAMEO root each one chiefly descends from.
 */
export const PLOVER_EVENTS = {
  AGREE: "03",
  CONSULT: "04",
  SUPPORT: "05",
  CONCEDE: "08",
  COOPERATE: "06",
  AID: "07",
  RETREAT: "087",
  REQUEST: "02",
  ACCUSE: "11",
  REJECT: "12",
  THREATEN: "13",
  PROTEST: "14",
  SANCTION: "16",
  MOBILIZE: "15",
  COERCE: "17",
  ASSAULT: "18",
} as const;

export type PloverEvent = keyof typeof PLOVER_EVENTS;

/**
 * Whether a PLOVER event type is one of the sixteen.
 *
 * @example
 * isPloverEvent("THREATEN") // true
 */
export function isPloverEvent(name: string): name is PloverEvent {
  return Object.hasOwn(PLOVER_EVENTS, name);
}
