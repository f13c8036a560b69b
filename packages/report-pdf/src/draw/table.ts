import type { Line, Span } from "../text/types.js";
import { type Frame, heightOf } from "./frame.js";
import { INK, STYLES } from "./styles.js";
import type { Elem } from "./tags.js";

/** A column: its header, its share of the table width, and its alignment. */
export interface Column {
  header: string;
  /** Relative width; the shares are scaled to the table width. */
  share: number;
  align?: "left" | "right" | "center";
}

/** A cell: one or more paragraphs. */
export type Cell = Span[][];

/** A row, with an optional named destination at its top. */
export interface Row {
  cells: Cell[];
  anchor?: string;
  /** What the row shows, for warnings about characters no font has (`actor "kim"`). */
  where?: string;
}

const PAD_X = 4;
const PAD_Y = 3.5;
const PARA_GAP = 2;

interface SetCell {
  lines: Line[];
  /** Index of the first line where each paragraph after the first starts. */
  breaks: Set<number>;
}

/**
 * Draws a table at the current position: a shaded header row repeated at the top of
 * every page, rows kept whole on one page, and a row taller than a whole page (a
 * 5,000-character quote) split between lines rather than cut off.
 *
 * @example
 * drawTable(frame, [{ header: "Speaker", share: 1 }, { header: "Threat", share: 3 }], rows);
 */
export function drawTable(
  frame: Frame,
  columns: readonly Column[],
  rows: readonly Row[],
  parent: Elem = frame.elem,
): void {
  const total = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * frame.width);
  const xs = widths.map((_, i) => frame.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const inner = (i: number) => (widths[i] as number) - 2 * PAD_X;
  const table = frame.tags.child(parent, "Table");
  const headerCells: SetCell[] = columns.map((c, i) => ({
    lines: frame.set([{ text: c.header, style: STYLES.cellHead }], inner(i), c.align),
    breaks: new Set(),
  }));
  const headerHeight = rowHeight(headerCells);

  const drawHeader = () => {
    const top = frame.y;
    frame.decor((doc) => {
      doc.rect(frame.left, top, frame.width, headerHeight).fill(INK.fill);
      doc
        .moveTo(frame.left, top + headerHeight)
        .lineTo(frame.right, top + headerHeight)
        .lineWidth(0.8)
        .stroke(INK.accent);
    });
    const tr = frame.tags.child(table, "TR");
    headerCells.forEach((cell, i) => drawCell(frame, tr, "TH", cell.lines, xs[i] as number, top));
    frame.tags.end(tr);
    frame.y += headerHeight;
  };

  const outer = frame.where;
  const setRow = (row: Row): SetCell[] => {
    frame.where = row.where ?? outer;
    return columns.map((c, i) => {
      const lines: Line[] = [];
      const breaks = new Set<number>();
      for (const para of row.cells[i] ?? []) {
        if (lines.length) breaks.add(lines.length);
        lines.push(...frame.set(para, inner(i), c.align));
      }
      return { lines, breaks };
    });
  };

  // The header never stands alone: it moves to the next page with the first row (the
  // part of it that must fit, by the rule for rows below).
  const firstRow = rows[0] ? setRow(rows[0]) : undefined;
  const firstHeight = firstRow ? rowHeight(firstRow) : 0;
  const room = frame.bottom - frame.top - headerHeight;
  frame.ensure(headerHeight + (firstHeight <= room ? firstHeight : room / 3));
  drawHeader();
  rows.forEach((row, index) => {
    const cells = index === 0 && firstRow ? firstRow : setRow(row);
    const height = rowHeight(cells);
    if (!frame.fits(height)) {
      // A row that fits on a fresh page moves there whole; a longer one starts here if
      // a fair part of it fits, and continues on the next pages.
      if (height <= room || frame.bottom - frame.y < Math.min(height, room) / 3) {
        frame.newPage();
        drawHeader();
      }
    }
    drawRow(frame, table, cells, xs, row.anchor, drawHeader);
  });
  frame.tags.end(table);
  frame.where = outer;
  frame.gap(8);
}

function rowHeight(cells: readonly SetCell[]): number {
  return Math.max(...cells.map((c) => cellHeight(c, 0, c.lines.length)), 0) + 2 * PAD_Y;
}

function cellHeight(cell: SetCell, from: number, to: number): number {
  let h = heightOf(cell.lines.slice(from, to));
  for (const b of cell.breaks) if (b > from && b < to) h += PARA_GAP;
  return h;
}

function drawRow(
  frame: Frame,
  table: Elem,
  cells: SetCell[],
  xs: number[],
  anchor: string | undefined,
  header: () => void,
) {
  const cursors = cells.map(() => 0);
  let first = true;
  while (first || cells.some((c, i) => (cursors[i] as number) < c.lines.length)) {
    const room = frame.bottom - frame.y - 2 * PAD_Y;
    const top = frame.y;
    if (first && anchor) frame.anchor(anchor, top);
    const tr = frame.tags.child(table, "TR");
    let used = 0;
    cells.forEach((cell, i) => {
      const from = cursors[i] as number;
      let to = from;
      while (to < cell.lines.length && cellHeight(cell, from, to + 1) <= room) to++;
      // On a continuation page at least one line moves on, so a huge line cannot loop.
      if (to === from && to < cell.lines.length && !first) to++;
      drawCell(frame, tr, "TD", cell.lines.slice(from, to), xs[i] as number, top, cell.breaks, from);
      used = Math.max(used, cellHeight(cell, from, to));
      cursors[i] = to;
    });
    frame.tags.end(tr);
    frame.y = top + used + 2 * PAD_Y;
    frame.decor((doc) => {
      doc.moveTo(frame.left, frame.y).lineTo(frame.right, frame.y).lineWidth(0.4).stroke(INK.rule);
    });
    first = false;
    if (cells.some((c, i) => (cursors[i] as number) < c.lines.length)) {
      frame.newPage();
      header();
    }
  }
}

function drawCell(
  frame: Frame,
  tr: Elem,
  type: "TH" | "TD",
  lines: readonly Line[],
  x: number,
  top: number,
  breaks: ReadonlySet<number> = new Set(),
  offset = 0,
): void {
  const cell = frame.tags.child(tr, type);
  frame.tags.content(cell, type, () => {
    let y = top + PAD_Y;
    lines.forEach((line, i) => {
      if (i > 0 && breaks.has(offset + i)) y += PARA_GAP;
      frame.drawLine(line, x + PAD_X, y);
      y += line.height;
    });
  });
  frame.tags.end(cell);
}
