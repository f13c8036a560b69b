/**
 * PDF syntax written directly, for the objects a long briefing has thousands of
 * (link annotations, named destinations), where pdfkit's general serialiser was a
 * tenth of the time. The strings are written exactly as pdfkit writes them.
 */

const ESCAPES: Record<string, string> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "\\": "\\\\",
  "(": "\\(",
  ")": "\\)",
};
const ESCAPABLE = /[\n\r\t\b\f()\\]/g;
const NON_ASCII = /[\u0080-\uFFFF]/;

/**
 * A PDF literal string, as pdfkit writes a `String`: ASCII byte for byte, anything
 * else as UTF-16BE after a FE FF mark, with `\`, parentheses and line breaks escaped,
 * so nothing inside can end the string. Returned as a binary string (one character
 * per byte).
 *
 * @example
 * pdfString("a) /JS (x") // "(a\\) /JS \\(x)"
 */
export function pdfString(text: string): string {
  let bytes = text;
  if (NON_ASCII.test(text)) {
    bytes = "\u00FE\u00FF";
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes += String.fromCharCode(code >> 8, code & 0xff);
    }
  }
  return `(${bytes.replace(ESCAPABLE, (c) => ESCAPES[c] as string)})`;
}

/**
 * A number as pdfkit writes one: rounded to six decimals.
 *
 * @example
 * pdfNumber(71.7578125) // "71.757813"
 */
export function pdfNumber(n: number): string {
  if (!(n > -1e21 && n < 1e21)) throw new RangeError(`unsupported number: ${n}`);
  return String(Math.round(n * 1e6) / 1e6);
}

/** Syntax pdfkit writes as it is: its serialiser prints any object that is not plain, an array or a known type with `${object}`. */
class RawSyntax {
  constructor(private readonly text: string) {}
  get [Symbol.toStringTag]() {
    return "PDFRawSyntax";
  }
  toString(): string {
    return this.text;
  }
}

/**
 * Already-written PDF syntax for pdfkit to output unchanged (as an object's value, an
 * array's element or a name tree's key). The caller escapes what it puts in.
 *
 * @example
 * doc.ref(rawSyntax(`<< /Type /Annot /Subtype /Link /Dest ${pdfString("note-3")} >>`));
 */
export function rawSyntax(text: string): object {
  return new RawSyntax(text);
}
