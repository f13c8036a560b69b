import { describe, expect, it } from "vitest";
import { chronicle, event, relation, statement } from "../../test-fixtures/chronicles.js";
import { validateChronicle } from "../schema/validate.js";
import { applyReview } from "./apply-review.js";

const candidate = { status: "candidate" as const };
const base = () =>
  chronicle({
    events: [event("meeting", "meeting", "2025-09-04", candidate)],
    statements: [
      statement("offer", "offer", "putin", "2025-09-04", { ...candidate, at: "meeting" }),
      statement("no", "rejection", "zelensky", "2025-09-05", candidate),
    ],
    relations: [relation("rejects", "no", "offer")],
  });

describe("applyReview", () => {
  it("applyReview(accept) confirms the item, with its corrections", () => {
    const result = applyReview(base(), {
      statements: new Map([[0, { type: "accept", speaker: "trump", summary: "S" }]]),
    });
    expect(result.ok && result.chronicle.statements?.[0]).toMatchObject({
      status: "confirmed",
      speaker: "trump",
      summary: "S",
    });
  });

  it("applyReview(a kind change) re-codes the statement with the new kind's default", () => {
    const result = applyReview(base(), { statements: new Map([[0, { type: "accept", kind: "ultimatum" }]]) });
    expect(result.ok && result.chronicle.statements?.[0]?.coding?.cameo).toBe("139");
  });

  it("applyReview(reject a statement) removes it and its relations; the rest still validates", () => {
    const result = applyReview(base(), { statements: new Map([[0, { type: "reject" }]]) });
    if (!result.ok) throw new Error("expected ok");
    expect(result.chronicle.statements?.map((s) => s.id)).toEqual(["no"]);
    expect(result.chronicle.relations).toEqual([]);
    expect(validateChronicle(result.chronicle).ok).toBe(true);
  });

  it("applyReview(reject an event) keeps the statements said at it, without their `at`", () => {
    const result = applyReview(base(), { events: new Map([[0, { type: "reject" }]]) });
    if (!result.ok) throw new Error("expected ok");
    expect(result.chronicle.events).toEqual([]);
    expect(result.chronicle.statements?.[0]?.at).toBeUndefined();
    expect(result.changes).toContainEqual({ op: "delete", path: ["statements", 0, "at"] });
  });

  it("applyReview(reject what a judgment rests on) is an issue naming the judgment, and changes nothing", () => {
    const c = {
      ...base(),
      judgments: [{ id: "kj", text: "t", likelihood: "likely" as const, confidence: "low" as const, basis: ["offer"] }],
    };
    const before = structuredClone(c);
    const result = applyReview(c, { statements: new Map([[0, { type: "reject" }]]) });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { code: "rejected-basis", path: ["judgments", 0, "basis", 0], message: expect.stringContaining('"kj"') },
      ],
    });
    expect(c).toEqual(before);
  });
});
