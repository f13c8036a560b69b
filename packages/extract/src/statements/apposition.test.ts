import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Sentences written for these tests (issue 14, failure classes 4, 5 and 7); no evaluation text.
describe("speakers through appositions and asides", () => {
  it("reads past an apposition that names the speaker's office (', the secretary of …,')", () => {
    const read = readOf(
      "Anna Berg, the chair of Sweden's defence committee, called the incursion a violation of international law.",
    );
    expect(read).toMatchObject([{ kind: "accusation", speaker: "Anna Berg" }]);
  });
  it("reads past an apposition of kinship or office without an article (', sister of …,', ', head of …,')", () => {
    expect(
      readOf(
        "Rebel spokeswoman Amara Diallo, sister of rebel leader Moussa Diallo, said on Monday that Bamako should free the prisoners.",
      ),
    ).toMatchObject([{ kind: "demand", speaker: "Amara Diallo" }]);
    expect(readOf("Envoy Tomas Ruiz, head of the Chilean delegation, rejected the proposal on Friday.")).toMatchObject([
      { kind: "rejection", speaker: "Tomas Ruiz" },
    ]);
  });
  it("reads past the circumstances of a saying set off by commas (', in a statement,', ', speaking to …,')", () => {
    expect(
      readOf("The envoy was named on Monday. Tomas Ruiz, in a statement on the talks, said that Lima must withdraw."),
    ).toMatchObject([{ kind: "demand", speaker: "Tomas Ruiz" }]);
    expect(
      readOf("Foreign Minister Tomas Ruiz, speaking to reporters in Quito, rejected the proposal on Friday."),
    ).toMatchObject([{ kind: "rejection", speaker: "Tomas Ruiz" }]);
  });
  it("reads past a connective aside (', however,') to the subject", () => {
    const read = readOf("Chad's army chief, General Idriss Deby, however, rejected the truce plan.");
    expect(read).toMatchObject([{ kind: "rejection", speaker: "General Idriss Deby" }]);
  });
});

describe("several acts in one sentence", () => {
  it("keeps a rejection and the accusation beside it ('rejected …, accusing …')", () => {
    expect(readOf("General Idriss Deby rejected the plan, accusing the mediators of bias.").map((r) => r.kind)).toEqual(
      ["rejection", "accusation"],
    );
  });
});

describe("acts supposed in a condition", () => {
  it("leaves out a speech act inside an 'if' clause ('if Rome insists on …')", () => {
    const read = readOf(
      '"If Rome insists on its levies, Tunis will fight them to the end," Tunisian President Kais Saied added.',
    );
    expect(read).toMatchObject([
      { kind: "threat", speaker: "Kais Saied", conditions: ["if: Rome insists on its levies"] },
    ]);
  });
});

describe("speakers through an indefinite apposition and a pronoun after an aside", () => {
  it("reads past an apposition opened by 'a' (', a senior party official,') to the name before it", () => {
    const read = readOf(
      "Rebel envoy Lina Haddad said on Monday that talks would resume. Haddad, a senior party official, also rejected the ceasefire plan.",
    );
    expect(read[1]).toMatchObject({ kind: "rejection", speaker: "Lina Haddad" });
  });
  it("gives 'he' to the subject named first, not to a speaker inside the aside ('moments after X announced …')", () => {
    const read = readOf(
      "Defence Minister Omar Lunde, speaking minutes after President Karl Weiss announced that a truce had been agreed, said both armies would halt fire. He said any new incursion by Norland would be met with a firm response.",
    );
    expect(read.find((r) => r.kind === "threat")).toMatchObject({ speaker: "Omar Lunde" });
  });
});

describe("the subject of a coordinated verb after an apposition", () => {
  it("gives 'visited … and called …' to the name before ', the head of …,', not to the body inside it", () => {
    const read = readOf(
      "Marta Ilves, the head of Estonia's security council, toured the border on Tuesday and called the incursion a violation of international law.",
    );
    expect(read).toMatchObject([{ kind: "accusation", speaker: "Marta Ilves" }]);
  });
});
