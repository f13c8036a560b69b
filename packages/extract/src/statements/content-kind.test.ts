import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";
import { DEFAULT_LEXICON, extendLexicon } from "../lexicon/default.js";
import { kindOfContent } from "./content-kind.js";

const kindsOf = (text: string) => readOf(text).map((r) => r.kind);

// Sentences written for these tests (issue 14, failure classes 1 and 3); no evaluation text.
describe("kindOfContent: the kind of a reported clause from what it says", () => {
  it("reads a refusal ('will never accept', 'would not negotiate … while') as a rejection", () => {
    expect(kindsOf("Chile's foreign ministry said Santiago would never accept the new levies.")).toEqual(["rejection"]);
    expect(kindsOf("Peru's foreign minister said Lima would not negotiate while the blockade lasted.")).toEqual([
      "rejection",
    ]);
    expect(kindsOf("Norway's defence minister added that Oslo will not back down.")).toEqual(["rejection"]);
  });
  it("keeps 'will not attack' an assurance: a promise of restraint, not a refusal", () => {
    expect(kindsOf("Malta's prime minister said Valletta will not attack anyone.")).toEqual(["assurance"]);
  });
  it("reads an obligation laid on others ('X must withdraw') as a demand, but not one the speaker takes on", () => {
    expect(kindsOf("Kenya's president said Somalia must withdraw its forces from the border.")).toEqual(["demand"]);
    expect(kindsOf("Iceland's premier assured that the harassment of fishermen should end at once.")).toEqual([
      "demand",
    ]);
    expect(kindsOf("Kenya's president said we must protect our fishermen.")).not.toContain("demand");
  });
  it("reads a response held in reserve ('would take countermeasures if …') as a threat, with its condition", () => {
    const [read] = readOf(
      "Vietnam's foreign ministry said on Tuesday that Hanoi would resolutely take countermeasures if the duties came into force.",
    );
    expect(read?.kind).toBe("threat");
    expect(read?.conditions).toEqual(["if: the duties came into force"]);
    expect(kindsOf("Ecuador's defence minister said Quito will certainly respond to such hostile acts.")).toEqual([
      "threat",
    ]);
    expect(kindsOf("Bolivia's president added that all options remained open.")).toEqual(["threat"]);
  });
  it("reads a consequence foretold under a condition as a warning", () => {
    expect(kindsOf("Uruguay's envoy remarked that if the talks failed, the region could face more shortages.")).toEqual(
      ["warning"],
    );
  });
  it("reads a cooperative act made conditional on the other side ('only … once', 'conditional on') as a demand", () => {
    expect(
      kindsOf(
        "General Omar Bashir insisted that the army would only agree to a truce once the militia left the towns.",
      ),
    ).toEqual(["demand"]);
    expect(
      kindsOf("Laos indicated on Friday that any deal remains conditional on a change of the border law."),
    ).toEqual(["demand"]);
  });
  it("reads blame in a reported clause ('is to blame', 'a mistake') as an accusation", () => {
    expect(kindsOf("Estonia's foreign ministry said Moscow's reckless drills were to blame for the crisis.")).toEqual([
      "accusation",
    ]);
  });
  it("reads a wish for dialogue ('sought dialogue') as an offer", () => {
    expect(kindsOf("Canada's foreign minister reiterated that Ottawa sought dialogue with Mexico.")).toEqual(["offer"]);
  });
  it("reads an act named in the first person inside the quote ('I reject …', 'we wish to issue a warning')", () => {
    expect(kindsOf('"I reject outright these terms of capitulation," Prime Minister Viktor Orban said.')).toEqual([
      "rejection",
    ]);
    expect(kindsOf('"I propose a border commission," said President Gustavo Petro.')).toEqual(["proposal"]);
  });
  it("reads a condition by inversion ('Should the truce fail, our forces stand ready to intervene') as a threat", () => {
    expect(
      kindsOf('"Should the truce fail, the brigade stands ready to intervene," General Joseph Aoun said.'),
    ).toEqual(["threat"]);
  });
  it("reads a commitment to a truce ('would observe a truce') as an offer", () => {
    expect(kindsOf("Militia leader Joseph Kony announced that his fighters would observe a two-week truce.")).toEqual([
      "offer",
    ]);
  });
  it("reads 'and it never will' as a standing refusal, not as blame for the word 'terrorists'", () => {
    expect(
      kindsOf('"Mali does not pay terrorists for hostages, and it never will," said General Assimi Goita.'),
    ).toEqual(["rejection"]);
  });
  it("reads a first-person act after a colon ('told reporters: \"We wish to issue a warning …\"')", () => {
    expect(
      kindsOf('Turkish Foreign Minister Hakan Fidan told reporters on Monday: "We wish to issue a warning to Athens."'),
    ).toEqual(["warning"]);
  });
  it("reads a launch foretold ('could fire more rockets') and a case taken to the UN as threats", () => {
    expect(kindsOf("Yemen's defence minister hinted that Sanaa could fire more rockets at the ships.")).toEqual([
      "threat",
    ]);
    expect(
      kindsOf("President William Ruto said he would take the dispute to the United Nations if talks failed."),
    ).toEqual(["threat"]);
  });
  it("reads a renewed pledge to destroy as a threat", () => {
    expect(kindsOf("President Paul Kagame renewed a pledge to destroy the militia.")).toEqual(["threat"]);
  });
  it("gives nothing for a plain report", () => {
    expect(kindOfContent(" the ship docked on monday ", [], false, DEFAULT_LEXICON)).toBeUndefined();
  });
});

