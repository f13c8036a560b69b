import type { Chronicle } from "../model/types.js";

/**
 * What each rejection turns down: the items it `rejects`, and the items a statement of
 * kind `rejection` `responds_to` (the validator asks for `responds_to` when the item
 * rejected is not an offer, proposal, demand, ultimatum or appeal, e.g. a threat).
 * Keyed by the rejecting item's id, in the order of the relations. One rule, so the
 * validator's advice and every view of rejections agree.
 *
 * @example
 * rejectedItems(chronicle).get("kyiv-dismisses-offer") // ["moscow-offer"]
 */
export function rejectedItems(chronicle: Chronicle): Map<string, string[]> {
  const rejections = new Set<string>();
  for (const s of chronicle.statements ?? []) if (s.kind === "rejection") rejections.add(s.id);
  const out = new Map<string, string[]>();
  for (const r of chronicle.relations ?? []) {
    if (r.type !== "rejects" && !(r.type === "responds_to" && rejections.has(r.from))) continue;
    const list = out.get(r.from);
    if (list === undefined) out.set(r.from, [r.to]);
    else if (!list.includes(r.to)) list.push(r.to);
  }
  return out;
}
