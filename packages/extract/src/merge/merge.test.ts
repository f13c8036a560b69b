import type { Chronicle } from "@briefline/core";
import { validateChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
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

describe("mergeCandidates: events", () => {
  const trip: Chronicle = {
    briefline: 1,
    title: "Trip",
    actors: [
      { id: "putin", name: "Vladimir Putin", aliases: ["Putin"], type: "person", country: "RUS" },
      { id: "china", name: "China", type: "state", country: "CHN" },
      { id: "india", name: "India", type: "state", country: "IND" },
      { id: "north-korea", name: "North Korea", type: "state", country: "PRK" },
    ],
    sources: [{ id: "tass", title: "TASS", published: "2025-09-03" }],
    events: [
      {
        id: "china-trip",
        kind: "visit",
        title: "Putin's China trip",
        date: "2025-08-31/2025-09-03",
        participants: ["putin", "china", "india", "north-korea"],
        sources: [{ source: "tass", credibility: 1 }],
        tags: ["asia"],
      },
      {
        id: "sco",
        kind: "summit",
        title: "SCO summit",
        date: "2025-08-31/2025-09-01",
        participants: ["putin", "china"],
      },
    ],
    statements: [
      {
        id: "putin-praise-old",
        kind: "praise",
        speaker: "putin",
        date: "2025-09-02",
        at: "china-trip",
        summary: "Putin praised the talks.",
      },
    ],
  };
  const article =
    "Putin praised the ties with Beijing. Diplomatically, Putin has been showcasing Russia's strengthened alliances, particularly after meetings with leaders from China, India, and North Korea.";
  const extracted = (base: Chronicle) =>
    extractCandidates(article, { chronicle: base, source: { title: "Article", published: "2025-09-05" } }).chronicle;
  /** A candidate chronicle with one event and a statement said at it. */
  const one = (event: Partial<NonNullable<Chronicle["events"]>[number]>): Chronicle => ({
    briefline: 1,
    title: "Candidates",
    actors: trip.actors ?? [],
    sources: [{ id: "new", title: "New wire", published: "2025-09-05" }],
    events: [
      {
        id: "cand-meeting",
        kind: "meeting",
        title: "Meeting: Putin, China, India",
        date: "2025-09-05",
        participants: ["putin", "china", "india"],
        status: "candidate",
        sources: [{ source: "new", locator: "chars 0-10" }],
        tags: ["extracted", "date-defaulted"],
        ...event,
      },
    ],
    statements: [
      {
        id: "cand-offer",
        kind: "offer",
        speaker: "putin",
        date: "2025-09-05",
        at: "cand-meeting",
        summary: "Putin offered a meeting in Moscow.",
        status: "candidate",
        sources: [{ source: "new", locator: "chars 11-40" }],
      },
    ],
  });
  const keptAsIs = (merged: Chronicle, base: Chronicle, except: string[] = []) => {
    for (const key of ["actors", "sources", "events", "statements"] as const)
      for (const item of base[key] ?? []) {
        if (except.includes(item.id)) continue;
        expect((merged[key] as Array<{ id: string }>).find((x) => x.id === item.id)).toEqual(item);
      }
  };

  it("folds an extracted meeting into the visit it reports: the visit gains the source, nothing is duplicated", () => {
    const snapshot = JSON.stringify(trip);
    const candidates = extracted(trip);
    expect(candidates.events?.map((e) => [e.kind, e.status, e.participants])).toEqual([
      ["meeting", "candidate", ["putin", "china", "india", "north-korea"]],
    ]);
    const { chronicle, plan, knownEvents } = mergeCandidates(trip, candidates);
    expect(plan.events).toEqual([]);
    expect(knownEvents).toEqual([{ candidate: candidates.events?.[0]?.id, existing: "china-trip" }]);
    expect(chronicle.events?.map((e) => e.id)).toEqual(["china-trip", "sco"]);
    const first = (c: Chronicle) => (c.events ?? [])[0] as NonNullable<Chronicle["events"]>[number];
    const { sources, ...rest } = first(chronicle);
    const { sources: before, ...restBefore } = first(trip);
    expect(rest).toEqual(restBefore); // kind, title, date, participants, tags, status kept
    expect(sources?.slice(0, 1)).toEqual(before);
    expect(sources?.slice(1)).toEqual([expect.objectContaining({ source: plan.sources[0]?.id })]);
    keptAsIs(chronicle, trip, ["china-trip"]);
    expect(validateChronicle(chronicle).ok).toBe(true);
    expect(JSON.stringify(trip)).toBe(snapshot);
    // Merging the same article again adds nothing: not the event, not its source a second time.
    const again = mergeCandidates(chronicle, extracted(chronicle));
    expect(again.plan.events).toEqual([]);
    expect(again.plan.sourceRefs.filter((r) => r.collection === "events")).toEqual([]);
    expect(again.chronicle.events).toEqual(chronicle.events);
  });

  it("points statements said at a folded event to the existing event", () => {
    const { chronicle, plan } = mergeCandidates(trip, one({}));
    expect(plan.events).toEqual([]);
    expect(plan.statements.map((s) => [s.id, s.at])).toEqual([["cand-offer", "china-trip"]]);
    expect(chronicle.events?.[0]?.sources?.map((r) => r.source)).toEqual(["tass", "new"]);
    expect(chronicle.events?.[1]).toEqual(trip.events?.[1]);
    keptAsIs(chronicle, trip, ["china-trip"]);
    expect(validateChronicle(chronicle).ok).toBe(true);
  });

  it("adds the source once: a folded event that already cites it is left as it was", () => {
    const cited: Chronicle = {
      ...trip,
      sources: [...(trip.sources ?? []), { id: "new", title: "New wire", published: "2025-09-05" }],
      events: [
        {
          ...(trip.events?.[0] as NonNullable<Chronicle["events"]>[number]),
          sources: [{ source: "new", locator: "chars 0-10" }],
        },
        ...(trip.events ?? []).slice(1),
      ],
    };
    const { chronicle, plan, knownEvents } = mergeCandidates(cited, one({}));
    expect(knownEvents).toHaveLength(1);
    expect(plan.events).toEqual([]);
    expect(chronicle.events).toEqual(cited.events);
  });

  it("keeps events apart that differ in kind, participants or date", () => {
    const cases = [
      one({ kind: "call" }), // a phone call is not the visit
      one({ participants: ["putin", "north-korea", "india", "china"].slice(0, 1) }), // one shared participant
      one({ date: "2025-09-20" }), // undated, but more than 7 days after the visit
      one({ date: "2025-09-05", tags: ["extracted"] }), // dated by the text, two days after the visit
    ];
    for (const c of cases) {
      const { chronicle, plan, knownEvents } = mergeCandidates(trip, c);
      expect(knownEvents).toEqual([]);
      expect(plan.events.map((e) => [e.id, e.status])).toEqual([["cand-meeting", "candidate"]]);
      expect(plan.statements[0]?.at).toBe("cand-meeting");
      keptAsIs(chronicle, trip);
      expect(validateChronicle(chronicle).ok).toBe(true);
    }
  });

  it("prefers the event of the same kind and the closer date when several match", () => {
    const { knownEvents } = mergeCandidates(
      trip,
      one({ kind: "summit", title: "Leaders' summit", date: "2025-09-01", participants: ["putin", "china"], tags: [] }),
    );
    expect(knownEvents).toEqual([{ candidate: "cand-meeting", existing: "sco" }]);
  });

  it("takes a window of its own: windowDays widens the days an undated event may fall after a known one", () => {
    expect(mergeCandidates(trip, one({ date: "2025-09-12" })).knownEvents).toEqual([]);
    expect(mergeCandidates(trip, one({ date: "2025-09-12" }), { windowDays: 10 }).knownEvents).toEqual([
      { candidate: "cand-meeting", existing: "china-trip" },
    ]);
  });
});
