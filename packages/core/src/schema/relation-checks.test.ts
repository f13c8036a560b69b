import { describe, expect, it } from "vitest";
import { chronicle, edit, relation, statement } from "../../test-fixtures/chronicles.js";
import { errorsOf, onlyError, warningsOf } from "../../test-fixtures/issues.js";
import { validateChronicle } from "./validate.js";

const RELATION = "  - { type: rejects, from: rejection, to: offer }";

describe("validateChronicle: relations", () => {
  it("validateChronicle(a relation from an item to itself) is an error at the relation", () => {
    expect(onlyError(edit("from: rejection, to: offer", "from: offer, to: offer"))).toMatchObject({
      code: "self-relation",
      path: ["relations", 0],
      message: '"offer" rejects itself',
      line: 39,
      column: 5,
    });
  });

  it("validateChronicle(two relations that form a cycle) names the cycle", () => {
    const e = onlyError(edit(RELATION, `${RELATION}\n  - { type: responds_to, from: offer, to: rejection }`));
    expect(e).toMatchObject({
      code: "relation-cycle",
      path: ["relations", 1],
      message: "relations form a cycle: rejection → offer → rejection",
      line: 40,
    });
    expect(e.hint).toContain("`from` is the later item");
  });

  it("validateChronicle(a cycle of three) is found once", () => {
    const data = chronicle({
      statements: [
        statement("a", "offer", "putin", "2025-09-01"),
        statement("b", "comment", "zelensky", "2025-09-02"),
        statement("c", "comment", "trump", "2025-09-03"),
      ],
      relations: [
        relation("responds_to", "b", "a"),
        relation("responds_to", "c", "b"),
        relation("responds_to", "a", "c"),
      ],
    });
    const result = validateChronicle(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.message).toBe("relations form a cycle: b → a → c → b");
    }
  });

  it("validateChronicle(a chain and a diamond without cycles) is accepted", () => {
    const data = chronicle({
      statements: [
        statement("a", "offer", "putin", "2025-09-01"),
        statement("b", "rejection", "zelensky", "2025-09-02"),
        statement("c", "comment", "trump", "2025-09-03"),
        statement("d", "comment", "putin", "2025-09-04"),
      ],
      relations: [
        relation("rejects", "b", "a"),
        relation("responds_to", "c", "a"),
        relation("responds_to", "d", "b"),
        relation("responds_to", "d", "c"),
      ],
    });
    const result = validateChronicle(data);
    expect(result.ok).toBe(true);
    expect(result.warnings.filter((w) => w.path[0] === "relations")).toEqual([]);
  });

  it("validateChronicle(a long chain of relations) does not overflow the stack", () => {
    const n = 20_000;
    const statements = Array.from({ length: n }, (_, i) => statement(`s${i}`, "comment", "putin", "2025-09-05"));
    const relations = Array.from({ length: n - 1 }, (_, i) => relation("responds_to", `s${i + 1}`, `s${i}`));
    relations.push(relation("responds_to", "s0", `s${n - 1}`));
    const result = validateChronicle(chronicle({ statements, relations }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(["relation-cycle"]);
  }, 30_000);

  it("validateChronicle(rejects pointing at a rejection) warns: rejects/accepts answer offers, demands…", () => {
    const [w] = warningsOf(edit("from: rejection, to: offer", "from: offer, to: rejection"));
    expect(w).toMatchObject({
      severity: "warning",
      code: "odd-relation",
      path: ["relations", 0, "to"],
      message: '"offer" rejects "rejection", which is a rejection',
      token: "rejection",
    });
  });

  it("validateChronicle(duplicate statement ids) judges a relation by the first definition", () => {
    // "offer" is defined twice; the relation's target is the first one, an offer.
    const text = edit("id: rejection", "id: offer");
    expect(warningsOf(text).filter((w) => w.code === "odd-relation")).toEqual([]);
    expect(errorsOf(text).map((e) => e.code)).toContain("duplicate-id");
  });
});
