import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Texts written for these tests: other conflicts, other wordings.
describe("targets", () => {
  it("never takes the speaker's own state as a target ('X's minister said <capital> would …')", () => {
    const [s] = readOf("Kenya's foreign minister, Musalia Mudavadi, said Nairobi would keep its border posts open.");
    expect(s?.targets).toEqual([]);
  });
  it("takes no addressee from a possessive pronoun ('to pull their troops back')", () => {
    const read = readOf(
      "The Arab League, which met in Cairo on Monday, urged both militias to pull their fighters back.",
    );
    expect(read.find((r) => r.kind === "appeal")?.targets).toEqual([]);
  });
});
