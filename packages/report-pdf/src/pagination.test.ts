// The chronicles below name UTC as their zone; the process is pinned too, as in the
// other tests (vitest's config sets TZ=UTC for this project).
process.env.TZ = "UTC";

import type { Chronicle } from "@briefline/core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { ISSUED } from "./_test/pdf.js";
import { PAPERS } from "./draw/paper.js";
import { renderBriefing } from "./index.js";

// Pagination of the briefing, read back from the PDF by position: every text item of
// every page with its baseline measured from the top of the page. The chronicles are
// made so that tables run over several pages, one threat is taller than a page, and,
// in the adversarial cases, a section starts right at the foot of a page.

type PaperName = "a4" | "letter";
const PAPER_NAMES: PaperName[] = ["a4", "letter"];
const TITLE = "Pagination test chronicle";

/** A text item: its string, left edge, width, baseline (points from the top) and size. */
interface Text {
  str: string;
  x: number;
  width: number;
  y: number;
  size: number;
}

/** Texts on one baseline, left to right. */
interface Line {
  y: number;
  items: Text[];
}

interface Page {
  index: number;
  height: number;
  /** Every text item, furniture included. */
  all: Text[];
  /** Lines between the running header and the footer, top to bottom. */
  lines: Line[];
}

/** Where something is in the document: page, then baseline. */
interface At {
  page: number;
  y: number;
}

async function layoutOf(bytes: Uint8Array): Promise<Page[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: Page[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, y0, , y1] = page.view as [number, number, number, number];
    const height = y1 - y0;
    const all: Text[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const [a, b, , , e, f] = item.transform as number[];
      all.push({
        str: item.str,
        x: e as number,
        width: item.width,
        y: height - (f as number),
        size: Math.hypot(a as number, b as number),
      });
    }
    page.cleanup();
    // The furniture sits in the top and bottom 50 points: markings, running header, footer.
    const body = all.filter((t) => t.y > 50 && t.y < height - 50).sort((p, q) => p.y - q.y || p.x - q.x);
    const lines: Line[] = [];
    for (const t of body) {
      const last = lines.at(-1);
      if (last && Math.abs(last.y - t.y) < 0.5) last.items.push(t);
      else lines.push({ y: t.y, items: [t] });
    }
    pages.push({ index: i - 1, height, all, lines });
  }
  await doc.destroy();
  return pages;
}

/**
 * The blocks of a line: items that touch (runs of one cell or paragraph set in
 * different faces) are one block; cells of a table row are at least twice the cell
 * padding apart.
 */
function blocks(line: Line): string[] {
  const out: Array<{ str: string; end: number }> = [];
  for (const t of [...line.items].sort((p, q) => p.x - q.x)) {
    const last = out.at(-1);
    if (last && t.x - last.end < 5) {
      last.str += t.str;
      last.end = t.x + t.width;
    } else out.push({ str: t.str, end: t.x + t.width });
  }
  return out.map((b) => b.str.trim());
}

const text = (line: Line) => blocks(line).join(" ");
const isH1 = (t: Text) => Math.abs(t.size - 14) < 0.01 && /^\d+\. \S/.test(t.str);
const isH2 = (t: Text) => Math.abs(t.size - 10.5) < 0.01;
const before = (a: At, b: At) => a.page < b.page || (a.page === b.page && a.y < b.y - 0.01);

/** A table of the briefing: the section it fills and the labels of its header row. */
interface TableSpec {
  section: string;
  headers: string[];
}

const TABLES: TableSpec[] = [
  {
    section: "Threat register",
    headers: ["Speaker", "Target", "Threat and conditions", "First stated", "Last stated", "Stated", "Intensity"],
  },
  { section: "Offers and proposals", headers: ["Date", "From → to", "Offer and conditions", "Status", "Responses"] },
  { section: "Meetings and diplomacy", headers: ["Date", "Event", "Where", "Participants", "Said there"] },
  { section: "Rejections", headers: ["Date", "Who → whom", "Rejection", "What was rejected"] },
  { section: "Actors", headers: ["Actor", "Role", "Statements", "Addressed"] },
  { section: "Sources", headers: ["Source", "Published", "Reliability", "Cited by"] },
];

