import { type Entry, entriesOf } from "../model/entries.js";
import type { Chronicle, Condition } from "../model/types.js";

const OFFER_KINDS = new Set(["offer", "proposal"]);

/** How someone answered an offer. */
export interface OfferResponse {
  id: string;
  type: "rejects" | "accepts" | "responds_to";
  speaker?: string;
  date: Entry["date"];
  summary: string;
}

/** An offer or proposal with its standing. */
export interface OfferRecord {
  id: string;
  kind: string;
  speaker: string;
  targets: string[];
  summary: string;
  conditions: Condition[];
  date: Entry["date"];
  /** `accepted` if any response accepts it, else `rejected` if any rejects it, else `open`. */
  status: "open" | "rejected" | "accepted";
  responses: OfferResponse[];
  /** Later statements that repeat this offer. */
  reiterations: string[];
}

/**
 * Offers and proposals with their status, read from relations (`rejects`, `accepts`,
 * `responds_to`, `reiterates`), in date order.
 *
 * @example
 * offers(chronicle).filter((o) => o.status === "open")
 */
export function offers(chronicle: Chronicle, entries: readonly Entry[] = entriesOf(chronicle)): OfferRecord[] {
  const byId = new Map(entriesOf(chronicle).map((e) => [e.id, e]));
  const list = entries.filter((e) => e.type === "statement" && OFFER_KINDS.has(e.kind));
  return list.map((offer) => {
    const responses: OfferResponse[] = [];
    const reiterations: string[] = [];
    for (const r of chronicle.relations ?? []) {
      if (r.to !== offer.id) continue;
      const from = byId.get(r.from);
      if (!from) continue;
      if (r.type === "reiterates") reiterations.push(from.id);
      else if (r.type === "rejects" || r.type === "accepts" || r.type === "responds_to") {
        responses.push({
          id: from.id,
          type: r.type,
          date: from.date,
          summary: from.title,
          ...(from.speaker ? { speaker: from.speaker } : {}),
        });
      }
    }
    responses.sort((a, b) => a.date.earliest - b.date.earliest);
    const status = responses.some((r) => r.type === "accepts")
      ? "accepted"
      : responses.some((r) => r.type === "rejects")
        ? "rejected"
        : "open";
    return {
      id: offer.id,
      kind: offer.kind,
      speaker: offer.speaker as string,
      targets: offer.targets,
      summary: offer.title,
      conditions: offer.statement?.conditions ?? [],
      date: offer.date,
      status,
      responses,
      reiterations,
    };
  });
}
