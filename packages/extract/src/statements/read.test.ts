import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";
import { extractCandidates } from "../extract.js";
import { extendLexicon } from "../lexicon/default.js";

// Texts written for these tests: other conflicts, other wordings. Published 2025-09-05 (a Friday).
describe("reading a statement: where the words are", () => {
  it("reads the clause before ', she said' as what was said, with its kind", () => {
    const read = readOf(
      "Australian Foreign Minister Penny Wong met her Indonesian counterpart. Canberra was ready to host a regional summit next year, she said.",
    );
    expect(read).toEqual([expect.objectContaining({ kind: "offer", speaker: "Penny Wong", cameo: "036" })]);
  });
  it("reads '…, he added' after a named speaker, with an 'only if' condition", () => {
    const read = readOf(
      "Colombian President Gustavo Petro praised the talks. The accord could be signed only if the rebels released every hostage, he added.",
    );
    expect(read[1]).toMatchObject({
      kind: "demand",
      speaker: "Gustavo Petro",
      conditions: ["only_if: the rebels released every hostage"],
    });
  });
  it("a condition the speaker names as a state ('as long as', or a cue marked demands: false) makes no demand", () => {
    const text =
      "Colombian President Gustavo Petro praised the talks. The accord could be signed as long as the rebels released every hostage, he added.";
    expect(readOf(text)[1]?.kind).not.toBe("demand");
    const lexicon = extendLexicon({ conditions: [{ words: ["whenever"], kind: "only_if", demands: false }] });
    const whenever = readOf(text.replace("as long as", "whenever"), { lexicon })[1];
    expect(whenever?.conditions).toEqual(["only_if: the rebels released every hostage"]);
    expect(whenever?.kind).not.toBe("demand");
    const demanding = extendLexicon({ conditions: [{ words: ["whenever"], kind: "only_if" }] });
    expect(readOf(text.replace("as long as", "whenever"), { lexicon: demanding })[1]?.kind).toBe("demand");
  });
  it("dates a clause-before statement by the day after its verb, not by a day inside the clause", () => {
    const read = readOf(
      "Latvian Foreign Minister Baiba Braze spoke to reporters. Fishing licences would be restored on Monday only if the fleet paid its fines, Braze told parliament on Thursday.",
    );
    expect(read[0]).toMatchObject({ kind: "demand", date: "2025-09-04" });
  });
  it("reads the words around an aside ('The refugees, he said, could rest assured …')", () => {
    const read = readOf(
      "President Yoweri Museveni spoke in Kampala. The refugees, he said, could rest assured that nobody would send them back.",
    );
    expect(read).toEqual([expect.objectContaining({ kind: "assurance", speaker: "Yoweri Museveni" })]);
  });
  it("takes a quote before '<subject> told <someone>' as what was said, not the words after the addressee", () => {
    const [s] = readOf(
      '"Talks are the only road left," Foreign Minister Maria Solis told reporters as she boarded her plane for Lima.',
    );
    expect(s).toMatchObject({ speaker: "Maria Solis", quote: "Talks are the only road left" });
  });
  it("reads conditions inside a quote before the verb", () => {
    const [s] = readOf(
      '"Unless the blockade is lifted within a week, our navy will break it by force," Admiral Tomas Ruiz said.',
    );
    expect(s).toMatchObject({ kind: "ultimatum", conditions: ["unless: the blockade is lifted within a week"] });
  });
  it("drops a plain comment beside a sharper act of the same speaker in the sentence", () => {
    const read = readOf("Kenya accused Somalia of harbouring militants and said the border would stay closed.");
    expect(read.map((r) => r.kind)).toEqual(["accusation"]);
  });
  it("reads 'X said it would …' of the speaker itself as an assurance", () => {
    const [s] = readOf(
      "The Kenyan foreign ministry said Nairobi would go on supplying fuel to the camps as long as donors paid for it.",
    );
    expect(s).toMatchObject({ kind: "assurance", conditions: ["only_if: donors paid for it"] });
    expect(readOf("The Kenyan foreign ministry said the convoys would arrive late.")[0]?.kind).toBe("comment");
  });
  it("makes no new statement of a statement noun that names one told of before, and links the answer to it", () => {
    const { chronicle } = extractCandidates(
      "Militants demanded that the government release their commanders within 48 hours. The interior minister, Ali Ahmed, rejected the militants' demand.",
      { source: { title: "T", published: "2025-09-05" } },
    );
    expect(chronicle.statements?.map((s) => s.kind)).toEqual(["demand", "rejection"]);
    expect(chronicle.relations).toEqual([
      expect.objectContaining({
        type: "rejects",
        from: chronicle.statements?.[1]?.id,
        to: chronicle.statements?.[0]?.id,
      }),
    ]);
  });
  it("reads no statement from the headline on top of the lead", () => {
    const read = readOf(
      "Chile rejects Bolivian claim\n\nSANTIAGO — Chile on Monday rejected Bolivia's claim to a corridor.",
    );
    expect(read.map((r) => [r.kind, r.speaker, r.date])).toEqual([["rejection", "Chile", "2025-09-01"]]);
  });
  it("drops a spokesperson's 'said' that only reports another speaker's act in the sentence", () => {
    const read = readOf(
      "The Peruvian government urged all sides to show restraint, a foreign ministry spokesperson said.",
    );
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([["appeal", "Peru"]]);
  });
  it("keeps a sharper act in a participle ('said …, calling the report a fabrication') instead of the plain comment", () => {
    const read = readOf(
      '"Our troops have not moved," Chile\'s army spokesman, Colonel Ana Soto, said on Monday, calling the report "a fabrication meant to stir panic".',
    );
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([["accusation", "Colonel Ana Soto"]]);
  });
  it("reads a statement named by a noun inside another speaker's words as their topic, not as news ('the proposal by Peru', 'the Peruvian threat … is a mistake')", () => {
    expect(
      readOf("Chile's president rejected the proposal by Peru on Monday.").map((r) => [r.kind, r.speaker]),
    ).toEqual([["rejection", "Chile's president"]]);
    const quoted = readOf(
      '"The Peruvian threat to raise duties is a grave mistake," a Chilean trade ministry spokesperson said.',
    );
    expect(quoted.map((r) => r.speaker)).toEqual(["Chilean trade ministry spokesperson"]);
  });
});

describe("a concessive that opens the reported clause", () => {
  it("keeps 'that while X, Y will …' whole, so the threat after the concession is read", () => {
    const read = readOf(
      "General Idriss Deby repeated that while Chad does not seek a war, its army will strike the camps if the raids continue.",
    );
    expect(read).toMatchObject([{ kind: "threat", speaker: "Idriss Deby" }]);
  });
});

describe("a circumstance after the reporting verb and a commitment after a first verb", () => {
  it("reads the clause before ', the ministry said on Monday after …' and the speaker's own 'has … and will …' as an assurance", () => {
    const read = readOf(
      "Chile has recalled its ambassador and will defend its fishing grounds, Chile's foreign ministry said on Monday after Peruvian boats entered the zone.",
    );
    expect(read).toMatchObject([{ kind: "assurance", speaker: "Chile foreign ministry" }]);
  });
});
