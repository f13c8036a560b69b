import { describe, expect, it } from "vitest";
import { event, statement } from "../../test-fixtures/chronicles.js";
import { EVENT_KINDS, STATEMENT_KINDS } from "../model/vocabulary.js";
import { cameoCode, cameoCodes } from "./cameo.js";
import { codingOf, EVENT_DEFAULTS, intensityOf, STATEMENT_DEFAULTS } from "./defaults.js";
import { isPloverContext, isPloverEvent, isPloverMode, PLOVER_EVENTS } from "./plover.js";

describe("default coding per kind", () => {
  it("codingOf(threat) is CAMEO 138 / PLOVER THREATEN, mode violence, context military", () => {
    expect(codingOf(statement("t", "threat", "putin", "2025-09-05"))).toEqual({
      cameo: "138",
      plover: { event: "THREATEN", mode: "violence", context: ["military"] },
    });
  });

  it("codingOf(offer) is CAMEO 036 (intent to meet) / PLOVER AGREE", () => {
    expect(codingOf(statement("o", "offer", "putin", "2025-09-05"))).toMatchObject({
      cameo: "036",
      plover: { event: "AGREE" },
    });
  });

  it("codingOf(rejection) is a CAMEO 12x code / PLOVER REJECT", () => {
    const coding = codingOf(statement("r", "rejection", "zelensky", "2025-09-05"));
    expect(coding.cameo).toMatch(/^12\d$/);
    expect(coding.plover?.event).toBe("REJECT");
  });

  it("codingOf(meeting event) is a CAMEO 04x code / PLOVER CONSULT", () => {
    const coding = codingOf(event("m", "meeting", "2025-09-05"));
    expect(coding.cameo).toMatch(/^04\d$/);
    expect(coding.plover?.event).toBe("CONSULT");
  });

  it("every statement and event kind has a default, and every default code exists", () => {
    for (const kind of STATEMENT_KINDS) {
      const d = STATEMENT_DEFAULTS[kind];
      expect(d, kind).toBeDefined();
      if (d.coding.cameo) expect(cameoCode(d.coding.cameo), `${kind} → ${d.coding.cameo}`).toBeDefined();
      if (d.coding.plover) expect(isPloverEvent(d.coding.plover.event), kind).toBe(true);
      expect(d.intensity).toBeGreaterThanOrEqual(-10);
      expect(d.intensity).toBeLessThanOrEqual(10);
    }
    for (const kind of EVENT_KINDS) {
      const d = EVENT_DEFAULTS[kind];
      expect(d, kind).toBeDefined();
      if (d.coding.cameo) expect(cameoCode(d.coding.cameo), `${kind} → ${d.coding.cameo}`).toBeDefined();
      if (d.coding.plover) expect(isPloverEvent(d.coding.plover.event), kind).toBe(true);
    }
  });

  it("codingOf(item with its own CAMEO code) takes the PLOVER coding of that code, not the kind's", () => {
    expect(codingOf(statement("t", "threat", "putin", "2025-09-05", { coding: { cameo: "131" } }))).toEqual({
      cameo: "131",
      plover: { event: "THREATEN" },
    });
    // A sanctions-type threat: 1312 is THREATEN/restrict/diplomatic, never mode violence.
    expect(codingOf(statement("t", "threat", "trump", "2025-09-05", { coding: { cameo: "1312" } }))).toEqual({
      cameo: "1312",
      plover: { event: "THREATEN", mode: "restrict", context: ["diplomatic"] },
    });
  });

  it("every default mode and context is one the PLOVER manual lists", () => {
    for (const d of [...Object.values(STATEMENT_DEFAULTS), ...Object.values(EVENT_DEFAULTS)]) {
      const plover = d.coding.plover;
      if (!plover) continue;
      if (plover.mode !== undefined) expect(isPloverMode(plover.event, plover.mode), plover.mode).toBe(true);
      for (const c of plover.context ?? []) expect(isPloverContext(c), c).toBe(true);
    }
  });

  it("codingOf(agreement event coded CAMEO 057) is PLOVER SUPPORT (the kind alone is left uncoded)", () => {
    expect(codingOf(event("a", "agreement", "2025-09-05", { coding: { cameo: "057" } })).plover?.event).toBe("SUPPORT");
    expect(codingOf(event("a", "agreement", "2025-09-05")).cameo).toBeUndefined();
  });

  it("codingOf(item with its own PLOVER coding) keeps it and the kind's CAMEO code", () => {
    const coding = codingOf(
      statement("t", "threat", "putin", "2025-09-05", { coding: { plover: { event: "COERCE", mode: "military" } } }),
    );
    expect(coding).toEqual({ cameo: "138", plover: { event: "COERCE", mode: "military" } });
  });

  it("codingOf does not mutate the item", () => {
    const item = statement("t", "threat", "putin", "2025-09-05", { coding: { cameo: "131" } });
    const before = structuredClone(item);
    codingOf(item);
    intensityOf(item);
    expect(item).toEqual(before);
  });
});

