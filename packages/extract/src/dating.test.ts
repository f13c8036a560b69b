import { describe, expect, it } from "vitest";
import { readOf } from "./_test-support.js";
import { eventWordsOf } from "./dating.js";
import { DEFAULT_LEXICON, extendLexicon } from "./lexicon/default.js";

// Texts written for these tests: other conflicts, other wordings. Published 2025-09-05 (a Friday).
describe("dating statements", () => {
  it("does not date a statement by a date in what was said right after 'said' ('said they would … next week')", () => {
    const [s] = readOf("Officials in Canberra said they would raise the matter with Jakarta next week.");
    expect(s).toMatchObject({ speaker: "Australia", date: "2025-09-05" });
  });
  it("does not date a statement by a day in a relative clause about its speaker", () => {
    const [s] = readOf(
      "Kosovo's prime minister, Albin Kurti, who visited the crossing on Saturday, said Serbian paramilitaries had fired first.",
    );
    expect(s?.date).toBe("2025-09-05");
  });
  it("dates a statement by the source it is reported from (', according to a statement issued on Wednesday')", () => {
    const [s] = readOf(
      "The rebel group has threatened to shell the airport, according to a statement issued on Wednesday.",
    );
    expect(s?.date).toBe("2025-09-03");
  });
  it("carries a date over to a sentence that points back ('In their closing communiqué, …')", () => {
    const read = readOf(
      "Arab League foreign ministers met in Cairo on Sunday. In their closing communiqué, the ministers condemned the strikes.",
    );
    expect(read[0]).toMatchObject({ speaker: "Arab League", date: "2025-08-31" });
  });
  it("carries over the date of the gathering named ('Following the talks'), not of an earlier item in that sentence", () => {
    const read = readOf(
      "Portuguese Foreign Minister Ana Costa spoke by phone with her Spanish counterpart on Tuesday, and EU envoys held talks with Morocco on Wednesday. Following the talks, Costa urged Rabat to reopen the border crossings.",
    );
    expect(read.find((r) => r.kind === "appeal")?.date).toBe("2025-09-03");
  });
  it("carries over the date of a gathering named by a word an extended lexicon added ('Following the parley')", () => {
    const text =
      "EU envoys held a parley with Morocco on Tuesday, and Portuguese Foreign Minister Ana Costa spoke by phone with her Spanish counterpart on Wednesday. Following the parley, Costa urged Rabat to reopen the border crossings.";
    const lexicon = extendLexicon({ events: [{ words: ["parley"], kind: "meeting", needsPartner: true }] });
    expect(readOf(text, { lexicon }).find((r) => r.kind === "appeal")?.date).toBe("2025-09-02");
  });
  it("eventWordsOf names each kind by its cues' last words and the named events' last words", () => {
    const words = eventWordsOf(DEFAULT_LEXICON);
    expect([...(words.get("call") ?? [])]).toEqual(expect.arrayContaining(["call", "conversation", "phoned"]));
    expect([...(words.get("speech") ?? [])]).toEqual(expect.arrayContaining(["speech", "conference", "interview"]));
    expect([...(words.get("forum") ?? [])]).toEqual(expect.arrayContaining(["forum", "conference", "assembly"]));
    expect([...(words.get("meeting") ?? [])]).toEqual(expect.arrayContaining(["meeting", "meetings", "talks"]));
  });
  it("does not date an assurance by a day in what was promised, far after its verb ('promised X in Y that … on Monday')", () => {
    const [s] = readOf(
      "Hungary's foreign minister, Peter Szijjarto, promised the refinery's customers in Slovakia and Austria that deliveries would resume when repairs end on Monday.",
    );
    expect(s).toMatchObject({ kind: "assurance", date: "2025-09-05" });
  });
});
