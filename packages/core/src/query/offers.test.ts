import { describe, expect, it } from "vitest";
import { chronicle, relation, statement } from "../../test-fixtures/chronicles.js";
import { entriesOf } from "../model/entries.js";
import { filterEntries } from "./filter.js";
import { offers } from "./offers.js";

const c = chronicle({
  statements: [
    statement("moscow", "offer", "putin", "2025-09-03", {
      targets: ["zelensky"],
      conditions: [{ kind: "only_if", text: "the meeting takes place in Moscow" }],
    }),
    // Listed before the earlier response, to show responses come out in date order.
    statement("no-again", "rejection", "zelensky", "2025-09-06", { targets: ["putin"] }),
    statement("no", "rejection", "zelensky", "2025-09-04", { targets: ["putin"] }),
    statement("talks", "proposal", "trump", "2025-08-01", { targets: ["putin", "zelensky"] }),
    statement("yes", "comment", "putin", "2025-08-02", { targets: ["trump"] }),
    statement("welcome", "comment", "zelensky", "2025-08-01", { targets: ["trump"] }),
    statement("ceasefire", "proposal", "trump", "2025-03-11"),
    statement("repeat", "offer", "putin", "2025-09-05", { targets: ["zelensky"] }),
    statement("both", "offer", "trump", "2025-09-07"),
    statement("yes-then-no-a", "comment", "putin", "2025-09-08"),
    statement("yes-then-no-b", "rejection", "putin", "2025-09-09"),
  ],
  relations: [
    relation("rejects", "no-again", "moscow"),
    relation("rejects", "no", "moscow"),
    relation("accepts", "yes", "talks"),
    relation("responds_to", "welcome", "talks"),
    relation("reiterates", "repeat", "moscow"),
    relation("accepts", "yes-then-no-a", "both"),
    relation("rejects", "yes-then-no-b", "both"),
  ],
});

describe("offers", () => {
  const list = offers(c);
  const offer = (id: string) => list.find((o) => o.id === id);

  it("offers(chronicle) lists offers and proposals in date order", () => {
    expect(list.map((o) => o.id)).toEqual(["ceasefire", "talks", "moscow", "repeat", "both"]);
  });

  it("offers(no response) is open", () => {
    expect(offer("ceasefire")).toMatchObject({ status: "open", responses: [] });
  });

  it("offers(rejected) is rejected, with its responses in date order", () => {
    expect(offer("moscow")?.status).toBe("rejected");
    expect(offer("moscow")?.responses.map((r) => [r.id, r.type, r.speaker])).toEqual([
      ["no", "rejects", "zelensky"],
      ["no-again", "rejects", "zelensky"],
    ]);
  });

  it("offers(accepted) is accepted; a responds_to alone leaves an offer open", () => {
    expect(offer("talks")?.status).toBe("accepted");
    expect(offer("talks")?.responses.map((r) => r.type)).toEqual(["responds_to", "accepts"]);
  });

  it("offers(accepted and rejected) is accepted", () => {
    expect(offer("both")?.status).toBe("accepted");
  });

  it("offers lists the later statements that repeat an offer", () => {
    expect(offer("moscow")?.reiterations).toEqual(["repeat"]);
  });

  it("offers keeps speaker, targets, conditions, summary and date", () => {
    expect(offer("moscow")).toMatchObject({
      kind: "offer",
      speaker: "putin",
      targets: ["zelensky"],
      conditions: [{ kind: "only_if", text: "the meeting takes place in Moscow" }],
      summary: "putin offer (moscow)",
    });
    expect(offer("moscow")?.date.input).toBe("2025-09-03");
  });

  it("offers(chronicle, entries) lists only the given offers, with all their responses", () => {
    const putin = filterEntries(entriesOf(c), { actors: ["putin"], role: "speaker" });
    const mine = offers(c, putin);
    expect(mine.map((o) => o.id)).toEqual(["moscow", "repeat"]);
    expect(mine[0]?.responses).toHaveLength(2);
  });

  it("offers does not mutate the chronicle", () => {
    const before = structuredClone(c);
    offers(c);
    expect(c).toEqual(before);
  });
});
