import { describe, expect, it } from "vitest";
import { readOf } from "../_test-support.js";
import { extractCandidates } from "../extract.js";

const actorsOf = (text: string) =>
  extractCandidates(text, { source: { title: "Test", published: "2025-09-05" } }).chronicle.actors?.map(
    (a) => a.name,
  ) ?? [];

// Texts written for these tests: other conflicts, other wordings. Published 2025-09-05 (a Friday).
describe("actors: what names an actor and what does not", () => {
  it("takes no actor from a dateline: the city there says where the story was filed", () => {
    const [s] = readOf("Headline without a stop\n\nQUITO — The rebel group has threatened to blow up the pipeline.");
    expect(s?.speaker).toBe("Armed group");
    expect(actorsOf("Ecuador protests\n\nQUITO — Peru protested.")).not.toContain("Ecuador");
  });
  it("takes no person from a month or a pronoun at the start of a quote", () => {
    const read = readOf(
      'President William Ruto rejected the report. "Our warnings went unanswered all through June," he said on Thursday.',
    );
    expect(read.map((r) => r.speaker)).toEqual(["William Ruto", "William Ruto"]);
    expect(actorsOf('"We warned them in May. We were ignored," he said.')).toEqual([]);
  });
  it("reads a plural possessive ('the militants' demand') as the owner of the statement noun", () => {
    const [s] = readOf("The minister welcomed the militants' offer of a truce.").filter((r) => r.kind === "offer");
    expect(s?.speaker).toBe("Militants");
  });
  it("reads 'Foreign ministers of <body>' as the body, and 'the six ministers' later as the same body", () => {
    const read = readOf(
      "Foreign ministers of the Gulf Cooperation Council met in Doha on Tuesday. The six ministers promised funds for rebuilding the port.",
    );
    expect(read).toEqual([expect.objectContaining({ kind: "assurance", speaker: "Gulf Cooperation Council" })]);
  });
  it("reads an organisation named '<Organisation> of <Name>' whole", () => {
    const [s] = readOf("The Organisation of Islamic Cooperation condemned the raid on the mosque.");
    expect(s?.speaker).toBe("Organisation of Islamic Cooperation");
  });
  it("resolves a definite description ('the army', 'the ministry') to the body last named by that noun", () => {
    const read = readOf(
      "Rebels blamed the Sudanese army for the shelling of a market. In a statement, the army rejected the charge. Egypt's foreign ministry condemned the shelling. The ministry urged both sides to talk.",
    );
    expect(read.map((r) => [r.kind, r.speaker])).toEqual([
      ["accusation", "Rebels"],
      ["rejection", "Sudan"],
      ["accusation", "Egypt foreign ministry"],
      ["appeal", "Egypt foreign ministry"],
    ]);
  });
  it("reads '<Demonym> embassy' as a body of that state", () => {
    expect(readOf("The Iranian embassy denied the report.")[0]?.speaker).toBe("Iranian embassy");
  });
  it("never resolves 'she' to a man or 'he' to a woman the text has shown to be one", () => {
    const read = readOf(
      "German Foreign Minister Annalena Baerbock met Turkish President Recep Tayyip Erdogan in Ankara. Erdogan praised the visit. She said the talks had been frank.",
    );
    expect(read.map((r) => r.speaker)).toEqual(["Recep Tayyip Erdogan", "Annalena Baerbock"]);
  });
  it("resolves 'they' to the subject of the sentence before, not to the last place it named", () => {
    const [s] = readOf(
      "Arab League foreign ministers met Egypt's president in Cairo on Sunday. Later, they condemned the strikes on the port.",
    );
    expect(s).toMatchObject({ kind: "accusation", speaker: "Arab League" });
  });
  it("resolves 'the country's <office>' to the holder of that office named before", () => {
    const read = readOf(
      'Defence Minister Andrius Kubilius visited the border on Monday. "Any boat crossing that line again will meet our forces," the country\'s defence minister said.',
    );
    expect(read).toEqual([expect.objectContaining({ kind: "threat", speaker: "Andrius Kubilius" })]);
  });
  it("new ActorStore(lexicon) starts from the lexicon alone: actors met in one extraction are unknown to the next", () => {
    expect(readOf("President Ana Soto warned Lima on Monday.")[0]?.speaker).toBe("Ana Soto");
    expect(readOf("Soto warned Lima on Monday.").map((r) => r.speaker)).not.toContain("Ana Soto");
  });
});
