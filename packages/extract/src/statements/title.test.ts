import { describe, expect, it } from "vitest";
import { statementsOf } from "../_test-support.js";
import { shortNameOf, titleFor } from "./title.js";

// Issue 10: a headline per candidate statement. Sentences written for these tests.
describe("titleFor: a headline for a candidate statement", () => {
  it("titleFor(short name, …) puts the speaker's short name, a colon and the reported clause", () => {
    expect(titleFor("Lukashenko", "threat", "that any foreign convoy would be stopped", "said", true)).toBe(
      "Lukashenko: any foreign convoy would be stopped",
    );
  });
  it("keeps the verb when the verb carries the act ('rejected the plan', 'threatened to …')", () => {
    expect(titleFor("Orban", "rejection", "the grain plan", "rejected", false)).toBe("Orban: rejected the grain plan");
    expect(titleFor("Orban", "threat", "to close the border", "threatened", true)).toBe(
      "Orban: threatened to close the border",
    );
  });
  it("drops quotation marks but keeps apostrophes inside words", () => {
    expect(titleFor("Erdogan", "comment", "“Greece’s claims are void”", "said", true)).toBe(
      "Erdogan: Greece’s claims are void",
    );
  });
  it("stays within 80 characters, cut at a word boundary with an ellipsis", () => {
    const long = `that ${"the northern garrison would be reinforced with more armour ".repeat(3)}`;
    const title = titleFor("Tokayev", "warning", long, "said", true);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title).toMatch(/^Tokayev: the northern garrison would be reinforced .*[a-z]…$/);
  });
  it("shortNameOf(name) gives a person's family name, the whole of a family-first name, a state as named", () => {
    expect(shortNameOf("Kassym-Jomart Tokayev", "person")).toBe("Tokayev");
    expect(shortNameOf("Kim Yo Jong", "person")).toBe("Kim Yo Jong");
    expect(shortNameOf("Kim Yo-jong", "person")).toBe("Kim Yo-jong");
    expect(shortNameOf("South Korea", "state")).toBe("South Korea");
  });
});

describe("extractCandidates: statement titles", () => {
  it("proposes a title for each candidate statement", () => {
    const [s] = statementsOf(
      "President Alexander Lukashenko said on Friday that any foreign convoy entering Belarus would be a legitimate target.",
    );
    expect(s?.title).toBe("Lukashenko: any foreign convoy entering Belarus would be a legitimate target");
  });
  it("gives a family-first name a whole-name id ('Kim Yo Jong' is kim-yo-jong, not jong)", () => {
    const [s] = statementsOf("Kim Yo Jong warned Seoul against any further leaflet launches.");
    expect(s?.speaker).toBe("kim-yo-jong");
  });
});