describe("intensityOf", () => {
  it("intensityOf(offer) is the kind's default, 4", () => {
    expect(intensityOf(statement("o", "offer", "putin", "2025-09-05"))).toBe(4);
  });

  it("intensityOf(threat) is the kind's default, -7", () => {
    expect(intensityOf(statement("t", "threat", "putin", "2025-09-05"))).toBe(-7);
  });

  it("intensityOf(military event coded as a use of force, 190) is -10", () => {
    expect(intensityOf(event("e", "military", "2025-09-05", { coding: { cameo: "190" } }))).toBe(-10);
  });

  it("intensityOf(item with a CAMEO code) is that code's Goldstein weight, over the kind's default", () => {
    expect(intensityOf(statement("t", "threat", "putin", "2025-09-05", { coding: { cameo: "131" } }))).toBe(-5.8);
  });

  it("intensityOf(item with a 4-digit CAMEO code) is its 3-digit parent's weight", () => {
    expect(intensityOf(statement("t", "threat", "putin", "2025-09-05", { coding: { cameo: "1311" } }))).toBe(-5.8);
  });

  it("intensityOf(item with an explicit intensity) is that intensity, over the CAMEO weight", () => {
    const item = statement("t", "threat", "putin", "2025-09-05", { coding: { cameo: "131" }, intensity: -9.5 });
    expect(intensityOf(item)).toBe(-9.5);
  });

  it("intensityOf(item with intensity 0) is 0, not the default (0 is a value)", () => {
    expect(intensityOf(statement("t", "threat", "putin", "2025-09-05", { intensity: 0 }))).toBe(0);
  });

  it("intensityOf(item with an unknown CAMEO code) falls back to the kind's default", () => {
    expect(intensityOf(statement("t", "threat", "putin", "2025-09-05", { coding: { cameo: "999" } }))).toBe(-7);
  });
});

describe("cameoCode", () => {
  it('cameoCode("138") is "Threaten with military force", Goldstein -7', () => {
    expect(cameoCode("138")).toEqual({ code: "138", name: "Threaten with military force", goldstein: -7 });
  });

  it('cameoCode("036") keeps its leading zero', () => {
    expect(cameoCode("036")?.name).toBe("Express intent to meet or negotiate");
  });

  it('cameoCode("13") is a root code', () => {
    expect(cameoCode("13")?.name).toBe("Threaten");
  });

  it('cameoCode("1384") resolves through its parent "138"', () => {
    expect(cameoCode("1384")?.code).toBe("138");
  });

  it('cameoCode("9991") is undefined: its parent does not exist', () => {
    expect(cameoCode("9991")).toBeUndefined();
  });

  it('cameoCode("999"), cameoCode("21"), cameoCode("") and cameoCode("36") are undefined', () => {
    for (const code of ["999", "21", "", "36", "0", "13845"]) expect(cameoCode(code), code).toBeUndefined();
  });

  it("cameoCodes() lists unique codes of 2 or 3 digits, in code order, weights within -10..10", () => {
    const codes = cameoCodes();
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{2,3}$/.test(c.code))).toBe(true);
    expect(codes.every((c) => c.goldstein >= -10 && c.goldstein <= 10)).toBe(true);
    const sorted = [...codes].sort((a, b) => a.code.padEnd(3, "/").localeCompare(b.code.padEnd(3, "/")));
    expect(codes.map((c) => c.code)).toEqual(sorted.map((c) => c.code));
  });

  it("cameoCodes() covers all twenty roots 01..20", () => {
    const roots = cameoCodes().filter((c) => c.code.length === 2);
    expect(roots.map((c) => c.code)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")));
  });
});

describe("PLOVER", () => {
  it('isPloverEvent("THREATEN") is true and isPloverEvent("threaten") is false', () => {
    expect(isPloverEvent("THREATEN")).toBe(true);
    expect(isPloverEvent("threaten")).toBe(false);
  });

  it('isPloverEvent("toString") is false (no prototype keys)', () => {
    expect(isPloverEvent("toString")).toBe(false);
    expect(isPloverEvent("__proto__")).toBe(false);
  });

  it("PLOVER_EVENTS has the sixteen event types, each pointing at a CAMEO code that exists", () => {
    expect(Object.keys(PLOVER_EVENTS)).toHaveLength(16);
    for (const [name, code] of Object.entries(PLOVER_EVENTS)) expect(cameoCode(code), name).toBeDefined();
  });
});

// Issue 12, item 9: defaults reviewed against CAMEO's definitions.
describe("default coding reviewed against CAMEO", () => {
  it("codingOf(military event) has no CAMEO code: a missile test is not an assault (190)", () => {
    expect(codingOf(event("test", "military", "2017-08-29")).cameo).toBeUndefined();
    expect(intensityOf(event("test", "military", "2017-08-29"))).toBe(0);
  });

  it("codingOf(agreement event) has no CAMEO code: a sanctions resolution is no cooperative +8", () => {
    expect(codingOf(event("res", "agreement", "2017-09-11")).cameo).toBeUndefined();
    expect(intensityOf(event("res", "agreement", "2017-09-11"))).toBe(0);
  });

  it("codingOf(rejection) is CAMEO's general 120 'Reject', not 125 (a proposal to meet)", () => {
    expect(codingOf(statement("r", "rejection", "zelensky", "2025-09-05")).cameo).toBe("120");
  });

  it("every default intensity is the Goldstein weight of its CAMEO code", () => {
    for (const d of [...Object.values(STATEMENT_DEFAULTS), ...Object.values(EVENT_DEFAULTS)])
      if (d.coding.cameo) expect(d.intensity, d.coding.cameo).toBe(cameoCode(d.coding.cameo)?.goldstein);
  });
});
