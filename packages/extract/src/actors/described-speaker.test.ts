import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Sentences written for these tests (issue 14, class 5: descriptions that stand for a named actor); no evaluation text.
describe("a description of the person who just spoke", () => {
  it("gives '…,\" the former minister added' to the person who spoke last", () => {
    const read = readOf(
      'Ravi Kotal said on Saturday that the truce was welcome. "They must dismantle the camps before any talks," the former minister added.',
    );
    expect(read.map((r) => r.speaker)).toEqual(["Ravi Kotal", "Ravi Kotal"]);
    expect(read[1]).toMatchObject({ kind: "demand" });
  });

  it("gives 'The official warned …' to the person who spoke last", () => {
    const read = readOf(
      "Opposition lawmaker Ravi Kotal said the truce was welcome. The official later warned that any new raid would be answered with force.",
    );
    expect(read.map((r) => r.speaker)).toEqual(["Ravi Kotal", "Ravi Kotal"]);
  });

  it("does not give 'the chief of …' nor another office to the person who spoke last", () => {
    const chief = readOf(
      "Ravi Kotal said the truce was welcome. The chief of the border police accused Dravia of staging the raid.",
    );
    expect(chief.filter((r) => r.kind === "accusation").map((r) => r.speaker)).not.toContain("Ravi Kotal");
    const office = readOf(
      'President Lena Holm said the talks had failed. "We must now defend ourselves," the defence minister added.',
    );
    expect(office.slice(1).map((r) => r.speaker)).not.toContain("Lena Holm");
  });

  it("gives 'the group's spokesman' to the person who spoke last, and reads 'clarified that' as a saying", () => {
    const read = readOf(
      "Hadi Sarim said on television that the ports would stay open. The official clarified that the blockade would not apply to fishing boats. The group's spokesman warned that any tanker entering the strait would be attacked.",
    );
    expect(read.map((r) => r.speaker)).toEqual(["Hadi Sarim", "Hadi Sarim", "Hadi Sarim"]);
    expect(read.map((r) => r.kind)).toEqual(["comment", "assurance", "threat"]);
  });
});
