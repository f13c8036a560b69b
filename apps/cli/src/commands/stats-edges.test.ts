import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "../test-support/run.js";

// Issue 11: `stats` printed "span: -009999-01" (a slice of an expanded ISO year).
describe("stats: dates at the edges of the calendar", () => {
  it("stats(items in -9999 and 9999) prints the span as EDTF days", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "c.yaml"),
      `briefline: 1
title: Edges
actors: [{ id: a, name: A, type: person }]
statements:
  - { id: s1, kind: threat, speaker: a, date: "-9999", summary: early }
  - { id: s2, kind: threat, speaker: a, date: "9999-12-31", summary: late }
`,
    );
    const r = await run(["stats", "c.yaml"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("span: -9999-01-01 to 9999-12-31");
  });
});
