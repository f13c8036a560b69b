import type { Event, Statement } from "@briefline/core";

/**
 * What `briefline extract` recorded about a candidate, read back from the item: its
 * confidence (from `notes`), the character spans of its sentences (from the source
 * locators "chars 12-140") and whether its date was defaulted (tag `date-defaulted`).
 *
 * @example
 * candidateInfo({ notes: "confidence 0.81; …", sources: [{ source: "s", locator: "chars 0-197" }], … })
 * // { confidence: 0.81, spans: [[0, 197]], dateDefaulted: false }
 */
export function candidateInfo(item: Statement | Event): {
  confidence: number | undefined;
  spans: Array<[number, number]>;
  dateDefaulted: boolean;
} {
  const notes = "notes" in item ? (item.notes ?? "") : "";
  const m = /confidence (\d(?:\.\d+)?)/.exec(notes);
  const spans: Array<[number, number]> = [];
  for (const ref of item.sources ?? []) {
    const s = /chars (\d+)-(\d+)/.exec(ref.locator ?? "");
    if (s) spans.push([Number(s[1]), Number(s[2])]);
  }
  return {
    confidence: m ? Number(m[1]) : undefined,
    spans,
    dateDefaulted: (item.tags ?? []).includes("date-defaulted"),
  };
}
