import { parseDate } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { examplePath, run } from "../test-support/run.js";
import { renderTable } from "./table.js";
import { dateInWords, periodInWords } from "./words.js";

// Issue 12, item 10: columns share the width by importance and wrap; dates in words.
const SUMMARY = "Foreign troops sent to Ukraine, peacekeepers included, would be legitimate targets for Russia.";

describe("renderTable", () => {
  it("renderTable(at 80 columns) gives the summary more room than the who, and wraps it instead of cutting", () => {
    const text = renderTable(
      [{ header: "date" }, { header: "summary", weight: 5 }, { header: "who", weight: 1 }],
      [["5 Sep 2025", SUMMARY, "Vladimir Putin, Western states, International community"]],
      80,
    );
    const lines = text.trimEnd().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines.slice(2).join(" ").replace(/\s+/g, " ")).toContain("legitimate targets for Russia.");
    expect(text).not.toContain("…");
    const [summaryRule, idRule] = (lines[1] as string).split(/\s+/).slice(1);
    expect((summaryRule ?? "").length).toBeGreaterThan((idRule ?? "").length * 3);
  });

  it("renderTable(a column to keep) never narrows or wraps it: ids are copied whole", () => {
    const id = "trump-deadline-shortened";
    const text = renderTable(
      [
        { header: "summary", weight: 5 },
        { header: "id", keep: true },
      ],
      [[SUMMARY, id]],
      50,
    );
    expect(text).toContain(id);
  });

  it("renderTable(a table that fits) keeps every column at its natural width, one line a row", () => {
    expect(renderTable(["a", "b"], [["x", "yy"]], 80)).toBe("a  b\n─  ──\nx  yy\n");
  });
});

describe("dates in words", () => {
  const d = (s: string) => {
    const r = parseDate(s);
    if (!r.ok) throw new Error(s);
    return r.date;
  };
  it("dateInWords(day, month, interval, approximate) reads as a person writes them", () => {
    expect(dateInWords(d("2025-09-05"))).toBe("5 Sep 2025");
    expect(dateInWords(d("2025-09"))).toBe("Sep 2025");
    expect(dateInWords(d("2025-07-14/2025-08-08"))).toBe("14 Jul – 8 Aug 2025");
    expect(dateInWords(d("2025-09~"))).toBe("about Sep 2025");
  });

  it('periodInWords(an ISO week) is "week of" its Monday, not "2025-W32"', () => {
    expect(periodInWords({ start: Date.UTC(2025, 7, 4) }, "week")).toBe("week of 4 Aug 2025");
  });
});

describe("briefline query tables", () => {
  it("query --view threats at 100 columns shows the threat's text and its id", async () => {
    const r = await run(["query", examplePath, "--view", "threats", "--table"], { columns: 100 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("legit-targets");
    expect(r.stdout).toContain("Vladimir");
    expect(r.stdout.replace(/\s+/g, " ")).toMatch(/as lawful targets\./);
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}\/\d{4}/);
  });

  it("query --view offers says who rejected an offer, and when", async () => {
    const r = await run(["query", examplePath, "--view", "offers", "--table"], { columns: 160 });
    expect(r.stdout).not.toMatch(/\brejects by\b/);
    expect(r.stdout).toMatch(/rejected by [^;]+\(\d{1,2} [A-Z][a-z]{2} \d{4}\)/);
  });

  it("query --view escalation names weeks by their Monday", async () => {
    const r = await run(["query", examplePath, "--view", "escalation", "--table"]);
    expect(r.stdout).not.toMatch(/\d{4}-W\d{2}/);
    expect(r.stdout).toMatch(/week of \d{1,2} [A-Z][a-z]{2} \d{4}/);
  });
});
