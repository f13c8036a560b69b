import { describe, expect, it } from "vitest";
import { exampleChronicle, ISSUED, readPdf } from "../_test/pdf.js";
import { renderBriefing } from "../index.js";

describe("renderBriefing media", () => {
  it("lists an item's media in the chronology: caption, address and credit", async () => {
    const chronicle = exampleChronicle();
    const target = chronicle.statements?.find((s) => s.id === "legit-targets");
    if (!target) throw new Error("the example lost legit-targets");
    target.media = [{ url: "https://example.org/clip.mp4", caption: "Video of the plenary", credit: "Example TV" }];
    const pdf = await readPdf(await renderBriefing(chronicle, { creationDate: ISSUED }));
    const text = pdf.pages.join("\n").replace(/\s+/g, " ");
    expect(text).toContain("Media Video of the plenary https://example.org/clip.mp4 (Example TV)");
  });

  it("lists the chronicle's own media (a TimelineJS title slide's) on the cover, not embedded", async () => {
    const chronicle = exampleChronicle();
    chronicle.media = [
      { url: "https://example.org/cover.jpg", caption: "The forum hall", credit: "Example Wire" },
      { url: "javascript:alert(1)" },
    ];
    const pdf = await readPdf(await renderBriefing(chronicle, { creationDate: ISSUED }));
    const cover = (pdf.pages[0] ?? "").replace(/\s+/g, " ");
    expect(cover).toContain("Media The forum hall https://example.org/cover.jpg (Example Wire)");
    expect(pdf.pages.join(" ")).not.toContain("javascript:");
  });
});
