import { type Entry, entriesOf } from "../model/entries.js";
import type { Chronicle, Condition } from "../model/types.js";

const THREAT_KINDS = new Set(["threat", "warning", "ultimatum"]);

/** One distinct threat with everything said to repeat it. */
export interface ThreatRecord {
  /** The first statement of the threat. */
  id: string;
  kind: string;
  speaker: string;
  targets: string[];
  summary: string;
  conditions: Condition[];
  /** Earliest instant it was first stated. */
  firstStated: Entry["date"];
  /** Date of the latest repetition (the first statement when never repeated). */
  lastStated: Entry["date"];
  /** How many later statements repeat it. */
  reiterations: number;
  /** Ids of the first statement and its repetitions, in date order. */
  statements: string[];
  /** The most hostile intensity among them. */
  intensity: number;
  /** Whether a later threat escalates it. */
  escalated: boolean;
}

/**
 * The threat register: each distinct threat (threat, warning, ultimatum) once, with
 * its reiterations folded in. Statements linked by `reiterates` are one threat;
 * the register is ordered by intensity (most hostile first), then date.
 *
 * @example
 * threatRegister(chronicle).map((t) => `${t.speaker} → ${t.targets.join(", ")}: ${t.summary} (×${t.reiterations + 1})`)
 */
export function threatRegister(chronicle: Chronicle, entries: readonly Entry[] = entriesOf(chronicle)): ThreatRecord[] {
  const threats = entries.filter((e) => e.type === "statement" && THREAT_KINDS.has(e.kind));
  const ids = new Set(threats.map((e) => e.id));
  const parent = new Map<string, string>();
  const escalated = new Set<string>();
  for (const r of chronicle.relations ?? []) {
    if (r.type === "reiterates" && ids.has(r.from) && ids.has(r.to)) parent.set(r.from, r.to);
    if (r.type === "escalates") escalated.add(r.to);
  }
  const rootOf = (id: string) => {
    let current = id;
    for (let guard = 0; parent.has(current) && guard < 10_000; guard++) current = parent.get(current) as string;
    return current;
  };
  const groups = new Map<string, Entry[]>();
  for (const e of threats) {
    const root = rootOf(e.id);
    const list = groups.get(root);
    if (list) list.push(e);
    else groups.set(root, [e]);
  }
  const register: ThreatRecord[] = [];
  for (const [rootId, list] of groups) {
    list.sort((a, b) => a.date.earliest - b.date.earliest);
    const root = list.find((e) => e.id === rootId) ?? (list[0] as Entry);
    const last = list.reduce((a, b) => (b.date.latest > a.date.latest ? b : a));
    register.push({
      id: root.id,
      kind: root.kind,
      speaker: root.speaker as string,
      targets: [...new Set(list.flatMap((e) => e.targets))],
      summary: root.title,
      conditions: root.statement?.conditions ?? [],
      firstStated: root.date,
      lastStated: last.date,
      reiterations: list.length - 1,
      statements: list.map((e) => e.id),
      intensity: Math.min(...list.map((e) => e.intensity)),
      escalated: list.some((e) => escalated.has(e.id)),
    });
  }
  return register.sort((a, b) => a.intensity - b.intensity || a.firstStated.earliest - b.firstStated.earliest);
}
