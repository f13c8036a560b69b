import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cameoCode } from "./cameo.js";
import { CAMEO_TO_PLOVER, ploverOfCameo } from "./cameo-to-plover.js";

const fixture = readFileSync(new URL("../../test-fixtures/plover/CAMEO2PLOVER-2021.txt", import.meta.url), "utf8");

/** The published table's rows (three- and four-digit codes), parsed from the file. */
function publishedRows(): Map<string, [string, string, string[]]> {
  const rows = new Map<string, [string, string, string[]]>();
  for (const line of fixture.split("\n")) {
    const match = /^(\d{3,4}):\s*([^#]*)/.exec(line);
    if (!match?.[1] || match[2] === undefined || rows.has(match[1])) continue;
    const [event = "", mode = "", context = ""] = match[2].split(",").map((part) => part.trim());
    const contexts = context
      .split(";")
      .map((c) => c.trim())
      .filter(Boolean);
    rows.set(match[1], [event, mode, contexts]);
  }
  return rows;
}

describe("CAMEO_TO_PLOVER", () => {
  it("is the published CAMEO2PLOVER-2021 table, row for row", () => {
    const published = publishedRows();
    expect(CAMEO_TO_PLOVER.length).toBe(published.size);
    for (const [code, event, mode, context] of CAMEO_TO_PLOVER) {
      expect([event, mode, [...context]], code).toEqual(published.get(code));
    }
  });
});

describe("ploverOfCameo", () => {
  it('ploverOfCameo("1312") is THREATEN with mode restrict (sanctions), not violence', () => {
    expect(ploverOfCameo("1312")).toEqual({ event: "THREATEN", mode: "restrict", context: ["diplomatic"] });
  });

  it('ploverOfCameo("057") is SUPPORT, as the spec maps it (not AGREE)', () => {
    expect(ploverOfCameo("057")?.event).toBe("SUPPORT");
  });

  it("ploverOfCameo of protests and riots is PROTEST with mode demo or riot", () => {
    expect(ploverOfCameo("141")).toEqual({ event: "PROTEST", mode: "demo" });
    expect(ploverOfCameo("145")).toEqual({ event: "PROTEST", mode: "riot" });
  });

  it("ploverOfCameo drops the table's draft values that the manual does not list", () => {
    // 1321 reads "THREATEN, political, legal": political is a context, not a THREATEN mode.
    expect(ploverOfCameo("1321")).toEqual({ event: "THREATEN", context: ["legal"] });
    // 0342 has context "executive", which is not among the manual's contexts.
    expect(ploverOfCameo("0342")).toEqual({ event: "AGREE" });
  });

  it("ploverOfCameo falls back to the parent code and the cue category", () => {
    expect(ploverOfCameo("1389")?.event).toBe("THREATEN");
    expect(ploverOfCameo("18")?.event).toBe("ASSAULT");
    expect(ploverOfCameo("08")?.event).toBe("CONCEDE");
  });

  it("ploverOfCameo is undefined for what PLOVER does not code (01 statements, 02 appeals)", () => {
    expect(ploverOfCameo("010")).toBeUndefined();
    expect(ploverOfCameo("020")).toBeUndefined();
    expect(ploverOfCameo("999")).toBeUndefined();
  });

  it("every three-digit code of the CAMEO table that PLOVER codes has a row", () => {
    for (const code of [
      "030",
      "046",
      "057",
      "064",
      "075",
      "087",
      "094",
      "108",
      "116",
      "129",
      "139",
      "145",
      "154",
      "166",
    ]) {
      expect(cameoCode(code), code).toBeDefined();
      expect(ploverOfCameo(code), code).toBeDefined();
    }
  });
});
