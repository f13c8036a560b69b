import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Sentences written for these tests (issue 14, class 2: speech acts in nouns); no evaluation text.
describe("stances made public through a support verb", () => {
  it("reads 'expressed willingness to act as a mediator' as an offer", () => {
    expect(readOf("Oman has expressed willingness to act as a mediator between the two navies.")).toMatchObject([
      { kind: "offer", speaker: "Oman" },
    ]);
  });

  it("reads 'restated his insistence that …' as a demand", () => {
    expect(
      readOf("Envoy Tomas Ruiz restated his insistence that the rebels must disarm before any vote."),
    ).toMatchObject([{ kind: "demand", speaker: "Tomas Ruiz" }]);
  });

  it("reads 'voiced its support for' as an assurance", () => {
    expect(readOf("The Andean Council voiced its support for Quito on Monday.")).toMatchObject([
      { kind: "assurance", speaker: "Andean Council" },
    ]);
  });

  it("keeps 'expressed concern' a plain comment that folds into a sharper act of the same speaker", () => {
    const read = readOf("The Andean Council expressed grave concern and demanded that Lima withdraw its troops.");
    expect(read).toMatchObject([{ kind: "demand", speaker: "Andean Council" }]);
    expect(read).toHaveLength(1);
  });

  it("reads a noun behind 'strongly worded' or 'sharply-worded' ('presented a strongly-worded protest')", () => {
    expect(
      readOf("The Chilean government lodged a strongly-worded protest with the Bolivian ambassador."),
    ).toMatchObject([{ kind: "accusation", speaker: "Chile" }]);
    expect(readOf("Bogota issued a sharply worded rebuttal on Monday.")).toMatchObject([
      { kind: "rejection", speaker: "Colombia" },
    ]);
  });
});
