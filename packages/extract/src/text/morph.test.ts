import { describe, expect, it } from "vitest";
import { pastOf, verbForms } from "./morph.js";

describe("verbForms", () => {
  it("verbForms(lemma) derives regular forms", () => {
    expect(verbForms("warn")).toEqual({ present: ["warn", "warns"], past: ["warned"], gerund: ["warning"] });
    expect(verbForms("deny")).toEqual({ present: ["deny", "denies"], past: ["denied"], gerund: ["denying"] });
    expect(verbForms("praise").past).toEqual(["praised"]);
    expect(verbForms("praise").gerund).toEqual(["praising"]);
  });
  it("verbForms(lemma) doubles the last consonant of one-syllable CVC verbs only", () => {
    expect(verbForms("slam").past).toEqual(["slammed"]);
    expect(verbForms("offer").past).toEqual(["offered"]);
    expect(verbForms("plead").past).toEqual(["pleaded"]);
  });
  it("verbForms(lemma, irregular) uses the irregular past", () => {
    expect(verbForms("say", ["said", "said"]).past).toEqual(["said"]);
    expect(pastOf("tell", ["told", "told"])).toBe("told");
  });
});
