import { describe, expect, it } from "vitest";
import { extractCandidates } from "../extract.js";

const eventsOf = (text: string) => {
  const { chronicle } = extractCandidates(text, { source: { title: "Test", published: "2025-09-05" } });
  const name = (id: string) => chronicle.actors?.find((a) => a.id === id)?.name ?? id;
  return (chronicle.events ?? []).map((e) => ({
    kind: e.kind,
    date: e.date,
    participants: (e.participants ?? []).map(name),
    ...(e.location ? { location: e.location.name } : {}),
  }));
};

// Texts written for these tests: other conflicts, other wordings. Published 2025-09-05 (a Friday).
describe("events", () => {
  it("finds acts of force told as facts ('Greece held live-fire exercises', 'launched strikes') as military events", () => {
    expect(eventsOf("Greece held live-fire exercises off Crete on Wednesday.").map((e) => e.kind)).toEqual([
      "military",
    ]);
    expect(eventsOf("The Turkish army launched strikes on the border towns on Thursday.").map((e) => e.kind)).toEqual([
      "military",
    ]);
  });
  it("leaves out drills that are only threatened ('would hold drills' inside what was said)", () => {
    expect(
      eventsOf("Greece's defence minister warned that the navy would hold drills if the survey ship returned.").map(
        (e) => e.kind,
      ),
    ).not.toContain("military");
  });
  it("gives a speech in the opening phrase ('During a radio interview on Monday, X said') to the main subject", () => {
    expect(
      eventsOf(
        "During a radio interview on Monday, President Gustavo Petro said Colombia would not extradite the rebel leader.",
      ),
    ).toEqual([{ kind: "speech", date: "2025-09-01", participants: ["Gustavo Petro"] }]);
  });
  it("gives a visit in the opening phrase after a time phrase ('Last week, in a visit to X, Y said') to the main subject", () => {
    const events = eventsOf("Last week, in a visit to the Andes, President Ana Soto said a deal with Peru was near.");
    expect(events).toMatchObject([{ kind: "visit", participants: ["Ana Soto"] }]);
  });
  it("finds a call in 'told reporters after speaking by telephone with …' before the words said", () => {
    expect(
      eventsOf(
        "Ghana's foreign minister, Samuel Ablakwa, told reporters after speaking by telephone with the Togolese leader on Tuesday that a ceasefire was within reach.",
      ),
    ).toEqual([{ kind: "call", date: "2025-09-02", participants: ["Samuel Ablakwa", "Togolese leader"] }]);
  });
  it("finds a meeting of office holders who speak for a body ('Leaders of X met in Y')", () => {
    expect(
      eventsOf("Leaders of the Gulf Cooperation Council, which includes Qatar and Oman, met in Doha on Tuesday."),
    ).toEqual([{ kind: "meeting", date: "2025-09-02", participants: ["Gulf Cooperation Council"], location: "Doha" }]);
  });
  it("gives talks held by '<body> <office holders>' to the body ('EU foreign ministers held talks')", () => {
    expect(eventsOf("EU foreign ministers held talks with Jordan in Luxembourg on Wednesday.")).toEqual([
      { kind: "meeting", date: "2025-09-03", participants: ["European Union", "Jordan"], location: "Luxembourg" },
    ]);
  });
  it("takes 'After the meeting, …' as the meeting told of before, not a new one with the next subject", () => {
    const events = eventsOf(
      "Armenia and Azerbaijan met in Geneva on Monday. After the meeting, Swiss Foreign Minister Ignazio Cassis said progress had been made.",
    );
    expect(events).toEqual([
      { kind: "meeting", date: "2025-09-01", participants: ["Armenia", "Azerbaijan"], location: "Geneva" },
    ]);
  });
  it("finds no event in a gathering offered or proposed ('prepared to organise a second meeting')", () => {
    expect(
      eventsOf(
        "Chinese Foreign Minister Wang Yi said Beijing was prepared to organise a second meeting of the working group.",
      ),
    ).toEqual([]);
    expect(eventsOf("Austria stands ready to host a first meeting of the commission in Vienna.")).toEqual([]);
  });
  it("gives no event to commentators ('Experts held a meeting')", () => {
    expect(eventsOf("Experts held a meeting in Vienna on Monday.")).toEqual([]);
  });
  it("finds no speech in the verb 'address' nor a meeting in the present 'meet'", () => {
    expect(eventsOf("Iran accused Israel of sabotage, a charge Israeli officials did not address.")).toEqual([]);
    expect(eventsOf("Smuggling thrives where the borders of Niger, Chad and Libya meet.")).toEqual([]);
  });
});
