/**
 * Renders rows as an aligned text table, cutting cells to fit the terminal's width.
 *
 * @example
 * renderTable(["id", "kind"], [["legit-targets", "threat"]])
 */
export function renderTable(header: string[], rows: string[][], width = 120): string {
  const cols = header.length;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  // Shrink the widest columns until the table fits.
  const total = () => widths.reduce((a, b) => a + b, 0) + (cols - 1) * 2;
  while (total() > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if ((widths[widest] ?? 0) <= 8) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const cell = (s: string, w: number) => (s.length > w ? `${s.slice(0, Math.max(0, w - 1))}…` : s.padEnd(w));
  const line = (r: string[]) =>
    r
      .map((c, i) => cell(c.replace(/\s+/g, " "), widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return `${[line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n")}\n`;
}
