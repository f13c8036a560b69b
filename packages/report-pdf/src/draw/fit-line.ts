import { cleanText } from "../text/sanitize.js";
import type { Line, TextStyle } from "../text/types.js";
import type { Frame } from "./frame.js";

/**
 * Sets text on one line of at most `width` points, cutting it with an ellipsis when
 * it is longer (lane labels, running headers: places with room for one line only).
 *
 * @example
 * fitLine(frame, "Coalition of the willing leaders' meeting", STYLES.small, 80) // one line, "Coalition of the…"
 */
export function fitLine(
  frame: Frame,
  text: string,
  style: TextStyle,
  width: number,
  align: "left" | "right" = "left",
): Line | undefined {
  // No line holds 400 visible characters: a longer text (a 100,000-character title) is
  // cut once cleaned, rather than set whole.
  const clean = cleanText(text);
  const head = clean.length > 400 ? clean.slice(0, 401) : clean;
  const whole = frame.set([{ text: head, style }], width, align);
  if (whole.length <= 1 && head === clean) return whole[0];
  const chars = [...head.slice(0, 400)];
  let lo = 0;
  let hi = chars.length;
  // Longest prefix that still fits on one line with its ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const lines = frame.set([{ text: `${chars.slice(0, mid).join("").trimEnd()}…`, style }], width, align);
    if (lines.length <= 1) lo = mid;
    else hi = mid - 1;
  }
  return frame.set([{ text: `${chars.slice(0, lo).join("").trimEnd()}…`, style }], width, align)[0];
}
