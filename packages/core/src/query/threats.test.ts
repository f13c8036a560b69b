import { describe, expect, it } from "vitest";
import { chronicle, relation, statement } from "../../test-fixtures/chronicles.js";
import { entriesOf } from "../model/entries.js";
import { readPeriod } from "./check-filter.js";
import { filterEntries } from "./filter.js";
import { threatRegister } from "./threats.js";

// One threat said three times (the last one sharper), a separate warning, an ultimatum
// escalating it, and an offer that is no threat.
const c = chronicle({
  statements: [
    statement("targets", "threat", "putin", "2025-09-05", {
      targets: ["allies"],
      summary: "Foreign troops would be legitimate targets",
      conditions: [{ kind: "if", text: "troops deploy while fighting continues" }],
    }),
    statement("destroyed", "threat", "putin", "2025-09-06", { targets: ["allies", "zelensky"], intensity: -8 }),
    statement("confront", "warning", "putin", "2025-09-12", { targets: ["allies"] }),
    statement("deadline", "warning", "trump", "2025-07-14", { targets: ["putin"] }),
    statement("shortened", "ultimatum", "trump", "2025-07-28", { targets: ["putin"] }),
    statement("offer", "offer", "putin", "2025-09-03", { targets: ["zelensky"] }),
  ],
  relations: [
    relation("reiterates", "destroyed", "targets"),
    relation("reiterates", "confront", "destroyed"),
    relation("escalates", "shortened", "deadline"),
    relation("reiterates", "offer", "targets"),
  ],
});

describe("threatRegister", () => {
  const register = threatRegister(c);
  const record = (id: string) => register.find((t) => t.id === id);

  it("threatRegister(chronicle) lists each distinct threat, warning or ultimatum once", () => {
    expect(register.map((t) => t.id).sort()).toEqual(["deadline", "shortened", "targets"]);
  });

  it("threatRegister folds a chain of reiterations into the first statement", () => {
    expect(record("targets")).toMatchObject({
      reiterations: 2,
      statements: ["targets", "destroyed", "confront"],
      speaker: "putin",
      summary: "Foreign troops would be legitimate targets",
    });
  });

  it("threatRegister gives first and last stated", () => {
    const t = record("targets");
    expect(t?.firstStated.input).toBe("2025-09-05");
    expect(t?.lastStated.input).toBe("2025-09-12");
  });

  it("threatRegister(never repeated) has first = last stated and no reiterations", () => {
    const t = record("deadline");
    expect(t).toMatchObject({ reiterations: 0, statements: ["deadline"] });
    expect(t?.lastStated).toBe(t?.firstStated);
  });

  it("threatRegister keeps the first statement's conditions and every target named", () => {
    const t = record("targets");
    expect(t?.conditions).toEqual([{ kind: "if", text: "troops deploy while fighting continues" }]);
    expect(t?.targets).toEqual(["allies", "zelensky"]);
  });

  it("threatRegister takes the most hostile intensity of the reiterations", () => {
    expect(record("targets")?.intensity).toBe(-8);
    expect(record("deadline")?.intensity).toBe(-4.4);
  });

  it("threatRegister marks a threat escalated when a later statement escalates it", () => {
    expect(record("deadline")?.escalated).toBe(true);
    expect(record("shortened")?.escalated).toBe(false);
    expect(record("targets")?.escalated).toBe(false);
  });

  it("threatRegister does not fold a non-threat into a threat", () => {
    expect(register.flatMap((t) => t.statements)).not.toContain("offer");
  });

  it("threatRegister orders by intensity (most hostile first), then date", () => {
    expect(register.map((t) => [t.id, t.intensity])).toEqual([
      ["targets", -8],
      ["shortened", -7],
      ["deadline", -4.4],
    ]);
  });

  it("threatRegister(chronicle, entries) works on the given entries only", () => {
    const trumpOnly = filterEntries(entriesOf(c), { actors: ["trump"], role: "speaker" });
    expect(
      threatRegister(c, trumpOnly)
        .map((t) => t.id)
        .sort(),
    ).toEqual(["deadline", "shortened"]);
  });

  it("threatRegister(entries without the first statement) roots the threat at the earliest left", () => {
    const later = filterEntries(entriesOf(c), readPeriod({ from: "2025-09-06" }).period);
    expect(threatRegister(c, later).map((t) => [t.id, t.reiterations])).toEqual([["destroyed", 1]]);
  });

  it("threatRegister(chronicle without threats) is []", () => {
    expect(threatRegister(chronicle({ statements: [statement("o", "offer", "putin", "2025-09-01")] }))).toEqual([]);
  });

  it("threatRegister does not mutate the chronicle", () => {
    const before = structuredClone(c);
    threatRegister(c);
    expect(c).toEqual(before);
  });
});
