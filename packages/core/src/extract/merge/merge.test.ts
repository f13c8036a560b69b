import { describe, expect, it } from "vitest";
import type { Chronicle } from "../../model/types.js";
import { validateChronicle } from "../../schema/validate.js";
import { extractCandidates } from "../extract.js";
import { mergeCandidates } from "./merge.js";

const base: Chronicle = {
  briefline: 1,
  title: "Strait",
  actors: [
    { id: "lai", name: "Lai Ching-te", aliases: ["Taiwan's President", "Lai"], type: "person", country: "TWN" },
    { id: "prc", name: "China", aliases: ["Beijing", "PRC"], type: "state", country: "CHN" },
    { id: "taiwan", name: "Taiwan", aliases: ["Taipei"], type: "state", country: "TWN" },
  ],
  sources: [{ id: "wire-1", title: "Earlier wire", published: "2025-09-01" }],
  statements: [
    {
      id: "prc-warns",
      kind: "threat",
      speaker: "prc",
      targets: ["taiwan"],
      date: "2025-09-01",
      summary: "Beijing warned that separatist forces would be crushed.",
      sources: [{ source: "wire-1" }],
    },
  ],
  relations: [],
};
const text =
  "Beijing warned on Wednesday that separatist forces would be crushed. Lai rejected the warning and offered talks with Beijing.";
const candidates = () =>
  extractCandidates(text, { chronicle: base, source: { title: "Wire 2", published: "2025-09-05" } }).chronicle;
const snapshot = JSON.stringify(base);

describe("mergeCandidates", () => {
  it("mergeCandidates keeps every existing item as it was and adds the new ones", () => {
    const { chronicle } = mergeCandidates(base, candidates());
    for (const key of ["actors", "sources", "statements"] as const) {
      for (const item of base[key] ?? []) {
        const kept = (chronicle[key] as Array<{ id: string }>).find((x) => x.id === item.id);
        expect(kept).toEqual(item);
      }
    }
    expect(chronicle.statements?.length).toBeGreaterThan(base.statements?.length ?? 0);
    expect(validateChronicle(chronicle).ok).toBe(true);
    expect(JSON.stringify(base)).toBe(snapshot); // the input is not mutated
  });
  it("mergeCandidates reuses actors by alias and creates none twice", () => {
    const { chronicle, plan } = mergeCandidates(base, candidates());
    expect(plan.actors.map((a) => a.name)).not.toContain("Lai Ching-te");
    const ids = chronicle.actors?.map((a) => a.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(chronicle.statements?.filter((s) => s.kind === "rejection").map((s) => s.speaker)).toEqual(["lai"]);
  });
  it("mergeCandidates folds a repeat within days into a reiterates relation", () => {
    const { plan, reiterations } = mergeCandidates(base, candidates());
    const threat = plan.statements.find((s) => s.kind === "threat");
    expect(threat?.speaker).toBe("prc");
    expect(reiterations).toEqual([{ from: threat?.id, to: "prc-warns" }]);
    expect(plan.relations).toContainEqual(
      expect.objectContaining({ type: "reiterates", from: threat?.id, to: "prc-warns" }),
    );
  });
  it("mergeCandidates adds the source to the same statement told by another source instead of duplicating it", () => {
    const sameDay = {
      ...base,
      statements: [{ ...(base.statements?.[0] as NonNullable<Chronicle["statements"]>[number]), date: "2025-09-03" }],
    };
    const { chronicle, corroborated } = mergeCandidates(
      sameDay,
      extractCandidates(text, { chronicle: sameDay, source: { title: "Wire 2", published: "2025-09-05" } }).chronicle,
    );
    expect(corroborated).toHaveLength(1);
    expect(chronicle.statements?.filter((s) => s.kind === "threat")).toHaveLength(1);
    expect(chronicle.statements?.[0]?.sources?.map((r) => r.source)).toEqual([
      "wire-1",
      expect.stringMatching(/wire-2/),
    ]);
  });
  it("mergeCandidates is idempotent: merging the same candidates twice adds nothing the second time", () => {
    const once = mergeCandidates(base, candidates()).chronicle;
    const twice = mergeCandidates(
      once,
      extractCandidates(text, { chronicle: once, source: { title: "Wire 2", published: "2025-09-05" } }).chronicle,
    );
    expect(twice.plan.statements).toEqual([]);
    expect(twice.plan.actors).toEqual([]);
    expect(twice.plan.sources).toEqual([]);
    expect(twice.chronicle).toEqual(once);
  });
  it("mergeCandidates renames a candidate whose id is taken by another item", () => {
    const clash: Chronicle = {
      briefline: 1,
      title: "T",
      actors: [{ id: "lai-rejection", name: "Someone", type: "person" }],
    };
    const { chronicle } = mergeCandidates(clash, candidates());
    const ids = [...(chronicle.actors ?? []), ...(chronicle.statements ?? [])].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
