import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Texts written for these tests: other conflicts, other wordings. Published 2025-09-05 (a Friday).
describe("speaker: the subject of a speech-act verb", () => {
  it("takes the head of a long subject, not a place inside its prepositional phrase", () => {
    const [s] = readOf(
      "Insurgents based in the hills of northern Mozambique have demanded a ransom for two engineers.",
    );
    expect(s).toMatchObject({ kind: "demand", speaker: "Rebels" });
  });
  it("takes the body, not the capital it sits in ('the embassy in X denied')", () => {
    const read = readOf("The Iranian embassy in Baghdad denied that its staff had met the protest leaders.");
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([["denial", "Iranian embassy"]]);
  });
  it("gives a participle adjunct the head of the subject phrase, not a place inside it", () => {
    const read = readOf("The Chinese embassy in Manila rejected the protest, saying the ships were fishing legally.");
    expect(read.map((r) => r.speaker)).toEqual(["Chinese embassy"]);
  });
  it("reads 'officials in <capital>' as that state, and a place after an unknown head as no speaker", () => {
    expect(readOf("Officials in Ankara rejected the proposal.")[0]?.speaker).toBe("Turkey");
    expect(readOf("Shopkeepers in Ankara rejected the proposal.")).toEqual([]);
  });
  it("skips a relative clause that ends on a name (', who met X on Monday,')", () => {
    const [s] = readOf(
      "Kenya's foreign minister, Musalia Mudavadi, who met Ethiopian Prime Minister Abiy Ahmed on Monday, warned that closing the border would hurt traders.",
    );
    expect(s).toMatchObject({ kind: "warning", speaker: "Musalia Mudavadi", date: "2025-09-05" });
  });
  it("skips a 'whose …' clause that ends on a place", () => {
    expect(readOf("ECOWAS, whose envoys were in Abuja, urged both armies to return to barracks.")[0]?.speaker).toBe(
      "ECOWAS",
    );
  });
  it("reads 'a spokesman for <body>' as the body", () => {
    const [s] = readOf("A spokesman for the Kenyan foreign ministry said the border post had been reopened.");
    expect(s?.speaker).toBe("Kenya foreign ministry");
  });
  it("reads an unnamed office of a body as its speaker ('a Peruvian Trade Ministry spokesperson', 'a foreign ministry official')", () => {
    expect(readOf("A Peruvian Trade Ministry spokesperson accused Chile of coercion on Monday.")).toMatchObject([
      { kind: "accusation", speaker: "Peruvian Trade Ministry spokesperson" },
    ]);
    expect(readOf("An Argentine foreign ministry official condemned Brazil for undermining the talks.")).toMatchObject([
      { kind: "accusation", speaker: "Argentine foreign ministry official" },
    ]);
  });
  it("resolves 'the spokesperson' to the body's spokesperson named by office just before", () => {
    const read = readOf(
      '"Lima will resist this pressure," a ministry spokesperson said. "If Chile insists, we will fight it to the end," the spokesperson added.',
    );
    expect(read.map((r) => r.speaker)).toEqual(["ministry spokesperson", "ministry spokesperson"]);
  });
  it("does not read 'a spokesperson' without a body, or 'the official news agency', as an office", () => {
    expect(readOf("A spokesperson accused Chile of coercion.").map((r) => r.speaker)).not.toContain("spokesperson");
    expect(readOf("The official news agency said Peru would retaliate.").map((r) => r.speaker)).not.toContain(
      "official",
    );
  });
  it("reads 'said Ana Ruiz, chairwoman of …' as Ana Ruiz, not as an office named 'Ana Ruiz chairwoman'", () => {
    const read = readOf('"We are not worried," said Ana Ruiz, chairwoman of the Chilean senate\'s defence committee.');
    expect(read.map((r) => r.speaker)).toEqual(["Ana Ruiz"]);
  });
  it("reads a known surname that runs on into more name words as another person ('Soto Luis Maria' after 'Ana Soto')", () => {
    const read = readOf("President Ana Soto spoke on Monday. Her brother, Soto Luis Maria, warned Lima against talks.");
    expect(read.map((r) => r.speaker)).toEqual(["Soto Luis Maria"]);
    expect(readOf("President Ana Soto spoke on Monday. Soto warned Lima against talks.")[0]?.speaker).toBe("Ana Soto");
  });
  it("reads 'It' opening a sentence as the body that spoke in the one before, not the last place named", () => {
    const read = readOf(
      "On Wednesday the Peruvian foreign ministry said that the meetings in Santiago had failed. It accused Chile of rejecting every proposal.",
    );
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([
      ["comment", "Peru foreign ministry"],
      ["accusation", "Peru foreign ministry"],
    ]);
  });
});

describe("a date placed between subject and verb", () => {
  it("reads past 'last March' to the subject ('X's president last March said …')", () => {
    expect(readOf("Chad's president last March said the lake's waters were not negotiable.")).toMatchObject([
      { speaker: "Chad's president" },
    ]);
  });
});