describe("characterising verbs: 'called X a Y'", () => {
  it("reads 'called the raid a violation of the law' as an accusation, and 'called talk of a siege a lie' as a denial", () => {
    expect(kindsOf("Finland's foreign minister called the raid a violation of international law.")).toEqual([
      "accusation",
    ]);
    expect(kindsOf("Latvia called talk of a siege of the port a lie.")).toEqual(["denial"]);
  });
  it("leaves out a word quoted inside another statement ('what it called provocations')", () => {
    expect(
      kindsOf(
        "Morocco's defence ministry warned that the rebels would be crushed if they continued what it called provocations.",
      ),
    ).toEqual(["threat"]);
  });
  it("reads the lexicon's phrase lists, so a team can extend them", () => {
    const clause = " the council would not endorse the plan ";
    expect(kindOfContent(clause, [], false, DEFAULT_LEXICON)).toBeUndefined();
    expect(kindOfContent(clause, [], false, extendLexicon({ yieldVerbs: ["endorse"] }))).toBe("rejection");
    const act = " we deplore the raid ";
    expect(
      kindOfContent(act, [], false, extendLexicon({ firstPersonActs: [{ verbs: ["deplore"], kind: "accusation" }] })),
    ).toBe("accusation");
  });
  it("reads a dare ('whoever wants to try it, let him try') as a threat", () => {
    const read = readOf(
      'Bolivia\'s president spoke on Monday. "Nobody can take a single metre of our land, and whoever wants to try it, let him try," he said.',
    );
    expect(read.map((r) => r.kind)).toEqual(["threat"]);
  });
  it("reads an obligation to know ('they should know that') as a warning, not a demand", () => {
    const read = readOf(
      '"Foreign troops are not crossing this river… they should know that," Bolivia\'s president said.',
    );
    expect(read.map((r) => r.kind)).toEqual(["warning"]);
    expect(readOf("Bolivia's president said Peru must withdraw its troops.").map((r) => r.kind)).toEqual(["demand"]);
  });
  it("gives a participle coordinated with an earlier one its subject ('calling it … and warning that …')", () => {
    const read = readOf(
      "Peru on Friday denounced Chile's move to close the border, calling it a breach of the treaty and warning that any attempt to divert the river would be treated as an act of war.",
    );
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([
      ["accusation", "Peru"],
      ["threat", "Peru"],
    ]);
  });
});

// Sentences written for these tests (7 Dec 2026, failure classes read off the fresh set:
// an obligation that names force, a directive after "told", thanks, a response held in
// reserve after "made it clear"); no evaluation text.
describe("obligations, directives, thanks and reserved responses", () => {
  it("reads an obligation laid on another side as a demand even when it names weapons or force", () => {
    expect(kindsOf("Austria's chancellor said Belgrade must dismantle its missile batteries near the border.")).toEqual(
      ["demand"],
    );
    expect(kindsOf("Portugal's premier told reporters that the U.S. should halt its bombing of the port.")).toEqual([
      "demand",
    ]);
  });
  it("keeps a threat of the speaker's own force a threat", () => {
    expect(kindsOf("Finland's defence minister said Helsinki would strike any vessel that crossed the line.")).toEqual([
      "threat",
    ]);
  });
  it("reads 'told X (not) to …' as a demand, and 'told reporters that …' as what follows", () => {
    expect(kindsOf("Ghana's president told the mercenaries to leave the country.")).toEqual(["demand"]);
    expect(kindsOf("Chile's envoy told Lima not to interfere in the vote.")).toEqual(["demand"]);
    expect(kindsOf("Chile's envoy told reporters that the vote had been calm.")).not.toContain("demand");
  });
  it("reads thanks extended or congratulations given as praise", () => {
    expect(kindsOf("Nepal's prime minister extended his gratitude to the mediators.")).toEqual(["praise"]);
    expect(kindsOf("Oman's foreign minister congratulated both governments on the accord.")).toEqual(["praise"]);
  });
  it("reads 'made it clear that any X would be met with a firm response' as a threat", () => {
    expect(
      kindsOf("Greece's defence minister made it clear that any incursion would be met with a decisive response."),
    ).toEqual(["threat"]);
  });
});
