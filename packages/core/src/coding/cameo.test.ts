import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cameoCode, cameoCodes } from "./cameo.js";

// GDELT's published CAMEO → Goldstein table (test-fixtures/cameo, with its origin).
const gdelt = new Map(
  readFileSync(new URL("../../test-fixtures/cameo/CAMEO.goldsteinscale.txt", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [code = "", weight = ""] = line.split("\t");
      return [code, Number(weight)] as const;
    }),
);

describe("cameoCode goldstein weights", () => {
  it("agree with GDELT's CAMEO.goldsteinscale.txt for every code in the table", () => {
    const differ = cameoCodes()
      .filter((c) => gdelt.has(c.code) && gdelt.get(c.code) !== c.goldstein)
      .map((c) => `${c.code}: ${c.goldstein} (GDELT ${gdelt.get(c.code)})`);
    expect(differ).toEqual([]);
    // Two later CAMEO additions that GDELT's table predates; their weights follow their siblings.
    expect(
      cameoCodes()
        .filter((c) => !gdelt.has(c.code))
        .map((c) => c.code),
    ).toEqual(["155", "176"]);
  });

  it('cameoCode("165").goldstein is -6.5 (halt mediation), as GDELT has it', () => {
    expect(cameoCode("165")?.goldstein).toBe(-6.5);
  });
});
