/**
 * Bytes of YAML text per node the budget allows: the yaml library keeps about 1 KB per
 * node (a mapping, a list, a scalar), whatever its size in the text. Real chronicles
 * spend 25 bytes or more on each line and far more on each flow collection; a file of
 * `- {}` spends 5, and 32 MB of it needed over 24 GB (issue 11).
 */
const BYTES_PER_LINE = 24;
const BYTES_PER_FLOW_COLLECTION = 512;

/**
 * Counts, without parsing, what makes the YAML parser's memory grow (lines and flow
 * collections `{…}` `[…]`) and says whether a text of this shape fits the budget that
 * `limit` (the YAML size limit in characters) gives. Braces inside quoted text are
 * counted too: the estimate errs towards refusing, and only for such unusual texts.
 *
 * @example
 * yamlOverBudget("- {}\n".repeat(1e6), 64 * 2 ** 20) // { what: "flow collections", count: 1000000, allowed: 131072 }
 */
export function yamlOverBudget(
  text: string,
  limit: number,
): { what: "lines" | "flow collections"; count: number; allowed: number } | undefined {
  const allowedLines = Math.floor(limit / BYTES_PER_LINE);
  const allowedFlow = Math.floor(limit / BYTES_PER_FLOW_COLLECTION);
  if (text.length / 2 < allowedFlow && text.length < allowedLines) return undefined;
  let lines = 0;
  let flow = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (c === 123 || c === 91) flow++;
  }
  if (flow > allowedFlow) return { what: "flow collections", count: flow, allowed: allowedFlow };
  if (lines > allowedLines) return { what: "lines", count: lines, allowed: allowedLines };
  return undefined;
}
