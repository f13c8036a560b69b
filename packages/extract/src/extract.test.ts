import { validateChronicle } from "@briefline/core";
import { describe, expect, it } from "vitest";
import { readOf, statementsOf } from "./_test-support.js";
import { candidateInfo } from "./candidate-info.js";
import { extractCandidates } from "./extract.js";

// Texts written for these tests: other conflicts, other wordings. Published 2025-09-05 (a Friday).
describe("extractCandidates: speech acts and their speakers", () => {
  it("reads the subject of a speech-act verb as the speaker, and the object as the target", () => {
    const [s] = readOf("Turkish President Recep Tayyip Erdogan accused Greece of provoking tensions.");
    expect(s).toMatchObject({ kind: "accusation", speaker: "Recep Tayyip Erdogan", targets: ["Greece"], cameo: "112" });
  });
  it("gives a participle adjunct (', warning that …') the main clause's subject", () => {
    const [s] = readOf(
      "Iranian Foreign Minister Ali Bagheri arrived in Doha, warning that Tehran would retaliate against any attack.",
    );
    expect(s).toMatchObject({ kind: "threat", speaker: "Ali Bagheri" });
  });
  it("shares the subject between coordinated verbs ('praised … but rejected …')", () => {
    const read = readOf("Chancellor Olaf Scholz praised the mediation but rejected the proposal for a buffer zone.");
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([
      ["praise", "Olaf Scholz"],
      ["rejection", "Olaf Scholz"],
    ]);
  });
  it("resolves 'he' to the last person who spoke", () => {
    const read = readOf(
      "Prime Minister Nikol Pashinyan rejected the plan. He said Armenia would never accept foreign bases.",
    );
    // "would never accept …" refuses: a rejection (issue 14, class 3), not an assurance.
    expect(read[1]).toMatchObject({ speaker: "Nikol Pashinyan", kind: "rejection" });
  });
  it("reads the possessive before a statement noun ('his dismissal of …')", () => {
    const read = readOf(
      "President Nicolas Maduro spoke on Monday. His dismissal of the mediation effort surprised diplomats.",
    );
    expect(read[0]).toMatchObject({ kind: "rejection", speaker: "Nicolas Maduro" });
  });
  it("reads the agent after a statement noun ('pledges by …')", () => {
    const [s] = readOf("Kyiv welcomed recent pledges by Poland for air-defence systems.").filter(
      (r) => r.speaker === "Poland",
    );
    expect(s).toMatchObject({ kind: "assurance", date: "2025-08-06/2025-09-05" });
  });
  it("gives statement nouns governed by a support verb the verb's subject ('issued threats')", () => {
    const read = readOf("Prime Minister Shehbaz Sharif has alternated between threats and offers of talks.");
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([
      ["threat", "Shehbaz Sharif"],
      ["offer", "Shehbaz Sharif"],
    ]);
  });
  it("makes nothing of a statement noun whose owner the text does not give", () => {
    expect(statementsOf("The threat of escalation remains high as specific ceasefire proposals stall.")).toEqual([]);
  });
  it("makes nothing of 'these threats': they point back to what was said", () => {
    expect(statementsOf("Observers noted the reaction to these threats.")).toEqual([]);
  });
  it("skips a negated speech act", () => {
    expect(statementsOf("Chinese President Xi Jinping did not threaten Taiwan.")).toEqual([]);
  });
  it("reads 'refused to rule out force' as a warning, not as a rejection", () => {
    expect(readOf("Chinese President Xi Jinping refused to rule out force against Taiwan.").map((r) => r.kind)).toEqual(
      ["warning"],
    );
  });
  it("tracks no statements of commentators ('analysts said …')", () => {
    expect(statementsOf("Analysts said the talks would fail.")).toEqual([]);
  });
  it("needs a content clause for a reporting verb ('said' alone says nothing)", () => {
    expect(statementsOf("Prime Minister Mark Carney reaffirmed his position on tariffs.")).toEqual([]);
  });
  it("reads a quote before 'X said' as what X said", () => {
    const [s] = readOf('"We will strike back at every launch site," General Herzi Halevi said on Sunday.');
    expect(s).toMatchObject({
      kind: "threat",
      speaker: "Herzi Halevi",
      quote: "We will strike back at every launch site",
      date: "2025-08-31",
    });
  });
  it("infers the speaker of an agentless passive rejection from the offer it answers", () => {
    const { chronicle } = extractCandidates(
      "Serbian President Aleksandar Vucic offered talks with Kosovo Prime Minister Albin Kurti. The offer was widely rejected as a stunt.",
      { source: { title: "T", published: "2025-09-05" } },
    );
    const rejection = chronicle.statements?.find((s) => s.kind === "rejection");
    expect(rejection?.speaker).toBe("kosovo");
    expect(chronicle.relations).toEqual([expect.objectContaining({ type: "rejects", from: rejection?.id })]);
  });
});

