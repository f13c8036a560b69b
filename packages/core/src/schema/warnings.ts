import type { Chronicle } from "../model/types.js";
import { type Issue, warning } from "./issue.js";

/** Reports what is allowed but probably a slip: items without sources, unused actors. */
export function checkWarnings(chronicle: Chronicle, issues: Issue[]): void {
  (chronicle.statements ?? []).forEach((s, i) => {
    if (!s.sources?.length) {
      issues.push(
        warning(
          "no-source",
          ["statements", i],
          `statement "${s.id}" has no source`,
          "add sources: [{ source: <id>, credibility: 1..6 }]",
        ),
      );
    }
    if ((s.kind === "threat" || s.kind === "ultimatum") && !s.targets?.length) {
      issues.push(
        warning(
          "no-target",
          ["statements", i],
          `${s.kind} "${s.id}" has no target`,
          "add targets: [<actor id>] so the threat register can say whom it threatens",
        ),
      );
    }
  });
  (chronicle.events ?? []).forEach((e, i) => {
    if (!e.sources?.length) {
      issues.push(
        warning(
          "no-source",
          ["events", i],
          `event "${e.id}" has no source`,
          "add sources: [{ source: <id>, credibility: 1..6 }]",
        ),
      );
    }
  });
  const used = new Set<string>();
  for (const s of chronicle.statements ?? []) {
    used.add(s.speaker);
    for (const t of s.targets ?? []) used.add(t);
  }
  for (const e of chronicle.events ?? []) for (const p of e.participants ?? []) used.add(p);
  for (const a of chronicle.actors ?? []) for (const m of a.members ?? []) used.add(m);
  (chronicle.actors ?? []).forEach((a, i) => {
    if (!used.has(a.id)) {
      issues.push(
        warning(
          "unused-actor",
          ["actors", i],
          `actor "${a.id}" is never referred to`,
          "remove it, or name it as a speaker, target or participant",
        ),
      );
    }
  });
  const cited = new Set<string>();
  for (const item of [...(chronicle.statements ?? []), ...(chronicle.events ?? [])]) {
    for (const r of item.sources ?? []) cited.add(r.source);
  }
  (chronicle.sources ?? []).forEach((s, i) => {
    if (!cited.has(s.id)) {
      issues.push(
        warning(
          "unused-source",
          ["sources", i],
          `source "${s.id}" is never cited`,
          "cite it from an item's sources, or remove it",
        ),
      );
    }
  });
}