const isHeaderLine = (line: Line, spec?: TableSpec) =>
  (spec ? [spec] : TABLES).some((s) => blocks(line).join("|") === s.headers.join("|"));

/** The lines of one section, from its heading to the next section's, with their pages. */
function sectionLines(pages: Page[], title: string): Array<Line & { page: number }> {
  const out: Array<Line & { page: number }> = [];
  let inside = false;
  for (const page of pages) {
    for (const line of page.lines) {
      const h1 = line.items.find(isH1);
      if (h1) inside = h1.str.replace(/^\d+\. /, "") === title;
      else if (inside) out.push({ ...line, page: page.index });
    }
  }
  return out;
}

/** A table read back: header rows and body lines by page, rows (lines where every cell starts). */
interface ReadTable {
  pages: Map<number, Array<Line & { page: number }>>;
  headerAt: Map<number, Line>;
  rowStarts: Array<Line & { page: number }>;
  body: Array<Line & { page: number; row: number }>;
}

function readTable(pages: Page[], spec: TableSpec): ReadTable {
  const lines = sectionLines(pages, spec.section);
  const byPage = new Map<number, Array<Line & { page: number }>>();
  const headerAt = new Map<number, Line>();
  const rowStarts: Array<Line & { page: number }> = [];
  const body: Array<Line & { page: number; row: number }> = [];
  for (const line of lines) {
    byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
    if (isHeaderLine(line, spec)) {
      if (!headerAt.has(line.page)) headerAt.set(line.page, line);
      continue;
    }
    // Cells are set at 8 pt; the table's notes below it are smaller.
    if (!line.items.some((t) => Math.abs(t.size - 8) < 0.01)) continue;
    if (blocks(line).length === spec.headers.length) rowStarts.push(line);
    body.push({ ...line, row: rowStarts.length - 1 });
  }
  return { pages: byPage, headerAt, rowStarts, body };
}

// ---------------------------------------------------------------------------------
// Chronicles

const pad = (n: number) => String(n).padStart(2, "0");
const LOREM =
  "Officials said the measures would stay in force while the talks continued, and that any movement of forces near the line of contact would be answered at once and in kind.";

type Statement = NonNullable<Chronicle["statements"]>[number];

/**
 * A chronicle whose tables run over several pages: 46 threats (one with 28 long
 * conditions, taller than a page), 30 offers with responses, 20 meetings, 12
 * rejections, 40 sources and 41 described actors.
 */
