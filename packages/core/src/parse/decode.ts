import type { Issue } from "../schema/issue.js";

/**
 * Decodes file bytes as UTF-8 (with or without a BOM; UTF-16 with a BOM too), refusing
 * invalid bytes with their position instead of turning them into U+FFFD silently.
 *
 * @example
 * decodeText(new TextEncoder().encode("briefline: 1")) // { ok: true, text: "briefline: 1" }
 */
export function decodeText(
  bytes: Uint8Array,
  filename?: string,
): { ok: true; text: string } | { ok: false; error: Issue } {
  let encoding = "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    const nul = text.indexOf("\u0000");
    if (nul >= 0)
      return { ok: false, error: at(text, nul, "the file contains a NUL byte: it looks binary, not text", filename) };
    return { ok: true, text };
  } catch {
    if (encoding !== "utf-8") {
      return {
        ok: false,
        error: at(
          "",
          0,
          `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
          filename,
          "save the file as UTF-8 (most editors: File › Save with Encoding › UTF-8)",
        ),
      };
    }
    const offset = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    return {
      ok: false,
      error: at(
        prefix,
        prefix.length,
        `invalid UTF-8 at byte ${offset}`,
        filename,
        "save the file as UTF-8 (most editors: File › Save with Encoding › UTF-8)",
      ),
    };
  }
}

function at(
  text: string,
  index: number,
  message: string,
  file?: string,
  hint = "give a YAML or JSON text file",
): Issue {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const column = index - before.lastIndexOf("\n");
  return {
    severity: "error",
    code: "bad-encoding",
    path: [],
    message,
    hint,
    line,
    column,
    ...(file === undefined ? {} : { file }),
  };
}

// Where the decoder gave up. The second byte's range follows the Unicode table of
// well-formed sequences (3.9, table 3-7): it rules out overlong forms (E0 80..9F,
// F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF (F4 90..BF).
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    const second = bytes[i + 1] as number;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (len > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < len; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
