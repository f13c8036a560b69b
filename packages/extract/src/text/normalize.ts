/**
 * The form phrases are compared in: lowercase, straight apostrophes, no possessive
 * 's, no leading "the", single spaces.
 *
 * @example
 * normalizePhrase("The Kremlin’s") // "kremlin"
 */
export function normalizePhrase(phrase: string): string {
  return phrase
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/'s\b|s'(?=\s|$)/g, (m) => (m === "'s" ? "" : "s"))
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}