function bigChronicle(): Chronicle {
  const actors: NonNullable<Chronicle["actors"]> = [];
  for (let i = 0; i < 20; i++) {
    actors.push({
      id: `sp${i}`,
      name: `Speaker ${pad(i)}`,
      type: "state",
      title: `Head of delegation ${i}`,
      description: `Delegation ${i}: ${LOREM}`,
    });
    actors.push({ id: `tg${i}`, name: `Target ${pad(i)}`, type: "state" });
  }
  actors.push({ id: "tall", name: "Tallis", type: "person" });
  const sources: NonNullable<Chronicle["sources"]> = Array.from({ length: 40 }, (_, i) => ({
    id: `src${i}`,
    title: `Report ${i} on the crisis: statements, troop movements and the state of the talks`,
    publisher: `Publisher ${pad(i)}`,
    url: `https://example.org/reports/${i}`,
    published: `2025-08-${pad(1 + (i % 28))}`,
    reliability: "B",
  }));
  const statements: Statement[] = [];
  const day = (i: number) => `2025-08-${pad(1 + (i % 28))}`;
  for (let i = 0; i < 45; i++) {
    statements.push({
      id: `thr${i}`,
      kind: "threat",
      speaker: `sp${i % 20}`,
      targets: [`tg${i % 20}`],
      date: day(i),
      summary: `TRG-${pad(i)} threatened strikes on infrastructure ${"unless the other side withdrew its forces ".repeat(1 + (i % 4))}within days.`,
      conditions: Array.from({ length: i % 4 }, (_, k) => ({
        kind: "unless" as const,
        text: `TRG-${pad(i)} condition ${k}: ${LOREM.slice(0, 60 + 30 * k)}`,
      })),
      sources: [{ source: `src${i % 40}`, credibility: 2, excerpt: LOREM }],
    });
  }
  statements.push({
    id: "thr-tall",
    kind: "threat",
    speaker: "tall",
    targets: ["tg1"],
    date: "2025-08-14T12:00",
    summary: "TALL threatened a general mobilisation.",
    conditions: Array.from({ length: 28 }, (_, k) => ({
      kind: "unless" as const,
      text: `TALL condition ${k} holds: ${LOREM}`,
    })),
  });
  for (let i = 0; i < 30; i++) {
    statements.push({
      id: `off${i}`,
      kind: "offer",
      speaker: `sp${i % 20}`,
      targets: [`tg${i % 20}`],
      date: day(i),
      summary: `OFR-${pad(i)} offered talks in a neutral capital on a ceasefire line${", an exchange of prisoners".repeat(i % 3)}.`,
      conditions: [{ kind: "if", text: `OFR-${pad(i)} condition: the shelling stops first.` }],
      sources: [{ source: `src${(i + 7) % 40}` }],
    });
    statements.push({
      id: `rsp${i}`,
      kind: "comment",
      speaker: `tg${i % 20}`,
      targets: [`sp${i % 20}`],
      date: day(i + 1),
      summary: `RSP-${pad(i)} answered that talks could only start once the guns were silent.`,
    });
  }
  for (let i = 0; i < 12; i++) {
    statements.push({
      id: `rej${i}`,
      kind: "rejection",
      speaker: `tg${i}`,
      targets: [`sp${i}`],
      date: day(i + 2),
      summary: `REJ-${pad(i)} rejected the proposed corridor as a ruse to regroup forces.`,
    });
  }
  const events: NonNullable<Chronicle["events"]> = Array.from({ length: 20 }, (_, i) => ({
    id: `mtg${i}`,
    kind: "meeting",
    title: `MTG-${pad(i)} talks between delegations`,
    date: day(i),
    location: { name: "Geneva" },
    participants: [`sp${i}`, `tg${i}`],
    summary: LOREM,
  }));
  return {
    briefline: 1,
    title: TITLE,
    timezone: "UTC",
    actors,
    sources,
    statements,
    events,
    relations: Array.from({ length: 30 }, (_, i) => ({
      type: "responds_to" as const,
      from: `rsp${i}`,
      to: `off${i}`,
    })),
  };
}

/**
 * A small chronicle for the adversarial cases: twelve threats, the last of which has
 * `grow` one-line conditions (each adds a line to its row, moving where the threat
 * register ends), then offers, the first with `firstOfferConditions` conditions.
 */
function footChronicle(grow: number, firstOfferConditions: number): Chronicle {
  const statements: Statement[] = [];
  for (let i = 0; i < 12; i++) {
    statements.push({
      id: `thr${i}`,
      kind: "threat",
      speaker: "a",
      targets: ["b"],
      date: `2025-08-${pad(1 + i)}`,
      summary: `TRG-${pad(i)} threatened strikes on infrastructure unless the other side withdrew its forces within days.`,
      conditions: Array.from({ length: i === 11 ? grow : 1 }, (_, k) => ({
        kind: "unless" as const,
        text: `c${k}`,
      })),
    });
  }
  for (let i = 0; i < 3; i++) {
    statements.push({
      id: `off${i}`,
      kind: "offer",
      speaker: "b",
      targets: ["a"],
      date: `2025-08-${pad(20 + i)}`,
      summary: `OFR-${pad(i)} offered talks in a neutral capital on a ceasefire line.`,
      conditions: Array.from({ length: i === 0 ? firstOfferConditions : 1 }, (_, k) => ({
        kind: "if" as const,
        text: `OFR-${pad(i)} condition ${k}.`,
      })),
    });
  }
  return {
    briefline: 1,
    title: TITLE,
    timezone: "UTC",
    actors: [
      { id: "a", name: "Alpha", type: "state" },
      { id: "b", name: "Bravo", type: "state" },
    ],
    statements,
  };
}

const render = async (chronicle: Chronicle, paper: PaperName) =>
  layoutOf(await renderBriefing(chronicle, { creationDate: ISSUED, paper }));

// ---------------------------------------------------------------------------------
// Properties

/**
 * Headings left at the foot of a page: with nothing after them on their page, or
 * fewer than two lines (a table's header row not counted) when what follows them
 * goes on over the page.
 */
