import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";
import { DEFAULT_LEXICON } from "../lexicon/default.js";
import { framedAs, isFormOf } from "./classify.js";

const kindsOf = (text: string) => readOf(text).map((r) => r.kind);

// Texts written for these tests: other conflicts, other wordings. Published 2025-09-05 (a Friday).
describe("classify: the kind from what was said", () => {
  it("reads 'would not shrink from …' / 'would not hesitate to …' as resolve (a threat), not as an assurance", () => {
    expect(
      kindsOf(
        "The Turkish defence ministry said Ankara would not shrink from using every means to defend its fishing fleet.",
      ),
    ).toEqual(["threat"]);
    expect(kindsOf("Tehran said it would not hesitate to strike any tanker entering its waters.")).toEqual(["threat"]);
  });
  it("keeps a warning against someone else's force a warning ('warned against moves … by force')", () => {
    expect(kindsOf("Japan warned against moves to alter the status quo by force.")).toEqual(["warning"]);
    expect(kindsOf("Seoul warned that it would retaliate by force.")).toEqual(["threat"]);
  });
  it("keeps a warning that force may follow ('risked sparking a war') a warning", () => {
    expect(kindsOf("Brazil warned that the embargo risked sparking a war in the region.")).toEqual(["warning"]);
  });
  it("reads '… can rest assured', '… could be sure' as an assurance", () => {
    expect(kindsOf("Governor Ahmed Musa said the farmers could be sure that the dam would hold.")).toEqual([
      "assurance",
    ]);
  });
  it("reads a dismissed claim ('the allegations were a fabrication') as a denial, a dismissed idea as a rejection", () => {
    expect(kindsOf("Vietnam's foreign ministry said the allegations were a fabrication.")).toEqual(["denial"]);
    expect(kindsOf("Cuba's foreign minister said the plan was propaganda.")).toEqual(["rejection"]);
  });
  it("reads 'X would act only if Y' as a demand, but not 'as long as'", () => {
    expect(kindsOf("Ghana said its troops would withdraw only if the rebels disarmed first.")).toEqual(["demand"]);
    expect(kindsOf("Ghana said its troops would stay as long as the rebels were armed.")).not.toContain("demand");
  });
  it("reads a characterisation by its words: blame an accusation, approval praise, neither nothing", () => {
    expect(kindsOf("Greece described the drilling as an illegal provocation.")).toEqual(["accusation"]);
    expect(kindsOf("Seoul described the visit as a constructive gesture.")).toEqual(["praise"]);
    expect(kindsOf("The ministry described the weather as calm.")).toEqual([]);
  });
  it("makes a threat with an 'unless' and a deadline an ultimatum", () => {
    expect(
      readOf("Hijackers threatened to blow up the airliner unless Lagos paid them ten million dollars by midnight.")[0],
    ).toMatchObject({ kind: "ultimatum", cameo: "139" });
  });
  it("reads the speaker's own forces acting in a future clause as a threat", () => {
    expect(kindsOf('"Should the drones return, our armed forces will answer," President Irfaan Ali said.')).toEqual([
      "threat",
    ]);
  });
  it("reads 'would treat any X as a provocation' as a warning, with its condition", () => {
    const [s] = readOf("The Kremlin said it would treat any deployment of foreign troops in Moldova as a provocation.");
    expect(s).toMatchObject({ kind: "warning", conditions: ["if: deployment of foreign troops in Moldova"] });
  });
});

describe("isFormOf: one rule for every cue list", () => {
  it("isFormOf reads a cue of five letters or more as a stem, a shorter one with its inflections only", () => {
    expect(["negotiations", "negotiated"].every((w) => isFormOf(w, "negotiat"))).toBe(true);
    expect(["leads", "leading", "lead"].every((w) => isFormOf(w, "lead"))).toBe(true);
    expect(
      ["bombs", "bombed", "bombing", "wipes", "wiped"].every((w) => isFormOf(w, w.startsWith("b") ? "bomb" : "wipe")),
    ).toBe(true);
    expect(isFormOf("leaders", "lead")).toBe(false);
    expect(isFormOf("hostile", "host")).toBe(false);
    expect(isFormOf("lieutenant", "lie")).toBe(false);
    expect(isFormOf("warning", "war")).toBe(false);
  });
  it("reads a threat by 'leaders' as a threat: the noun is not the consequence cue 'lead'", () => {
    expect(kindsOf("Tehran said its military leaders would strike any tanker entering its waters.")).toEqual([
      "threat",
    ]);
    expect(kindsOf("Brazil said the blockade could lead to war.")).not.toContain("threat");
  });
});

describe("framedAs: a saying named by a statement noun", () => {
  it("framedAs(words with 'in a stark warning to …') is a warning, after up to two modifiers", () => {
    expect(framedAs(" the river is ours in a stark warning to its neighbour ", DEFAULT_LEXICON)).toBe("warning");
    expect(framedAs(" talks must resume in an urgent appeal to both sides ", DEFAULT_LEXICON)).toBe("appeal");
  });

  it("framedAs(words without such a noun) is undefined", () => {
    expect(framedAs(" the talks will resume in a week ", DEFAULT_LEXICON)).toBeUndefined();
  });

  it("makes a plain 'said' a warning when its words call it one", () => {
    expect(
      readOf("Chad's president said the lake's waters were not negotiable in a stern warning to Niger."),
    ).toMatchObject([{ kind: "warning" }]);
  });
});