describe("extractCandidates: kinds from content", () => {
  it("makes a warning that names force in a future way a threat (CAMEO 138)", () => {
    expect(readOf("Moscow warned that any aircraft entering its airspace would be shot down.")[0]).toMatchObject({
      kind: "threat",
      cameo: "138",
    });
  });
  it("keeps a warning without force a warning", () => {
    expect(readOf("The European Union warned that the deal would hurt farmers.")[0]).toMatchObject({ kind: "warning" });
  });
  it("makes a demand with a deadline and a penalty an ultimatum (CAMEO 139)", () => {
    const [s] = readOf("Washington demanded that Caracas release the prisoners within 48 hours or face new sanctions.");
    expect(s).toMatchObject({ kind: "ultimatum", cameo: "139" });
  });
  it("reads 'gave X three months to leave' as an ultimatum", () => {
    expect(readOf("Mali's junta gave French troops three months to leave the country.")[0]).toMatchObject({
      kind: "ultimatum",
    });
  });
  it("reads 'agreed not to use force' as an assurance, not a threat", () => {
    expect(
      readOf("Armenian Prime Minister Nikol Pashinyan said Yerevan would not use force in the region.")[0],
    ).toMatchObject({ kind: "assurance" });
  });
  it("codes an offer to meet 036 and an offer to mediate 039", () => {
    expect(readOf("Qatar offered to host talks between the two sides.")[0]?.cameo).toBe("036");
    expect(readOf("Turkey offered to mediate between Russia and Ukraine.")[0]?.cameo).toBe("039");
  });
});

describe("extractCandidates: conditions", () => {
  it("reads 'only if', 'unless' and 'if' conditions", () => {
    expect(readOf("Cairo offered to host a summit, but only if both governments attend.")[0]?.conditions).toEqual([
      "only_if: both governments attend",
    ]);
    expect(readOf("Beijing warned it would impose tariffs unless Manila withdrew its ships.")[0]?.conditions).toEqual([
      "unless: Manila withdrew its ships",
    ]);
  });
  it("reads 'any X sent there would …' as an implicit condition", () => {
    expect(readOf("Tehran warned that any warships sent to the strait would be targeted.")[0]?.conditions).toEqual([
      "if: warships sent to the strait",
    ]);
  });
});