function lonelyHeadings(pages: Page[]): string[] {
  const out: string[] = [];
  for (const page of pages.slice(1)) {
    page.lines.forEach((line, i) => {
      const heading = line.items.find((t) => isH1(t) || isH2(t));
      if (!heading) return;
      const after = page.lines.slice(i + 1).filter((l) => !isHeaderLine(l));
      // A section of one line (an empty note) may end its page; anything longer must
      // not leave its heading behind.
      const next = pages[page.index + 1]?.lines[0];
      const continues = next !== undefined && !next.items.some((t) => isH1(t) || isH2(t));
      if (after.length === 0 || (after.length < 2 && continues))
        out.push(
          `page ${page.index + 1}: "${heading.str}" at y=${heading.y.toFixed(0)} has ${after.length} line(s) after it`,
        );
    });
  }
  return out;
}

/** Text that reaches into the margins, where it would run into the footer or header. */
function outsideMargins(pages: Page[], paper: PaperName): string[] {
  const { top, bottom } = PAPERS[paper].margin;
  const out: string[] = [];
  for (const page of pages.slice(1))
    for (const line of page.lines)
      for (const t of line.items)
        if (t.y - 0.8 * t.size < top - 0.5 || t.y > page.height - bottom + 0.01)
          out.push(`page ${page.index + 1}: "${t.str}" at y=${t.y.toFixed(1)}`);
  return out;
}

