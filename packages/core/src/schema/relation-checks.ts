import type { Chronicle } from "../model/types.js";
import { error, type Issue, warning } from "./issue.js";

const ANSWERABLE = new Set(["offer", "proposal", "demand", "ultimatum", "appeal"]);

/**
 * Checks the relation graph: no item relates to itself, relations form no cycle
 * (an answer cannot precede what it answers), and `rejects`/`accepts` point at
 * something that can be rejected or accepted.
 */
export function checkRelations(chronicle: Chronicle, issues: Issue[]): void {
  const relations = chronicle.relations ?? [];
  // The kind of each statement, built at the first rejects/accepts (many chronicles have
  // none). The first definition wins, as in indexIds (a duplicate id is reported there).
  let kinds: Map<string, string> | undefined;
  const edges = new Map<string, Array<{ to: string; index: number }>>();
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i] as (typeof relations)[number];
    if (r.from === r.to) {
      issues.push(
        error(
          "self-relation",
          ["relations", i],
          `"${r.from}" ${r.type} itself`,
          "a relation links two different items",
        ),
      );
      continue;
    }
    const list = edges.get(r.from);
    if (list === undefined) edges.set(r.from, [{ to: r.to, index: i }]);
    else list.push({ to: r.to, index: i });
    if (r.type !== "rejects" && r.type !== "accepts") continue;
    kinds ??= statementKinds(chronicle);
    const kind = kinds.get(r.to);
    if (kind !== undefined && !ANSWERABLE.has(kind)) {
      issues.push(
        warning(
          "odd-relation",
          ["relations", i, "to"],
          `"${r.from}" ${r.type} "${r.to}", which is a ${kind}`,
          "rejects/accepts usually point at an offer, proposal, demand, ultimatum or appeal; use responds_to otherwise",
        ),
      );
    }
  }
  findCycles(edges, issues);
}

function statementKinds(chronicle: Chronicle): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const s of chronicle.statements ?? []) if (!kinds.has(s.id)) kinds.set(s.id, s.kind);
  return kinds;
}

// Iterative depth-first search (a million relations must not overflow the stack).
function findCycles(edges: Map<string, Array<{ to: string; index: number }>>, issues: Issue[]): void {
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    const trail: string[] = [start];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: string; next: number };
      const out = edges.get(top.node) ?? [];
      if (top.next >= out.length) {
        state.set(top.node, 2);
        stack.pop();
        trail.pop();
        continue;
      }
      const edge = out[top.next++] as { to: string; index: number };
      const seen = state.get(edge.to);
      if (seen === 1) {
        const cycle = [...trail.slice(trail.indexOf(edge.to)), edge.to];
        issues.push(
          error(
            "relation-cycle",
            ["relations", edge.index],
            `relations form a cycle: ${cycle.join(" → ")}`,
            "`from` is the later item and `to` the earlier one; reverse or remove one relation",
          ),
        );
      } else if (seen === undefined) {
        state.set(edge.to, 1);
        stack.push({ node: edge.to, next: 0 });
        trail.push(edge.to);
      }
    }
  }
}
