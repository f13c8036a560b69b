import type { Entry } from "../model/entries.js";
import { shortenText } from "../util/shorten.js";

/** Longest label derived from a summary; a `title` is at most 80 characters too. */
const MAX = 80;

/**
 * The label of an entry on a chart: a statement's `title` (a headline the author
 * wrote), else its summary's first sentence cut at a word to 80 characters with one
 * ellipsis; an event's title.
 *
 * @example
 * labelOf(entry) // "Putin: foreign troops would be legitimate targets"
 */
export function labelOf(entry: Entry): string {
  let label = known.get(entry);
  if (label === undefined) {
    label = derive(entry);
    known.set(entry, label);
  }
  return label;
}

// A zoom frame asks again for the same entries' labels: each is derived once.
const known = new WeakMap<Entry, string>();

function derive(entry: Entry): string {
  const title = entry.statement?.title?.trim();
  if (title) return title;
  const text = entry.title.trim();
  // The first sentence: a stop followed by a space and a capital ends it ("U.S." does not).
  const stop = /[.!?](?=\s+["“'(]?\p{Lu})/u.exec(text);
  const first = stop && stop.index >= 20 ? text.slice(0, stop.index) : text;
  return shortenText(
    first.replace(/[.!?]+$/u, (m) => (m === "." ? "" : m)),
    MAX,
  );
}
