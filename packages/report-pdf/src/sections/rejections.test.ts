import type { Chronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { ISSUED, readPdf } from "../_test/pdf.js";
import { renderBriefing } from "../index.js";

// Issue 12, item 4: the validator advises `responds_to` for a rejection of a threat;
// the briefing must then still say what was rejected.
function rejectionOfThreat(type: "rejects" | "responds_to"): Chronicle {
  const sources = [{ source: "wire" }];
  return {
    briefline: 1,
    title: "A rejected threat",
    actors: [
      { id: "putin", name: "Vladimir Putin", type: "person" },
      { id: "macron", name: "Emmanuel Macron", type: "person" },
    ],
    sources: [{ id: "wire", title: "Wire", reliability: "B" }],
    statements: [
      {
        id: "threat",
        kind: "threat",
        speaker: "putin",
        date: "2025-09-05",
        summary: "Troops would be targets",
        sources,
      },
      { id: "no", kind: "rejection", speaker: "macron", date: "2025-09-06", summary: "Macron dismisses it", sources },
    ],
    relations: [{ type, from: "no", to: "threat" }],
  };
}

async function rejectionsText(chronicle: Chronicle): Promise<string> {
  const pdf = await readPdf(await renderBriefing(chronicle, { creationDate: ISSUED }));
  const text = pdf.pages.join("\n");
  const start = text.lastIndexOf("Rejections");
  return text.slice(start, text.indexOf("Chronology", start));
}

describe("the Rejections section", () => {
  it("renderBriefing(a rejection that responds_to a threat) names the threat as what was rejected", async () => {
    const text = await rejectionsText(rejectionOfThreat("responds_to"));
    expect(text).toContain("Troops would be targets");
    expect(text).not.toContain("Not linked to an item");
  });

  it("renderBriefing(a rejection that rejects a threat) names it too", async () => {
    expect(await rejectionsText(rejectionOfThreat("rejects"))).toContain("Troops would be targets");
  });
});
