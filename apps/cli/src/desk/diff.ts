/** One line of a diff: kept as context, removed (only in the old text) or added. */
export interface DiffLine {
  kind: "same" | "removed" | "added";
  /** 1-based line number in the old text (removed, same) or the new one (added). */
  line: number;
  text: string;
}

/**
 * The lines that differ between two texts, with up to `context` lines around each
 * change: what the desk shows when the file changed on disk under it. A longest common
 * subsequence over the lines between the common head and tail; past a budget (very
 * different files) the middle is shown as removed, then added.
 *
 * @example
 * lineDiff("a\nb\nc", "a\nB\nc") // [same a, removed b, added B, same c]
 */
export function lineDiff(before: string, after: string, context = 2): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const out: DiffLine[] = [];
  for (let i = Math.max(0, head - context); i < head; i++)
    out.push({ kind: "same", line: i + 1, text: a[i] as string });
  if (midA.length * midB.length > 4_000_000) {
    midA.forEach((text, i) => out.push({ kind: "removed", line: head + i + 1, text }));
    midB.forEach((text, i) => out.push({ kind: "added", line: head + i + 1, text }));
  } else out.push(...middle(midA, midB, head));
  for (let i = a.length - tail; i < Math.min(a.length, a.length - tail + context); i++)
    out.push({ kind: "same", line: i + 1, text: a[i] as string });
  return out;
}

function middle(a: string[], b: string[], offset: number): DiffLine[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * cols + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * cols + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * cols + j] as number, lcs[i * cols + j + 1] as number);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: "same", line: offset + i + 1, text: a[i] as string });
      i++;
      j++;
    } else if (
      i < a.length &&
      (j === b.length || (lcs[(i + 1) * cols + j] as number) >= (lcs[i * cols + j + 1] as number))
    ) {
      out.push({ kind: "removed", line: offset + i + 1, text: a[i] as string });
      i++;
    } else {
      out.push({ kind: "added", line: offset + j + 1, text: b[j] as string });
      j++;
    }
  }
  return out;
}
