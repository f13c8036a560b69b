import { describe, expect, it } from "vitest";
import { BASE_YAML, edit } from "../../test-fixtures/chronicles.js";
import { errorsOf } from "../../test-fixtures/issues.js";

// Issue 12, item 11: hints that read as advice, not as content to copy.
describe("validateChronicle: hints", () => {
  it("validateChronicle(a missing speaker) hints 'add speaker: …' and marks the example as one", () => {
    const [e] = errorsOf(edit("    speaker: putin\n    targets: [zelensky]\n", "    targets: [zelensky]\n"));
    expect(e).toMatchObject({ code: "missing-field", path: ["statements", 0, "speaker"] });
    expect(e?.hint).toMatch(/^add speaker: …, e\.g\. speaker: /);
  });

  it("validateChronicle(an unquoted comma in { }) hints to quote the value, not 'unknown field'", () => {
    const text = edit(
      "    participants: [putin]",
      "    location: { name: Hwasong-12, KPA Strategic Force }\n    participants: [putin]",
      BASE_YAML,
    );
    const e = errorsOf(text).find((x) => x.code === "unknown-field");
    expect(e?.hint).toMatch(/quote that value/);
    expect(e?.hint).toContain('"Hwasong-12, KPA Strategic Force"');
  });
});
