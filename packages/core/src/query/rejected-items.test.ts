import { describe, expect, it } from "vitest";
import { chronicle, relation, statement } from "../../test-fixtures/chronicles.js";
import { validateChronicle } from "../schema/validate.js";
import { rejectedItems } from "./rejected-items.js";

describe("rejectedItems", () => {
  const threat = statement("threat", "threat", "putin", "2025-09-05");
  const offer = statement("offer", "offer", "putin", "2025-09-03");
  const no = statement("no", "rejection", "zelensky", "2025-09-06");

  it("rejectedItems(a rejection that rejects an offer) names the offer", () => {
    const c = chronicle({ statements: [offer, no], relations: [relation("rejects", "no", "offer")] });
    expect(rejectedItems(c).get("no")).toEqual(["offer"]);
  });

  it("rejectedItems(a rejection that responds_to a threat, as the validator advises) names the threat", () => {
    const advised = chronicle({ statements: [threat, no], relations: [relation("rejects", "no", "threat")] });
    const result = validateChronicle(advised);
    expect(result.warnings.find((w) => w.code === "odd-relation")?.hint).toMatch(/responds_to/);
    const followed = chronicle({ statements: [threat, no], relations: [relation("responds_to", "no", "threat")] });
    expect(validateChronicle(followed).warnings.filter((w) => w.code === "odd-relation")).toEqual([]);
    expect(rejectedItems(followed).get("no")).toEqual(["threat"]);
  });

  it("rejectedItems leaves out what statements of other kinds respond to", () => {
    const comment = statement("remark", "comment", "zelensky", "2025-09-06");
    const c = chronicle({ statements: [threat, comment], relations: [relation("responds_to", "remark", "threat")] });
    expect(rejectedItems(c).size).toBe(0);
  });
});
