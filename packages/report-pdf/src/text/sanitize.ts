// C0 and C1 controls (line breaks and tabs are folded to spaces below); bidi
// embeddings, overrides, isolates and marks, which could reorder what a reader sees
// against what the file says; characters that are invisible yet change what is
// searched or copied (zero-width space, word joiner, invisible operators, BOM,
// Mongolian vowel separator, interlinear annotation, deprecated format controls);
// noncharacters; and tag characters, which can smuggle hidden ASCII. Zero-width
// (non-)joiners stay: Persian, Indic scripts and emoji need them.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFDD0-\uFDEF\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|\uDB40[\uDC00-\uDC7F]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;
// Line breaks (vertical tab, form feed and NEL included) and ordinary spaces fold to
// one space; fixed-width spaces (no-break, em, thin) are kept, since a writer who
// typed them meant them.
const BREAKING_SPACE = /[ \t\n\v\f\r\u0085\u2028\u2029]+/g;
// Text already clean and in NFC: printable ASCII, Latin-1, Latin Extended-A,
// Cyrillic, general punctuation (no line separators, no invisible or bidi controls,
// not the en and em quads, which NFC turns into spaces), arrows and shapes, with
// single spaces. None of these characters is changed by NFC, so such text (most of
// a briefing) skips the replacements and the normalisation.
const PLAIN =
  /^(?:[\x21-\x7E\u00A0-\u017F\u0400-\u0482\u048A-\u04FF\u2002-\u200A\u2010-\u2027\u2030-\u205E\u20AC\u2190-\u21FF\u25A0-\u25FF]| (?! ))*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes a piece of analyst text safe to set inline: removes control characters, bidi
 * overrides, invisible format characters, noncharacters and tag characters, replaces
 * lone surrogates with U+FFFD, folds runs of white space (YAML line breaks included)
 * to one space and normalises to NFC. Leading and trailing spaces are kept, since the
 * piece may sit between others.
 *
 * @example
 * cleanText("evil\u202Etxt.exe\u0007  now ") // "eviltxt.exe now "
 */
export function cleanText(text: string): string {
  // Most text is already clean: nothing to do.
  if (PLAIN.test(text)) return text;
  return text.replace(UNSAFE, "").replace(LONE_SURROGATE, "\uFFFD").replace(BREAKING_SPACE, " ").normalize("NFC");
}

/**
 * {@link cleanText}, trimmed: for a whole value such as a title or a name.
 *
 * @example
 * sanitizeText("  Путин\u202E ") // "Путин"
 */
export function sanitizeText(text: string): string {
  return cleanText(text).trim();
}
