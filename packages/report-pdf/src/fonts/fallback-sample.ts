import { cleanText } from "../text/sanitize.js";
import { dejavuBytes } from "./dejavu.js";
import { openFace } from "./face.js";

/** The text a briefing will set in its fallback fonts, as {@link fallbackSample} finds it. */
export interface FallbackSample {
  /** Every character (code point) no DejaVu face has, in order of first use. */
  codePoints: number[];
  /** The runs of such characters (with the marks, joiners and spaces that stay with them), and their words. */
  runs: string[];
  /** False when the limits cut the sample short. */
  complete: boolean;
}

const MARK = /^(?:\p{M}|[\u200C\u200D])$/u;
const PLAIN = /^[\x20-\x7E\u00A0-\u017F\u0400-\u04FF]*$/;

/**
 * The characters and runs of text in `values` (strings, or objects and arrays walked
 * for their strings, such as chronicles) that no DejaVu face has, so that the
 * typesetter would set them in a fallback font. Every style's fallback chain ends in
 * DejaVu Sans, so these are the characters DejaVu Sans lacks. A caller that does not
 * trust a fallback font can exercise it on exactly this text first (the CLI does, in a
 * worker with a deadline). At most `limit` runs and code points are kept.
 *
 * @example
 * fallbackSample({ title: "Talks 中文 会谈" }) // { codePoints: [0x4e2d, 0x6587, 0x4f1a, 0x8c08], runs: ["中文 会谈", "中文", "会谈"], complete: true }
 */
export function fallbackSample(values: unknown, limit = 5_000): FallbackSample {
  const sans = openFace("sans", dejavuBytes("sans"));
  const codePoints = new Set<number>();
  const runs = new Set<string>();
  let complete = true;
  const add = (run: string) => {
    const trimmed = run.trim();
    if (!trimmed) return;
    if (runs.size >= limit) complete = false;
    else runs.add(trimmed);
    for (const word of trimmed.split(" ")) if (word && runs.size < limit) runs.add(word);
  };
  for (const text of stringsOf(values)) {
    if (PLAIN.test(text)) continue;
    let run = "";
    for (const char of cleanText(text)) {
      const cp = char.codePointAt(0) as number;
      if (char !== " " && !sans.covers(cp)) {
        if (codePoints.size < limit) codePoints.add(cp);
        else complete = false;
        run += char;
      } else if (run && (char === " " || MARK.test(char))) run += char;
      else if (run) {
        add(run);
        run = "";
      }
    }
    if (run) add(run);
  }
  return { codePoints: [...codePoints], runs: [...runs], complete };
}

function* stringsOf(value: unknown, depth = 0): Generator<string> {
  if (typeof value === "string") yield value;
  else if (depth < 64 && value !== null && typeof value === "object")
    for (const v of Object.values(value)) yield* stringsOf(v, depth + 1);
}
