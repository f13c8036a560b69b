import type { Chronicle } from "@briefline/core";

/** One difference between two versions of a chronicle. */
export interface Change {
  change: "new" | "changed" | "withdrawn";
  what: "statement" | "event" | "judgment" | "actor" | "source" | "relation";
  id: string;
  /** A readable label: the summary, title, name or text. */
  label: string;
  /** Fields that differ, for `changed`. */
  fields: string[];
  /** For judgments: how the likelihood or confidence moved, e.g. "likely → very likely". */
  detail?: string;
}

type Keyed = { id: string } & Record<string, unknown>;

const COLLECTIONS = [
  ["statement", "statements", "summary"],
  ["event", "events", "title"],
  ["judgment", "judgments", "text"],
  ["actor", "actors", "name"],
  ["source", "sources", "title"],
] as const;

/**
 * What changed between an earlier and a later chronicle: items, judgments, actors,
 * sources and relations that are new, changed (with the fields that differ) or
 * withdrawn, matched by id.
 *
 * @example
 * diffChronicles(lastWeek, today).filter((c) => c.change === "new").map((c) => c.id)
 */
export function diffChronicles(previous: Chronicle, current: Chronicle): Change[] {
  const out: Change[] = [];
  for (const [what, key, labelKey] of COLLECTIONS) {
    const before = new Map(((previous[key] ?? []) as Keyed[]).map((x) => [x.id, x]));
    const after = new Map(((current[key] ?? []) as Keyed[]).map((x) => [x.id, x]));
    for (const [id, item] of after) {
      const old = before.get(id);
      const label = String(item[labelKey] ?? id);
      if (!old) out.push({ change: "new", what, id, label, fields: [] });
      else {
        const fields = changedFields(old, item);
        if (fields.length)
          out.push({ change: "changed", what, id, label, fields, ...judgmentDetail(old, item, fields) });
      }
    }
    for (const [id, item] of before) {
      if (!after.has(id)) out.push({ change: "withdrawn", what, id, label: String(item[labelKey] ?? id), fields: [] });
    }
  }
  const relKey = (r: { type: string; from: string; to: string }) => `${r.from} ${r.type} ${r.to}`;
  const beforeRel = new Set((previous.relations ?? []).map(relKey));
  const afterRel = new Set((current.relations ?? []).map(relKey));
  for (const k of afterRel)
    if (!beforeRel.has(k))
      out.push({ change: "new", what: "relation", id: k, label: k.replaceAll("_", " "), fields: [] });
  for (const k of beforeRel)
    if (!afterRel.has(k))
      out.push({ change: "withdrawn", what: "relation", id: k, label: k.replaceAll("_", " "), fields: [] });
  return out;
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

function judgmentDetail(a: Record<string, unknown>, b: Record<string, unknown>, fields: string[]): { detail?: string } {
  const parts: string[] = [];
  for (const f of ["likelihood", "confidence"]) {
    if (fields.includes(f))
      parts.push(`${f} ${String(a[f]).replaceAll("_", " ")} → ${String(b[f]).replaceAll("_", " ")}`);
  }
  return parts.length ? { detail: parts.join("; ") } : {};
}
