import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Names invented for these tests (issue 14, class 5: speakers lost); no evaluation text.
describe("untaggedName: names the tagger does not know", () => {
  it("takes two capitalised words right before a speech-act verb as a person", () => {
    expect(readOf("Senate deputy Orlo Vantesk said the blockade must end by Friday.")).toMatchObject([
      { kind: "demand", speaker: "Orlo Vantesk" },
    ]);
  });

  it("takes a name set off by commas after a noun of office, and its surname later, as one person", () => {
    const read = readOf(
      "The movement's representative, Hadi Sarim, appeared on a local television channel. Sarim stated that armed forces would block ships bound for the port.",
    );
    expect(read).toMatchObject([{ speaker: "Hadi Sarim" }]);
  });

  it("leaves a run ending in a plural or an organisation word to be a body ('Missing Families Forum')", () => {
    const read = readOf("The Hostages and Missing Families Forum demanded the release of the captives.");
    expect(read.map((r) => r.speaker)).not.toContain("Missing Families Forum");
  });
});
