import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import * as extractor from "../../../../packages/extract/src/index.js";
import { useExtractor } from "../io/_extract-core.js";
import { EVENT_HELP as EVENT_KEYS, HELP as STATEMENT_KEYS } from "../io/_review-card.js";
import { ARTICLE, runWith, tempDir } from "./_extract-test-support.js";

// Tests run the extractor's sources; the built CLI loads @briefline/extract.
useExtractor(extractor);

async function candidatesIn(dir: string): Promise<string> {
  writeFileSync(join(dir, "article.txt"), ARTICLE);
  const r = await runWith(["extract", "article.txt", "--published", "2025-09-05", "-o", "candidates.yaml"], {
    cwd: dir,
  });
  if (r.code !== 0) throw new Error(r.stderr);
  return readFileSync(join(dir, "candidates.yaml"), "utf8");
}

const load = (dir: string, file = "candidates.yaml") => {
  const r = parseChronicle(readFileSync(join(dir, file), "utf8"));
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.chronicle;
};

describe("briefline review", () => {
  it("review --yes accepts every candidate and the file still validates", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    const r = await runWith(["review", "candidates.yaml", "--yes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("4 accepted, 0 rejected, 0 left as candidates");
    expect(load(dir).statements?.map((s) => s.status)).toEqual(["confirmed", "confirmed", "confirmed", "confirmed"]);
  });

  it("review reads answers line by line: accept, reject, change kind, change speaker", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    const before = load(dir);
    const r = await runWith(["review", "candidates.yaml", "-o", "reviewed.yaml"], {
      cwd: dir,
      stdin: "k\nultimatum\na\nr\ns\nEuropean Union\na\nn\n",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[1/4]");
    const after = load(dir, "reviewed.yaml");
    expect(after.statements?.map((s) => [s.id, s.kind, s.status])).toEqual([
      [before.statements?.[0]?.id, "ultimatum", "confirmed"],
      [before.statements?.[2]?.id, "offer", "confirmed"],
      [before.statements?.[3]?.id, "appeal", "candidate"],
    ]);
    expect(after.statements?.[0]?.coding?.cameo).toBe("139");
    expect(after.statements?.[1]?.speaker).toBe(before.actors?.find((a) => a.name === "European Union")?.id);
    const rejected = before.statements?.[1]?.id;
    expect(after.relations?.some((x) => x.from === rejected || x.to === rejected) ?? false).toBe(false);
    expect(load(dir).statements?.every((s) => s.status === "candidate")).toBe(true); // the input stays as it was
  });

  it("review stops at the end of input and keeps what was decided", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    const r = await runWith(["review", "candidates.yaml"], { cwd: dir, stdin: "a\n" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("1 accepted, 0 rejected, 3 left as candidates");
  });

  it("review of a file without candidates says so", async () => {
    const dir = tempDir();
    await candidatesIn(dir);
    await runWith(["review", "candidates.yaml", "--yes"], { cwd: dir });
    const r = await runWith(["review", "candidates.yaml", "--yes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no candidate statements or events to review");
  });

  it("review --yes confirms candidate events too", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), WITH_EVENTS);
    const r = await runWith(["review", "c.yaml", "--yes"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("4 accepted, 0 rejected, 0 left as candidates");
    const after = load(dir, "c.yaml");
    expect(after.events?.map((e) => [e.id, e.status])).toEqual([
      ["talks-brussels", "confirmed"],
      ["vucic-visit", "confirmed"],
      ["known-summit", undefined],
    ]);
    expect(after.statements?.map((s) => s.status)).toEqual(["confirmed", "confirmed", undefined]);
  });

  it("review of events: a rejected event goes with the relations and the statements' places that point to it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), WITH_EVENTS);
    // Events come first: reject the talks, make the visit a summit and retitle it, then accept both statements.
    const r = await runWith(["review", "c.yaml", "-o", "reviewed.yaml"], {
      cwd: dir,
      stdin: "r\nk\nsummit\ne\nBelgrade summit\na\na\na\n",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[1/4] talks-brussels");
    expect(r.stdout).toContain("said at it: kurti-offer");
    expect(r.stderr).toContain("3 accepted, 1 rejected, 0 left as candidates");
    const after = load(dir, "reviewed.yaml");
    expect(after.events?.map((e) => [e.id, e.kind, e.title, e.status])).toEqual([
      ["vucic-visit", "summit", "Belgrade summit", "confirmed"],
      ["known-summit", "summit", "Earlier summit", undefined],
    ]);
    const offer = after.statements?.find((s) => s.id === "kurti-offer");
    expect(offer?.status).toBe("confirmed");
    expect(offer && "at" in offer).toBe(false); // no dangling reference
    expect(after.statements?.find((s) => s.id === "vucic-warning")?.at).toBe("vucic-visit");
    expect(after.relations).toEqual([{ type: "reiterates", from: "vucic-warning", to: "vucic-warning-old" }]);
    expect(readFileSync(join(dir, "reviewed.yaml"), "utf8")).toContain("# kept comment");
  });

  it("review answers a wrong key with the keys, a wrong kind or speaker with the choices, and takes edits after them", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), WITH_EVENTS);
    // Event 1: an unknown key, "s" (no speaker for events), a statement kind, then accept.
    // Statement 1 (after the two events): a wrong kind, an unknown speaker, a new summary, then accept.
    const r = await runWith(["review", "c.yaml", "-o", "reviewed.yaml"], {
      cwd: dir,
      stdin: "x\ns\nk\nthreat\na\nn\n?\nk\nsummit\ns\nnobody\ne\nKurti offered talks\na\nq\n",
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split(EVENT_KEYS).length - 1).toBe(2); // for "x" and for "s"
    expect(r.stdout).toContain("not an event kind: threat");
    expect(r.stdout).toContain(STATEMENT_KEYS);
    expect(r.stdout).toContain("not a statement kind: summit");
    expect(r.stdout).toContain('no actor called "nobody" in this file; ids: ');
    expect(r.stderr).toContain("2 accepted, 0 rejected, 2 left as candidates");
    const after = load(dir, "reviewed.yaml");
    expect(after.events?.[0]).toMatchObject({ id: "talks-brussels", kind: "meeting", status: "confirmed" });
    expect(after.statements?.[0]).toMatchObject({ summary: "Kurti offered talks", status: "confirmed" });
  });

  it("review will not reject an event a judgment rests on", async () => {
    const dir = tempDir();
    const withJudgment = `${WITH_EVENTS}judgments:\n  - { id: j1, text: Talks go on, likelihood: likely, confidence: moderate, basis: [talks-brussels] }\n`;
    writeFileSync(join(dir, "c.yaml"), withJudgment);
    const r = await runWith(["review", "c.yaml"], { cwd: dir, stdin: "r\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot reject "talks-brussels": judgment "j1" rests on it');
    expect(readFileSync(join(dir, "c.yaml"), "utf8")).toBe(withJudgment);
  });
});

/** A chronicle with candidate events, statements said at them and a relation to one. */
const WITH_EVENTS = `briefline: 1
title: Review of events
actors:
  - { id: vucic, name: Aleksandar Vucic, type: person }
  - { id: kurti, name: Albin Kurti, type: person }
sources:
  - { id: wire, title: Wire }
events:
  # kept comment
  - id: talks-brussels
    kind: meeting
    title: Talks in Brussels
    date: 2025-09-01
    participants: [vucic, kurti]
    status: candidate
    sources: [{ source: wire, locator: chars 0-40 }]
    tags: [extracted, date-defaulted]
    notes: "confidence 0.70; date: not in the text; the publication date"
  - id: vucic-visit
    kind: visit
    title: Visit to Belgrade
    date: 2025-09-02
    participants: [vucic]
    status: candidate
    tags: [extracted]
  - id: known-summit
    kind: summit
    title: Earlier summit
    date: 2025-08-01
statements:
  - id: kurti-offer
    kind: offer
    speaker: kurti
    date: 2025-09-01
    at: talks-brussels
    summary: Kurti offered talks.
    status: candidate
  - id: vucic-warning
    kind: warning
    speaker: vucic
    date: 2025-09-02
    at: vucic-visit
    summary: Vucic warned against troops.
    status: candidate
  - id: vucic-warning-old
    kind: warning
    speaker: vucic
    date: 2025-08-01
    summary: Vucic warned against troops before.
relations:
  - { type: reiterates, from: vucic-warning, to: vucic-warning-old }
  - { type: responds_to, from: kurti-offer, to: talks-brussels }
`;
