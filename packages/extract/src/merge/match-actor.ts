import type { Actor } from "@briefline/core";
import { normalizePhrase } from "../text/normalize.js";

/**
 * The chronicle's actor a candidate actor stands for: the same id with a shared name,
 * else a shared name or alias ("Russian President" among Putin's aliases), preferring
 * one of the same type. Undefined when it is new.
 *
 * @example
 * findActor({ id: "vladimir-putin", name: "Vladimir Putin", type: "person" }, chronicle.actors)?.id // "putin"
 */
export function findActor(candidate: Actor, actors: readonly Actor[]): Actor | undefined {
  const names = (a: Actor) => new Set([a.name, ...(a.aliases ?? [])].map(normalizePhrase));
  const mine = names(candidate);
  const shares = (a: Actor) => [...names(a)].some((n) => mine.has(n));
  const sameId = actors.find((a) => a.id === candidate.id);
  if (sameId && shares(sameId)) return sameId;
  const byName = actors.filter((a) => names(a).has(normalizePhrase(candidate.name)));
  const pool = byName.length ? byName : actors.filter(shares);
  return pool.find((a) => a.type === candidate.type) ?? pool[0];
}