describe.each(PAPER_NAMES)("pagination of a long briefing on %s", (paper) => {
  let pages: Page[];
  const room = () => PAPERS[paper].height - PAPERS[paper].margin.top - PAPERS[paper].margin.bottom;
  beforeAll(async () => {
    pages = await render(bigChronicle(), paper);
  });

  it("the tables run over several pages (the premise of the other tests)", () => {
    expect(pages.length).toBeGreaterThan(25);
    const spans = TABLES.map((spec) => readTable(pages, spec).pages.size);
    expect(spans[0], "threat register").toBeGreaterThanOrEqual(4);
    expect(spans[1], "offers").toBeGreaterThanOrEqual(2);
    expect(spans[4], "actors").toBeGreaterThanOrEqual(2);
    expect(spans[5], "sources").toBeGreaterThanOrEqual(2);
  });

  it("every table repeats its header row at the top of each page it continues onto", () => {
    for (const spec of TABLES) {
      const table = readTable(pages, spec);
      const [first] = [...table.pages.keys()];
      for (const [page, lines] of table.pages) {
        const cells = table.body.filter((l) => l.page === page);
        if (cells.length === 0) continue;
        const header = table.headerAt.get(page);
        expect(header, `${spec.section}: no header row on page ${page + 1}`).toBeDefined();
        // Above every row of the page, and on a continuation page the first thing on it.
        for (const l of cells) expect(l.y, `${spec.section}, page ${page + 1}`).toBeGreaterThan(header?.y ?? Infinity);
        if (page !== first)
          expect(pages[page]?.lines[0]?.y, `${spec.section}: page ${page + 1} starts with the header`).toBe(header?.y);
        expect(
          lines.filter((l) => isHeaderLine(l, spec)),
          `${spec.section}, page ${page + 1}`,
        ).toHaveLength(1);
      }
    }
  });

  it("every row starts all its cells on one line of one page, and a row that fits on a page is never split", () => {
    const expectedRows: Record<string, number> = {
      "Threat register": 46,
      "Offers and proposals": 30,
      "Meetings and diplomacy": 20,
      Rejections: 12,
      Actors: 41,
      Sources: 40,
    };
    for (const spec of TABLES) {
      const table = readTable(pages, spec);
      // A line with a block in every column is where a row starts; if one cell started
      // lower or on the next page, its row would have no such line.
      expect(table.rowStarts.length, spec.section).toBe(expectedRows[spec.section]);
      const split = new Set<string>();
      for (const line of table.body) {
        const start = table.rowStarts[line.row];
        if (start && start.page !== line.page) split.add(blocks(start)[0] as string);
      }
      // Only the threat of 28 long conditions, taller than a page, may continue on the next.
      expect([...split], spec.section).toEqual(spec.section === "Threat register" ? ["Tallis"] : []);
    }
  });

  it("a row taller than a page starts with the first lines of every cell together and goes on, line by line, under the repeated header", () => {
    const table = readTable(pages, TABLES[0] as TableSpec);
    const index = table.rowStarts.findIndex((l) => blocks(l)[0] === "Tallis");
    expect(index).toBeGreaterThanOrEqual(0);
    const start = table.rowStarts[index] as Line & { page: number };
    const lines = table.body.filter((l) => l.row === index);
    const onPages = [...new Set(lines.map((l) => l.page))];
    expect(onPages.length).toBeGreaterThanOrEqual(3);
    // It starts where it is only when at least a third of a page of it fits there.
    const firstPiece = lines.filter((l) => l.page === start.page);
    expect((firstPiece.at(-1)?.y ?? 0) - start.y + 10).toBeGreaterThanOrEqual(room() / 3 - 12);
    // On each later page the row's next line comes right under the header row: no
    // blank page, no other row in between.
    for (const page of onPages.slice(1)) {
      const [header, next] = pages[page]?.lines ?? [];
      expect(header && isHeaderLine(header, TABLES[0]), `page ${page + 1}`).toBe(true);
      expect(lines.find((l) => l.page === page)?.y, `page ${page + 1}`).toBe(next?.y);
    }
    // Every line is there once, in order: the conditions read back whole.
    const read = lines.map(text).join(" ").replace(/\s+/g, " ");
    let at = 0;
    for (let k = 0; k < 28; k++) {
      const expected = `Unless TALL condition ${k} holds: ${LOREM}`;
      const found = read.indexOf(expected, at);
      expect(found, `condition ${k}`).toBeGreaterThanOrEqual(at);
      at = found + expected.length;
    }
    expect(read.split("TALL condition").length - 1).toBe(28);
  });

  it("no text reaches into the top or bottom margin, so no line is cut by a page break", () => {
    expect(outsideMargins(pages, paper)).toEqual([]);
  });

  it("no section or day heading is left at the foot of a page without two lines after it", () => {
    const headings = pages.flatMap((p) => p.lines.filter((l) => l.items.some((t) => isH1(t) || isH2(t))));
    expect(headings.length).toBeGreaterThan(30);
    expect(lonelyHeadings(pages)).toEqual([]);
  });

  it("every page says 'page X of Y' in the footer, with the marking; every page after the cover has the running header", () => {
    const { bottom } = PAPERS[paper].margin;
    let section = "";
    for (const page of pages) {
      const n = page.index + 1;
      const foot = page.all.filter((t) => t.y > page.height - bottom + 5);
      const head = page.all.filter((t) => t.y < 55);
      expect(
        foot.filter((t) => /^page \d+ of \d+$/.test(t.str)).map((t) => t.str),
        `page ${n}`,
      ).toEqual([`page ${n} of ${pages.length}`]);
      expect(foot.map((t) => t.str).sort(), `page ${n}`).toEqual(
        ["Issued 6 Sep 2025 · Briefline", "UNCLASSIFIED", `page ${n} of ${pages.length}`].sort(),
      );
      // The section in the running header is the one the page starts in.
      const first = page.lines[0]?.items.find(isH1);
      if (first) section = first.str.replace(/^\d+\. /, "");
      const expected = n === 1 ? ["UNCLASSIFIED"] : ["UNCLASSIFIED", TITLE, section];
      expect(head.map((t) => t.str).sort(), `page ${n}`).toEqual(expected.sort());
      const last = page.lines.flatMap((l) => l.items.filter(isH1)).at(-1);
      if (last) section = last.str.replace(/^\d+\. /, "");
    }
  });
});

// ---------------------------------------------------------------------------------
// Adversarial: a section that would start at the very foot of a page

/** Where a section's last line is in a rendering. */
function sectionEnd(pages: Page[], section: string): At {
  const last = sectionLines(pages, section).at(-1);
  if (!last) throw new Error(`no section "${section}"`);
  return { page: last.page, y: last.y };
}

/**
 * The largest `n` in [lo, hi] with `fits(n)`, for a predicate true up to some point
 * and false after it.
 */
