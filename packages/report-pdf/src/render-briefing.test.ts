import { beforeAll, describe, expect, it } from "vitest";
import { exampleChronicle, ISSUED, type ReadPdf, readPdf } from "./_test/pdf.js";
import { type BriefingBytes, renderBriefing, renderBriefingStream } from "./index.js";

const SECTIONS = [
  "Bottom line up front",
  "Key judgments",
  "Trend",
  "Timeline",
  "Threat register",
  "Offers and proposals",
  "Meetings and diplomacy",
  "Rejections",
  "Chronology",
  "Actors",
  "Sources",
  "Endnotes",
];

describe("renderBriefing(example)", () => {
  let bytes: BriefingBytes;
  let pdf: ReadPdf;
  const warnings: string[] = [];
  beforeAll(async () => {
    bytes = await renderBriefing(exampleChronicle(), { creationDate: ISSUED, onWarning: (m) => warnings.push(m) });
    pdf = await readPdf(bytes);
  });

  it("renderBriefing returns a PDF of about twenty A4 pages", () => {
    expect(Buffer.from(bytes.subarray(0, 8)).toString("latin1")).toBe("%PDF-1.7");
    expect(pdf.pageCount).toBeGreaterThanOrEqual(15);
    expect(pdf.pageCount).toBeLessThanOrEqual(30);
    for (const size of pdf.sizes) expect(size).toEqual([595.28, 841.89]);
  });

  it("renderBriefing returns its page count with the bytes (issue 12, item 12)", () => {
    expect(bytes.pages).toBe(pdf.pageCount);
  });

  it("renderBriefing puts every section heading in the text, numbered, in order", () => {
    const text = pdf.pages.join("\n");
    let at = text.indexOf("Contents");
    expect(at).toBeGreaterThan(0);
    const body = text.slice(text.indexOf("1. Bottom line up front"));
    let last = -1;
    SECTIONS.forEach((title, i) => {
      at = body.indexOf(`${i + 1}. ${title}`);
      expect(at, title).toBeGreaterThan(last);
      last = at;
    });
  });

  it("renderBriefing writes an outline entry for every section, with the chronology's days under it", () => {
    expect(pdf.outline.map((o) => o.title)).toEqual(SECTIONS.map((t, i) => `${i + 1}. ${t}`));
    for (const entry of pdf.outline) expect(entry.page, entry.title).toBeGreaterThan(0);
    const chronology = pdf.outline.find((o) => o.title.endsWith("Chronology"));
    expect(chronology?.items.map((d) => d.title)).toContain("Friday 5 September 2025");
    for (const day of chronology?.items ?? []) expect(day.page).toBeGreaterThanOrEqual(chronology?.page ?? 0);
  });

  it("renderBriefing lists the contents with the page of each section, each entry a link to it", async () => {
    const cover = pdf.pages[0] as string;
    const links = (pdf.links[0] ?? []).map((l) => l.dest);
    for (const [i, entry] of pdf.outline.entries()) {
      const title = SECTIONS[i] as string;
      expect(cover).toMatch(new RegExp(`${i + 1}\\s*${title}\\s*${entry.page + 1}\\b`));
      expect(links).toContain(
        `sec-${["bluf", "judgments", "trend", "timeline", "threats", "offers", "diplomacy", "rejections", "chronology", "actors", "sources", "endnotes"][i]}`,
      );
    }
    expect(await pdf.destPage("sec-chronology")).toBe(pdf.outline[8]?.page);
  });

  it("renderBriefing links endnote numbers to the endnotes and each endnote back to its first citation", async () => {
    const all = pdf.links.flatMap((page, i) => page.map((l) => ({ ...l, page: i })));
    const toNotes = all.filter((l) => l.dest?.startsWith("note-"));
    const back = all.filter((l) => l.dest?.startsWith("ref-"));
    expect(toNotes.length).toBeGreaterThan(20);
    expect(back.length).toBe(toNotes.length);
    const endnotesPage = pdf.outline.at(-1)?.page ?? 0;
    for (const link of toNotes) {
      expect(await pdf.destPage(link.dest as string)).toBeGreaterThanOrEqual(endnotesPage);
      expect(link.page).toBeLessThan(endnotesPage);
    }
    for (const link of back) expect(await pdf.destPage(link.dest as string)).toBeLessThan(endnotesPage);
  });

  it("renderBriefing numbers the endnotes 1, 2, 3… in order", () => {
    const endnotesPage = pdf.outline.at(-1)?.page ?? 0;
    const all = pdf.pages.slice(endnotesPage).join("\n");
    const text = all.slice(all.indexOf("12. Endnotes") + 12);
    // Each note opens with its number and the date of the item it documents.
    const numbers = [...text.matchAll(/^(\d+)\.\s*(?:about |until |from )?(?:\d{1,2} )?[A-Z][a-z]{2} \d{4}/gm)].map(
      (m) => Number(m[1]),
    );
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("renderBriefing links item references (judgments, offers, threats) to their chronology entries", async () => {
    const chronologyPage = pdf.outline[8]?.page ?? 0;
    const itemLinks = pdf.links
      .slice(0, chronologyPage)
      .flat()
      .filter((l) => l.dest?.startsWith("item-"));
    expect(itemLinks.map((l) => l.dest)).toContain("item-moscow-offer");
    expect(itemLinks.map((l) => l.dest)).toContain("item-legit-targets");
    for (const link of itemLinks)
      expect(await pdf.destPage(link.dest as string)).toBeGreaterThanOrEqual(chronologyPage);
  });

  it("renderBriefing only makes http(s) link annotations", () => {
    const urls = pdf.links.flat().flatMap((l) => (l.url ? [l.url] : []));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
  });

  it("renderBriefing keeps Cyrillic names extractable as text", () => {
    expect(pdf.pages.join("\n")).toContain("Владимир Путин");
  });

  it("renderBriefing writes 'page X of Y', the title and the marking on every page", () => {
    pdf.pages.forEach((text, i) => {
      expect(text).toContain(`page ${i + 1} of ${pdf.pageCount}`);
      expect(text.match(/UNCLASSIFIED/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      if (i > 0) expect(text).toContain("Foreign troops and the Moscow offer");
    });
  });

  it("renderBriefing fills the metadata: title, author, subject, keywords, language", () => {
    expect(pdf.info.Title).toBe("Foreign troops and the Moscow offer (EEF, September 2025)");
    expect(pdf.info.Author).toBe("Briefline example");
    expect(String(pdf.info.Subject)).toContain("11 Mar – 6 Sep 2025");
    expect(String(pdf.info.Keywords)).toContain("Vladimir Putin");
    expect(pdf.info.Language).toBe("en");
  });

  it("renderBriefing uses the analyst's BLUF and does not call it generated", () => {
    const text = pdf.pages[1] as string;
    expect(text).toContain("A day after 26 allies pledged a reassurance force");
    expect(text).not.toContain("GENERATED FROM THE DATA");
  });

  it("renderBriefing gives likelihood and confidence of a judgment as separate fields", () => {
    const text = pdf.pages.join("\n");
    expect(text).toMatch(/LIKELIHOOD\s*Likely \(55–80%\)\s*CONFIDENCE\s*Moderate/);
    expect(text).toContain("Estimative language.");
  });
});

describe("renderBriefing options", () => {
  it("renderBriefing with a fixed creationDate is byte-identical from run to run", async () => {
    const chronicle = exampleChronicle();
    const a = await renderBriefing(chronicle, { creationDate: ISSUED, paper: "letter" });
    const b = await renderBriefing(chronicle, { creationDate: ISSUED, paper: "letter" });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("renderBriefingStream streams the same bytes as renderBriefing", async () => {
    const chronicle = exampleChronicle();
    const options = { creationDate: ISSUED, from: "2025-09-01" };
    const chunks: Uint8Array[] = [];
    for await (const chunk of renderBriefingStream(chronicle, options)) chunks.push(chunk as Uint8Array);
    expect(Buffer.concat(chunks).equals(Buffer.from(await renderBriefing(chronicle, options)))).toBe(true);
  });

  it("renderBriefing({ paper: 'letter' }) sets US Letter pages", async () => {
    const pdf = await readPdf(
      await renderBriefing(exampleChronicle(), { creationDate: ISSUED, paper: "letter", from: "2025-09-05" }),
    );
    for (const size of pdf.sizes) expect(size).toEqual([612, 792]);
  });

  it("renderBriefing({ from, to, actors }) narrows the period and says so on the cover", async () => {
    const pdf = await readPdf(
      await renderBriefing(exampleChronicle(), {
        creationDate: ISSUED,
        from: "2025-09-05",
        to: "2025-09-05",
        actors: ["putin"],
      }),
    );
    const cover = pdf.pages[0] as string;
    expect(cover).toContain("5 Sep 2025");
    expect(cover).toContain("Vladimir Putin");
    const text = pdf.pages.join("\n");
    expect(text).toContain("legitimate targets for destruction");
    expect(text).not.toContain("Trump gave Russia 50 days");
  });

  it("renderBriefing({ title, marking }) puts them on every page", async () => {
    const pdf = await readPdf(
      await renderBriefing(exampleChronicle(), {
        creationDate: ISSUED,
        from: "2025-09-05",
        title: "Weekly & <special>",
        marking: "OFFICIAL-SENSITIVE",
      }),
    );
    for (const text of pdf.pages) expect(text).toContain("OFFICIAL-SENSITIVE");
    expect(pdf.info.Title).toBe("Weekly & <special>");
  });

  it("renderBriefing({ previous }) adds 'What changed' with new, changed and withdrawn entries", async () => {
    const current = exampleChronicle();
    const previous = structuredClone(current);
    previous.statements = (previous.statements ?? []).filter((s) => s.id !== "moscow-offer");
    previous.statements.push({
      id: "old-remark",
      kind: "comment",
      speaker: "putin",
      date: "2025-09-01",
      summary: "A remark later withdrawn.",
    });
    const kj = previous.judgments?.find((j) => j.id === "kj-venue");
    if (kj) kj.likelihood = "roughly_even_chance";
    previous.relations = (previous.relations ?? []).filter((r) => r.from !== "moscow-offer" && r.to !== "moscow-offer");
    const pdf = await readPdf(await renderBriefing(current, { creationDate: ISSUED, previous }));
    expect(pdf.outline.map((o) => o.title)).toContain("2. What changed");
    const text = pdf.pages.join("\n").replace(/\s+/g, " ");
    expect(text).toMatch(/New\s*Statement\s*5 Sep 2025: Putin repeated/);
    expect(text).toMatch(/Withdrawn\s*Statement\s*A remark later withdrawn/);
    expect(text).toContain("likelihood roughly even chance → likely");
  });

  it("renderBriefing({ onProgress }) counts up to its total", async () => {
    const seen: Array<[number, number]> = [];
    await renderBriefing(exampleChronicle(), { creationDate: ISSUED, onProgress: (d, t) => seen.push([d, t]) });
    const last = seen.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    for (let i = 1; i < seen.length; i++)
      expect((seen[i] as [number, number])[0]).toBeGreaterThanOrEqual((seen[i - 1] as [number, number])[0]);
  });
});
