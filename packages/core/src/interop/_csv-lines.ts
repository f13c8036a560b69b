/**
 * The line (1-based) on which each non-empty CSV record starts, header included. A quoted
 * field may hold line breaks (ACLED notes sometimes do), so the n-th record is not always
 * on line n; errors name the line an editor shows. Empty lines are skipped, as the parser
 * skips them.
 *
 * @example
 * recordLines('a,b\n"x\ny",1\n\nz,2\n') // [1, 2, 5]
 */
export function recordLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let start = line;
  let empty = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    const newline = c === "\n" || (c === "\r" && text[i + 1] !== "\n");
    if (newline && !quoted) {
      if (!empty) starts.push(start);
      line += 1;
      start = line;
      empty = true;
      continue;
    }
    if (newline) line += 1;
    else if (c !== "\r") empty = false;
  }
  if (!empty) starts.push(start);
  return starts;
}