async function largest(lo: number, hi: number, fits: (n: number) => Promise<boolean>): Promise<number> {
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (await fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Grows the chronicle `make(n)` (n from 1 to `hi`) until the section `before` ends
 * `gap` points above the bottom margin of a page, so the next section begins right
 * there; returns that rendering, the section's end and where it was aimed.
 */
async function endingAt(paper: PaperName, gap: number, previous: string, make: (n: number) => Chronicle, hi = 90) {
  const bottom = PAPERS[paper].height - PAPERS[paper].margin.bottom;
  const cache = new Map<number, Page[]>();
  const at = async (n: number) => {
    let pages = cache.get(n);
    if (!pages) {
      pages = await render(make(n), paper);
      cache.set(n, pages);
    }
    return pages;
  };
  // The section's end moves down as n grows; aim at a page it reaches.
  const start = sectionEnd(await at(1), previous);
  const target: At = { page: start.y <= bottom - gap ? start.page : start.page + 1, y: bottom - gap };
  const n = await largest(1, hi, async (k) => !before(target, sectionEnd(await at(k), previous)));
  const pages = await at(n);
  const end = sectionEnd(pages, previous);
  // The search found the adversarial layout: the section ends within a line of the aim.
  expect(end.page).toBe(target.page);
  expect(target.y - end.y).toBeLessThan(16);
  return pages;
}

/** A chronicle whose analyst's bottom line is `words` words long, then three long key judgments. */
function judgmentChronicle(words: number): Chronicle {
  const statements: Statement[] = Array.from({ length: 8 }, (_, i) => ({
    id: `s${i}`,
    kind: "warning",
    speaker: "a",
    targets: ["b"],
    date: `2025-08-${pad(1 + i)}`,
    summary: `Alpha warned Bravo for the ${i + 1}th time that the border would be closed.`,
  }));
  return {
    briefline: 1,
    title: TITLE,
    timezone: "UTC",
    briefing: { bluf: Array.from({ length: words }, (_, i) => `word${i}`).join(" ") },
    actors: [
      { id: "a", name: "Alpha", type: "state" },
      { id: "b", name: "Bravo", type: "state" },
    ],
    statements,
    judgments: Array.from({ length: 3 }, (_, i) => ({
      id: `kj${i}`,
      text: `Judgment ${i}: ${LOREM} ${LOREM}`,
      likelihood: "likely" as const,
      confidence: "moderate" as const,
      basis: statements.map((s) => s.id),
    })),
  };
}

describe("keep-with-next when a section would start at the foot of a page", () => {
  for (const paper of PAPER_NAMES) {
    it(`a heading that would just fit below the previous table goes over the page with its table (${paper})`, async () => {
      // 62 points below the register's last line: room for the heading, none for what follows.
      const pages = await endingAt(paper, 62, "Threat register", (n) => footChronicle(n, 1));
      expect(lonelyHeadings(pages)).toEqual([]);
      expect(readTable(pages, TABLES[1] as TableSpec).rowStarts).toHaveLength(3);
    });

    it(`a heading stays with its table when the first row is taller than the room kept under headings (${paper})`, async () => {
      // 200 points below: the heading and a few lines fit, but the first offer (fifteen
      // conditions) does not.
      const pages = await endingAt(paper, 200, "Threat register", (n) => footChronicle(n, 15));
      expect(lonelyHeadings(pages)).toEqual([]);
      const offers = readTable(pages, TABLES[1] as TableSpec);
      expect(offers.rowStarts).toHaveLength(3);
      expect(offers.body.filter((l) => l.page !== offers.rowStarts[l.row]?.page).map(text)).toEqual([]);
    });

    it(`a table's header row is not left at the foot of a page when its first row moves to the next (${paper})`, async () => {
      // 340 points below: the heading, the header row and a third of a page fit, but
      // not the first offer (twenty-four conditions), which fits on a page of its own.
      const pages = await endingAt(paper, 340, "Threat register", (n) => footChronicle(n, 24));
      expect(lonelyHeadings(pages)).toEqual([]);
      const offers = readTable(pages, TABLES[1] as TableSpec);
      expect(offers.rowStarts).toHaveLength(3);
      expect(offers.body.filter((l) => l.page !== offers.rowStarts[l.row]?.page).map(text)).toEqual([]);
    });

    it(`the key judgments heading stays with the first judgment after a long bottom line (${paper})`, async () => {
      // 215 points below the bottom line's last line: the heading fits, a whole judgment does not.
      const pages = await endingAt(paper, 215, "Bottom line up front", judgmentChronicle, 900);
      expect(lonelyHeadings(pages)).toEqual([]);
    });
  }
});
