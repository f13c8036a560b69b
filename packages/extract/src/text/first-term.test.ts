import { describe, expect, it } from "vitest";
import { canSkipAhead, firstPossibleStart, type MatchTerm, placesOf } from "./_first-term.js";

const term = (text: string, tags: string[], extra: Partial<MatchTerm> = {}): MatchTerm => ({
  text,
  normal: text.toLowerCase(),
  tags: new Set(tags),
  ...extra,
});
const clause = [
  term("The", ["Determiner"]),
  term("envoy", ["Noun", "Singular"]),
  term("warned", ["Verb", "PastTense"]),
  term("of", ["Preposition"]),
  term("reprisals", ["Noun", "Plural"]),
];

describe("canSkipAhead", () => {
  it("canSkipAhead(a rule whose first token must match) is true", () => {
    expect(canSkipAhead([{ tag: "Noun" }, { word: "of" }])).toBe(true);
  });

  it("canSkipAhead(a rule that opens with an optional, negative or multi-word token) is false", () => {
    expect(canSkipAhead([{ tag: "Noun", optional: true }, { word: "of" }])).toBe(false);
    expect(canSkipAhead([{ tag: "Noun", negative: true }])).toBe(false);
    expect(canSkipAhead([{ choices: [[{ word: "a" }, { word: "b" }]], operator: "or" }])).toBe(false);
  });

  it("canSkipAhead(a rule anchored at the start of the clause, even inside alternatives) is false", () => {
    expect(canSkipAhead([{ tag: "Verb", start: true }])).toBe(false);
    expect(canSkipAhead([{ tag: "Verb" }, { choices: [[{ word: "a", start: true }]], operator: "or" }])).toBe(false);
  });
});

describe("firstPossibleStart", () => {
  it("firstPossibleStart(terms, [tag]) is the first word with that tag", () => {
    expect(firstPossibleStart(clause, [{ tag: "Verb" }])).toBe(2);
  });

  it("firstPossibleStart(terms, [word]) matches the word's lowercase form", () => {
    expect(firstPossibleStart(clause, [{ word: "the" }])).toBe(0);
  });

  it("firstPossibleStart(terms, regs) needs the second token to match the next word", () => {
    expect(firstPossibleStart(clause, [{ tag: "Noun" }, { word: "of" }])).toBe(-1);
    expect(firstPossibleStart(clause, [{ tag: "Verb" }, { word: "of" }])).toBe(2);
  });

  it("firstPossibleStart(terms, regs) does not judge the second token after a greedy first one", () => {
    expect(firstPossibleStart(clause, [{ tag: "Noun", greedy: true }, { word: "of" }])).toBe(1);
  });

  it("firstPossibleStart(terms, regs) does not judge the second token after a contraction", () => {
    const contracted = [term("we", ["Pronoun"], { implicit: "we" }), term("", ["Verb"], { implicit: "have" })];
    expect(firstPossibleStart(contracted, [{ tag: "Pronoun" }, { word: "will" }])).toBe(0);
  });

  it("firstPossibleStart(terms, [a kind of token it does not judge]) is the first word", () => {
    expect(firstPossibleStart(clause, [{ regex: /x/ } as never])).toBe(0);
  });

  it("firstPossibleStart(terms, regs) is -1 when no word can start a match", () => {
    expect(firstPossibleStart(clause, [{ tag: "Adjective" }])).toBe(-1);
  });

  it("firstPossibleStart(terms, regs, placesOf(terms)) gives the same word as the scan", () => {
    const places = placesOf(clause);
    const rules = [
      [{ tag: "Verb" }],
      [{ tag: "Noun" }, { word: "of" }],
      [{ word: "warned" }, { tag: "Preposition" }],
      [{ word: "absent" }],
      [{ tag: "Adjective" }],
      [{ regex: /x/ } as never],
    ];
    for (const regs of rules) expect(firstPossibleStart(clause, regs, places)).toBe(firstPossibleStart(clause, regs));
  });

  it("placesOf(terms) files a word under its text, normal form, machine form and aliases", () => {
    const places = placesOf([term("Can't", ["Modal"], { machine: "can", alias: ["cannot"] })]);
    expect([...places.words.keys()].sort()).toEqual(["Can't", "can", "can't", "cannot"]);
    expect(places.tags.get("Modal")).toEqual([0]);
  });

  it("firstPossibleStart(terms, regs) needs every one-word token up to the first of another kind to match in turn", () => {
    expect(firstPossibleStart(clause, [{ tag: "Verb" }, { word: "of" }, { tag: "Adjective" }])).toBe(-1);
    expect(firstPossibleStart(clause, [{ tag: "Verb" }, { word: "of" }, { tag: "Plural" }])).toBe(2);
    expect(firstPossibleStart(clause, [{ tag: "Verb" }, { word: "of" }, { tag: "Adjective", optional: true }])).toBe(2);
    expect(firstPossibleStart(clause, [{ tag: "Verb" }, { word: "of" }, { tag: "Plural" }, { tag: "Noun" }])).toBe(-1);
  });
});
