/**
 * The address if it is a well-formed http or https URL, else undefined: only web
 * links become link annotations (never `javascript:`, `file:` or launch actions).
 *
 * @example
 * safeUrl("https://tass.com/politics/2012993") // "https://tass.com/politics/2012993"
 * safeUrl("javascript:alert(1)")               // undefined
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}