describe("extractCandidates: dates, events, output", () => {
  it("resolves 'on Wednesday' against the publication date and flags a defaulted date", () => {
    const [dated, undated] = statementsOf(
      "Seoul warned on Wednesday that it would respond decisively. Tokyo praised the restraint.",
    );
    expect(dated?.date).toBe("2025-09-03");
    expect(dated?.tags).toEqual(["extracted"]);
    expect(undated?.date).toBe("2025-09-05");
    expect(undated?.tags).toContain("date-defaulted");
  });
  it("does not date a statement by a date inside what was said", () => {
    expect(statementsOf("Kenya offered on Monday to host talks next month.")[0]?.date).toBe("2025-09-01");
  });
  it("finds a named forum with its place and links the speaker's statements to it", () => {
    const { chronicle } = extractCandidates(
      "President Cyril Ramaphosa warned that the talks would collapse. His remarks at the Africa Energy Forum in Cape Town drew applause.",
      { source: { title: "T", published: "2025-09-05" } },
    );
    expect(chronicle.events?.[0]).toMatchObject({
      kind: "forum",
      title: "Africa Energy Forum",
      location: { name: "Cape Town" },
    });
    expect(chronicle.statements?.[0]?.at).toBe(chronicle.events?.[0]?.id);
  });
  it("finds a meeting with its participants, and not one that was only offered", () => {
    const { chronicle } = extractCandidates(
      "Indian Prime Minister Narendra Modi met with Chinese President Xi Jinping last week. Modi offered to hold a summit in Delhi.",
      { source: { title: "T", published: "2025-09-05" } },
    );
    expect(chronicle.events?.map((e) => [e.kind, e.date, e.participants?.length])).toEqual([
      ["meeting", "2025-08-25/2025-08-31", 2],
    ]);
  });
  it("makes extracted events candidates, tagged and with their confidence, like statements", () => {
    const { chronicle, candidates } = extractCandidates(
      "Indian Prime Minister Narendra Modi met with Chinese President Xi Jinping last week. His remarks at the Africa Energy Forum in Cape Town drew applause.",
      { source: { title: "T", published: "2025-09-05" } },
    );
    expect(validateChronicle(chronicle).ok).toBe(true);
    expect(chronicle.events?.map((e) => [e.kind, e.status, e.tags])).toEqual([
      ["meeting", "candidate", ["extracted"]],
      ["forum", "candidate", ["extracted", "date-defaulted"]],
    ]);
    expect(chronicle.events?.[0]?.notes).toMatch(/^confidence 0\.70; date: "last week"/);
    for (const e of chronicle.events ?? []) {
      const info = candidateInfo(e);
      const recorded = candidates.find((c) => c.id === e.id);
      expect([info.confidence, info.dateDefaulted]).toEqual([recorded?.confidence, recorded?.dateDefaulted]);
    }
  });
  it("folds a threat restated later in the article into one candidate with both sentences", () => {
    const first = "Pyongyang threatened to destroy any troops deployed near the border.";
    const second = "Later, North Korea warned that soldiers near the border would be destroyed.";
    const s = statementsOf(`${first} ${second}`);
    expect(s).toHaveLength(1);
    const at = first.length + 1;
    expect(s[0]?.sources?.map((r) => r.locator)).toEqual([
      `chars 0-${first.length}`,
      `chars ${at}-${at + second.length}`,
    ]);
  });
  it("returns a chronicle that validates, with candidates, spans and a source", () => {
    const text = "Hungary's Prime Minister Viktor Orban rejected the sanctions package on Tuesday.";
    const { chronicle, candidates } = extractCandidates(text, {
      source: { title: "Wire", publisher: "Example", published: "2025-09-05" },
    });
    expect(validateChronicle(chronicle).ok).toBe(true);
    expect(chronicle.statements?.[0]).toMatchObject({ status: "candidate", speaker: "orban", date: "2025-09-02" });
    expect(candidates[0]?.spans).toEqual([[0, text.length]]);
    expect(chronicle.sources?.[0]).toMatchObject({ title: "Wire", publisher: "Example", published: "2025-09-05" });
  });
  it("reuses the given chronicle's actors by alias", () => {
    const chronicle = {
      briefline: 1 as const,
      title: "T",
      actors: [{ id: "rtE", name: "Recep Tayyip Erdoğan", aliases: ["the Turkish leader"], type: "person" as const }],
    };
    const s = statementsOf("The Turkish leader threatened Syria's Kurdish militias.", { chronicle });
    expect(s[0]?.speaker).toBe("rtE");
  });
  it("warns when no publication date is given", () => {
    expect(extractCandidates("Oslo praised the deal.").warnings[0]).toContain("no publication date");
  });
});
