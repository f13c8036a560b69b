import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";

// Texts written for these tests: other conflicts, other wordings.
describe("conditions", () => {
  it("reads no condition from 'any step that might …' without a consequence after it", () => {
    const [s] = readOf("The UN called on both sides to avoid any step that might inflame tensions.");
    expect(s?.conditions).toEqual([]);
  });
  it("keeps 'any X that … would' and 'any X that crosses' as conditions", () => {
    expect(readOf("Manila warned that any vessel that might enter the shoal would be seized.")[0]?.conditions).toEqual([
      "if: vessel that might enter the shoal",
    ]);
  });
  it("reads 'would regard any X as Y' as the condition 'if X'", () => {
    expect(readOf("Minsk warned that it would regard any flight over its border as an attack.")[0]?.conditions).toEqual(
      ["if: flight over its border"],
    );
  });
  it("does not read 'once again' or 'once more' as a condition, but keeps 'once X happens'", () => {
    const [a] = readOf(
      '"The Chilean threat to raise duties on Peru is a grave mistake, which once again exposes Chile\'s blackmailing nature," a Peruvian trade ministry spokesperson said.',
    );
    expect(a).toMatchObject({ kind: "accusation", conditions: [] });
    const [b] = readOf("Peru said it would sign the accord once Chile withdrew its ships.");
    expect(b?.conditions).toEqual(["after: Chile withdrew its ships"]);
  });
});
