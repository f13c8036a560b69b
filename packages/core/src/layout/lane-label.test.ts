import { describe, expect, it } from "vitest";
import { laneLabel } from "./lanes.js";

describe("laneLabel", () => {
  it("laneLabel(id, speaker, names) gives the actor's name, or the id when unknown", () => {
    expect(laneLabel("putin", "speaker", { putin: "Vladimir Putin" })).toBe("Vladimir Putin");
    expect(laneLabel("nobody", "speaker", {})).toBe("nobody");
  });

  it("laneLabel(constructor) never reads Object.prototype", () => {
    expect(laneLabel("constructor", "speaker", {})).toBe("constructor");
    expect(laneLabel("toString", "target", {})).toBe("toString");
  });
});
