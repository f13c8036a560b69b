// C0 and C1 controls (tab and newline are folded to spaces below), bidi embeddings,
// overrides and isolates, which could reorder what a reader sees against what the
// file says, and lone surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Line breaks and ordinary spaces fold to one space; fixed-width spaces (no-break,
// em, thin) are kept, since a writer who typed them meant them.
const BREAKING_SPACE = /[ \t\n\r\u0085\u2028\u2029]+/g;
const PLAIN = /^(?:[\x21-\x7E]| (?! ))*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes a piece of analyst text safe to set inline: removes control characters and
 * bidi overrides, replaces lone surrogates with U+FFFD, folds runs of white space
 * (YAML line breaks included) to one space and normalises to NFC. Leading and
 * trailing spaces are kept, since the piece may sit between others.
 *
 * @example
 * cleanText("evil\u202Etxt.exe\u0007  now ") // "eviltxt.exe now "
 */
export function cleanText(text: string): string {
  // Most text is printable ASCII with single spaces: nothing to do.
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
