import { cameoCode, isPloverEvent, STATEMENT_KINDS } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extendLexicon } from "./default.js";

describe("DEFAULT_LEXICON", () => {
  const acts = [...DEFAULT_LEXICON.verbs, ...DEFAULT_LEXICON.nouns];
  it("codes every verb and noun with a known CAMEO code, a PLOVER type and a statement kind", () => {
    for (const act of acts) {
      expect(cameoCode(act.cameo), act.cameo).toBeDefined();
      expect(act.plover === "" || isPloverEvent(act.plover), act.plover).toBe(true);
      expect(STATEMENT_KINDS).toContain(act.kind);
    }
  });
  it("gives every country a three-letter code, once", () => {
    const codes = DEFAULT_LEXICON.countries.map((c) => c.iso3);
    expect(codes.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it("extendLexicon(extra) puts the extra entries first and leaves the default untouched", () => {
    const before = DEFAULT_LEXICON.verbs.length;
    const lexicon = extendLexicon({
      verbs: [{ lemma: "castigate", kind: "accusation", cameo: "111", plover: "ACCUSE" }],
    });
    expect(lexicon.verbs[0]?.lemma).toBe("castigate");
    expect(DEFAULT_LEXICON.verbs.length).toBe(before);
  });
});
