import { describe, expect, it } from "vitest";
import { poolScores } from "./pool.mjs";
import { scoreArticle } from "./score.mjs";

// Two small articles scored by the real scorer, so the test also pins the raw counts
// that scoreArticle exposes for pooling.
const textA = "Ruritania warned Borduria on Monday. Borduria rejected the warning.";
const labelsA = {
  actors: { ruritania: ["Ruritania"], borduria: ["Borduria"] },
  statements: [
    {
      id: "warn",
      required: true,
      kind: "warning",
      speaker: "ruritania",
      anchor: "Ruritania warned",
      conditions: ["on Monday"],
    },
    { id: "reject", required: true, kind: "rejection", speaker: "borduria", anchor: "Borduria rejected" },
  ],
  events: [],
};
const textB = "Borduria threatened Ruritania. Analysts commented. Nothing else happened.";
const labelsB = {
  actors: { ruritania: ["Ruritania"], borduria: ["Borduria"], analysts: ["Analysts"] },
  statements: [
    { id: "threat", required: true, kind: "threat", speaker: "borduria", anchor: "Borduria threatened" },
    { id: "comment", required: false, kind: "comment", speaker: "analysts", anchor: "Analysts commented" },
  ],
  events: [{ id: "ev", required: true, kind: "meeting", anchor: "Nothing else happened" }],
};
const span = (text, anchor) => {
  const at = text.indexOf(anchor);
  return [at, at + anchor.length];
};
const item = (text, id, kind, speaker, anchor, conditions = []) => ({
  id,
  kind,
  speaker,
  conditions,
  span: span(text, anchor),
});
const score = (text, labels, statements, events = []) =>
  scoreArticle({
    text,
    labels,
    chronicle: {
      actors: [
        { id: "a-rur", name: "Ruritania" },
        { id: "a-bor", name: "Borduria" },
        { id: "a-ana", name: "Analysts" },
      ],
      statements,
      events,
    },
    spansOf: (x) => [x.span],
  });

// Article A: the warning found with its condition, the rejection found with the wrong speaker.
const scoreA = score(textA, labelsA, [
  item(textA, "s1", "warning", "a-rur", "Ruritania warned", [{ kind: "when", text: "on Monday" }]),
  item(textA, "s2", "rejection", "a-rur", "Borduria rejected"),
]);
// Article B: the threat missed, the optional comment found, one stray item, no event.
const scoreB = score(textB, labelsB, [
  item(textB, "s3", "comment", "a-ana", "Analysts commented"),
  item(textB, "s4", "praise", "a-bor", "Nothing else happened"),
]);

describe("poolScores", () => {
  it("poolScores(scores) adds up the raw counts of each article", () => {
    const pooled = poolScores([scoreA, scoreB]);
    expect(pooled.articles).toBe(2);
    expect(pooled.statements).toMatchObject({ extracted: 4, required: 3, matched: 1 });
    expect(pooled.events).toMatchObject({ required: 1, requiredFound: 0, extracted: 0 });
  });

  it("poolScores(scores) micro-averages precision and recall over statements, not over articles", () => {
    const pooled = poolScores([scoreA, scoreB]).statements;
    // Counted items: A has 2, B has 2 minus the one matching an optional label = 1; one is right.
    expect(pooled.precision).toBeCloseTo(1 / 3);
    expect(pooled.recall).toBeCloseTo(1 / 3);
    expect(pooled.f1).toBeCloseTo(1 / 3);
    // The mean of the per-article ratios would differ: A's recall is 1/2, B's is 0.
    expect((scoreA.statements.recall + scoreB.statements.recall) / 2).not.toBeCloseTo(pooled.recall);
  });

  it("poolScores(scores) measures speaker accuracy among the labels found with the right kind", () => {
    const pooled = poolScores([scoreA, scoreB]).statements;
    expect(pooled.recallRightKind).toBeCloseTo(2 / 3);
    expect(pooled.speakerAccuracy).toBeCloseTo(1 / 2);
    expect(pooled.conditionRecall).toBe(1);
    expect(pooled.conditions).toEqual({ wanted: 1, found: 1 });
  });

  it("poolScores([]) gives the neutral figures of an empty set instead of NaN", () => {
    const pooled = poolScores([]);
    expect(pooled.statements.precision).toBe(1);
    expect(pooled.statements.recall).toBe(1);
    expect(pooled.events.recall).toBe(1);
  });
});
