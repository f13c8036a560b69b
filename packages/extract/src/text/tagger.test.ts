import nlp from "compromise/two";
import { describe, expect, it } from "vitest";
import { tagText } from "./_tagger.js";

// Invented sentences that exercise the post-tagger's rules: names, possessives and
// contractions, phrasal verbs, auxiliaries, dates, quotes and clauses split at commas.
const TEXTS = [
  "The ministry warned on Tuesday that it would not back down, and Mr. Okafor's office said talks were over.",
  "“We won’t accept this,” the spokeswoman told reporters in Lisbon on 3 March, calling the plan reckless.",
  "Georgia's table stayed empty. The rebels' leader, Amara Diallo, had called off the meeting.",
  "U.S. officials are ready to help if asked; the talks, which began in May, could resume next week.",
  "He said the ship's anchor was dragged along the seabed for almost 90 kilometres by the crew.",
];

const tagsOf = (terms: Array<{ text: string; pre: string; post: string; tags: Iterable<string> }>) =>
  terms.map((t) => `${t.pre}${t.text}${t.post}:${[...t.tags].join("/")}`).join(" ");

const byCompromise = (text: string) =>
  (nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Parameters<typeof tagsOf>[0] }>).map(
    (s) => tagsOf(s.terms),
  );
const offsetsByCompromise = (text: string) =>
  (
    nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ offset: { start: number } }>;
    }>
  ).map((s) => s.terms.map((t) => t.offset.start));

describe("tagText", () => {
  it("tagText(text) tags every word as nlp(text) does, sentence by sentence", () => {
    for (const text of TEXTS) expect(tagText(text).map(tagsOf)).toEqual(byCompromise(text));
  });

  it("tagText(text) gives each word the character offset nlp(text).json({ offset: true }) gives it", () => {
    for (const text of TEXTS)
      expect(tagText(text).map((s) => s.map((t) => t.offset?.start))).toEqual(offsetsByCompromise(text));
  });

  it("tagText(text) tags the same after compromise's own tagger has run in the process, and before", () => {
    const first = tagText(TEXTS[0] as string).map(tagsOf);
    nlp(TEXTS[1] as string);
    expect(tagText(TEXTS[0] as string).map(tagsOf)).toEqual(first);
  });

  it("tagText('') is no sentence", () => {
    expect(tagText("")).toEqual([]);
  });
});

describe("tagText with a choice of sentences", () => {
  const text = "The weather was mild. The ministry warned that it would respond. Trade resumed.";
  const onlyWarnings = (words: readonly string[]) => words.includes("warned");

  it("tagText(text, full) tags the sentences full accepts as nlp(text) does", () => {
    expect(tagText(text, onlyWarnings).map(tagsOf)[1]).toEqual(byCompromise(text)[1]);
  });

  it("tagText(text, full) keeps every sentence, its words and their offsets", () => {
    const chosen = tagText(text, onlyWarnings);
    expect(chosen.map((s) => s.map((t) => t.text))).toEqual(tagText(text).map((s) => s.map((t) => t.text)));
    expect(chosen.map((s) => s.map((t) => t.offset?.start))).toEqual(offsetsByCompromise(text));
  });

  it("tagText(text, full) gives the other sentences the tagger's first guesses (a noun stays a noun)", () => {
    const first = tagText(text, onlyWarnings)[0] ?? [];
    expect(first.find((t) => t.text === "weather")?.tags.has("Noun")).toBe(true);
  });
});
