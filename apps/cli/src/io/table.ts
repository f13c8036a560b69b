/** A column of a terminal table: its header, and how much of the spare width it should get. */
export interface Column {
  header: string;
  /** Share of the width left after the narrow columns (default 1); the main text gets most. */
  weight?: number;
  /** Never narrowed or wrapped: ids, which are copied into commands whole. */
  keep?: boolean;
}

/**
 * Renders rows as an aligned text table in `width` columns. Columns that fit keep
 * their width; when the table is too wide, the columns share what is left by weight
 * (the summary more than the id) and long cells wrap onto more lines at spaces,
 * instead of being cut.
 *
 * @example
 * renderTable([{ header: "id" }, { header: "summary", weight: 4 }], [["legit-targets", "Foreign troops…"]], 80)
 */
export function renderTable(columns: Array<string | Column>, rows: string[][], width = 120): string {
  const cols = columns.map((c) => (typeof c === "string" ? { header: c } : c));
  const text = rows.map((r) => cols.map((_, i) => (r[i] ?? "").replace(/\s+/g, " ").trim()));
  const natural = cols.map((c, i) => Math.max(c.header.length, ...text.map((r) => (r[i] as string).length)));
  // A column is not made narrower than its longest word (up to 12), so names stay whole.
  const words = cols.map((c, i) =>
    Math.min(
      12,
      Math.max(c.header.length, ...text.map((r) => Math.max(0, ...(r[i] as string).split(" ").map((w) => w.length)))),
    ),
  );
  const widths = shareWidth(natural, words, cols, width - (cols.length - 1) * 2);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const out = [line(cols.map((c) => c.header)), line(widths.map((w) => "─".repeat(w)))];
  for (const r of text) {
    const wrapped = r.map((cell, i) => wrap(cell, widths[i] ?? 1));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) out.push(line(wrapped.map((w) => w[k] ?? "")));
  }
  return `${out.join("\n")}\n`;
}

// Narrow columns (dates, counts) keep their width; the others share the rest by weight.
function shareWidth(natural: number[], least: number[], cols: Column[], room: number): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const widths = [...natural];
  let flexible = cols.flatMap((c, i) => (c.keep ? [] : [i]));
  for (;;) {
    const weight = flexible.reduce((a, i) => a + (cols[i]?.weight ?? 1), 0);
    const fixed = widths.reduce((a, w, i) => (flexible.includes(i) ? a : a + w), 0);
    const spare = Math.max(0, room - fixed);
    // A column needing less than its share keeps its own width; the rest share again.
    const small = flexible.filter((i) => (natural[i] ?? 0) <= (spare * (cols[i]?.weight ?? 1)) / weight);
    if (small.length === 0 || small.length === flexible.length) {
      for (const i of flexible)
        widths[i] = Math.max(least[i] ?? 6, Math.floor((spare * (cols[i]?.weight ?? 1)) / weight));
      // What the least widths took beyond the share comes off the widest flexible column.
      let over = widths.reduce((a, b) => a + b, 0) - room;
      while (over > 0 && flexible.length > 0) {
        const widest = flexible.reduce((a, i) =>
          (widths[i] ?? 0) - (least[i] ?? 0) > (widths[a] ?? 0) - (least[a] ?? 0) ? i : a,
        );
        if ((widths[widest] ?? 0) <= (least[widest] ?? 0)) break;
        widths[widest] = (widths[widest] ?? 0) - 1;
        over--;
      }
      return widths;
    }
    flexible = flexible.filter((i) => !small.includes(i));
  }
}

/** A cell's text in lines of at most `width`, broken at spaces (a longer word is split). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    let w = word;
    while (w.length > width) {
      if (current) lines.push(current);
      lines.push(w.slice(0, width));
      w = w.slice(width);
      current = "";
    }
    if (!current) current = w;
    else if (current.length + 1 + w.length <= width) current += ` ${w}`;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
