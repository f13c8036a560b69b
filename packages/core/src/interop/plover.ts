import { codingOf } from "../coding/defaults.js";
import { entriesOf } from "../model/entries.js";
import type { Actor, Chronicle } from "../model/types.js";

/** One PLOVER-style event record (dyadic: one per target). */
export interface PloverRecord {
  id: string;
  date: string;
  date_precision: string;
  event: string | null;
  mode: string | null;
  context: string[];
  cameo: string | null;
  intensity: number;
  source_actor: string;
  source_country: string | null;
  source_sector: string | null;
  target_actor: string | null;
  target_country: string | null;
  target_sector: string | null;
  text: string;
  quote: string | null;
  location: string | null;
  publishers: string[];
  urls: string[];
}

/**
 * Exports statements and events as PLOVER-style records: one per (actor, target)
 * dyad, with event type, mode and context, the CAMEO code, intensity and provenance.
 *
 * @example
 * chronicleToPlover(chronicle).filter((r) => r.event === "THREATEN")
 */
export function chronicleToPlover(chronicle: Chronicle): PloverRecord[] {
  const actors = new Map<string, Actor>((chronicle.actors ?? []).map((a) => [a.id, a]));
  const sources = new Map((chronicle.sources ?? []).map((s) => [s.id, s]));
  const out: PloverRecord[] = [];
  for (const e of entriesOf(chronicle)) {
    const item = e.statement ?? e.event;
    if (!item || !Number.isFinite(e.date.earliest)) continue;
    const coding = codingOf(item);
    const refs = (item.sources ?? []).map((r) => sources.get(r.source)).filter((s) => s !== undefined);
    const speakers = e.speaker ? [e.speaker] : e.targets.slice(0, 1);
    const targets = e.speaker ? e.targets : e.targets.slice(1);
    for (const speaker of speakers) {
      for (const target of targets.length ? targets : [null]) {
        const a = actors.get(speaker);
        const t = target === null ? undefined : actors.get(target);
        out.push({
          id: targets.length > 1 ? `${e.id}:${target}` : e.id,
          date: new Date(e.date.earliest).toISOString().slice(0, 10),
          date_precision: e.date.precision,
          event: coding.plover?.event ?? null,
          mode: coding.plover?.mode ?? null,
          context: coding.plover?.context ?? [],
          cameo: coding.cameo ?? null,
          intensity: e.intensity,
          source_actor: a?.name ?? speaker,
          source_country: a?.country ?? null,
          source_sector: a?.sector ?? null,
          target_actor: target === null ? null : (t?.name ?? target),
          target_country: t?.country ?? null,
          target_sector: t?.sector ?? null,
          text: e.title,
          quote: e.statement?.quote?.text ?? null,
          location: e.event?.location?.name ?? null,
          publishers: refs.map((s) => s.publisher ?? s.title),
          urls: refs.map((s) => s.url).filter((u): u is string => Boolean(u)),
        });
      }
    }
  }
  return out;
}
