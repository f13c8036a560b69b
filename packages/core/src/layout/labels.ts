import { shortenToFit } from "../util/shorten.js";
import { RowSpace } from "./_rows.js";
import type { Measure, TextStyle } from "./measure.js";
import type { Cluster, Lane, Mark, MarkLabel } from "./types.js";

/** What placing labels needs besides the marks. */
export interface LabelPlacementOptions {
  measure: Measure;
  style: TextStyle;
  /** Left and right edges of the plot: labels stay inside. */
  range: [number, number];
  /** y of row `row` of a lane. */
  rowY: (lane: Lane, row: number) => number;
  /** Space kept between a label and anything else. */
  pad?: number;
  /**
   * A short stand-in for a mark whose words do not fit (the PDF gives the item's number
   * in the chronology); none by default, and such a mark stays unlabelled.
   */
  fallback?: (mark: Mark) => string | undefined;
  /** Marks tried at most, in priority order (the rest are counted as hidden). Default 600: more labels than that do not fit on a screen or a page. */
  budget?: number;
  /**
   * Tries in a row that found no room after which the rest are counted as hidden: the
   * chart is full (a crowded view of thousands of marks spent most of a frame trying
   * hundreds that could not fit). Default 150.
   */
  giveUpAfter?: number;
  /** Room kept for some marks' labels (by mark key): no other label goes there. */
  reserved?: ReadonlyMap<string, readonly [number, number]>;
  /** How far from its mark (horizontally) a label in another row may start. Default 50 (a short, nearly vertical leader; longer ones cross other marks). */
  reach?: number;
}

/** Labels and the marks that got none. */
export interface LabelPlacement {
  labels: MarkLabel[];
  /** Keys of the marks left without a label, highest priority first. */
  hidden: string[];
}

/** The width of each label's shortest allowed cut, per measure: a zoom frame asks again for the same marks. */
const narrowest = new WeakMap<Measure, Map<string, number>>();

/** An owner no extent has: asks "is anything there at all?". */
const ANYONE = "\u0000";

/** Threats, warnings and ultimatums are labelled in words even when it takes a short cut. */
const WORDS_AT_LEAST = { threat: 2, other: 3 } as const;

/**
 * Places one label per mark, in priority order (ties: earlier first), into free space:
 * right of the mark, else left of it, else in a free neighbouring row of its lane (one
 * or two rows away) with a leader line; the whole label where it fits, else cut at a
 * word (one ellipsis) to the widest free space, else the mark's `fallback`. A label
 * never covers another label, a mark's symbol, another mark's bar or a cluster badge,
 * and stays within the plot. Marks that get nothing are listed in `hidden`. Text is
 * measured by `measure`, so the result is exact for the renderer that gave it.
 *
 * O(n log n): marks are sorted once, and each try is a binary search in its row. At most
 * `budget` marks are tried, and trying stops when `giveUpAfter` in a row found no room.
 *
 * @example
 * const { labels, hidden } = placeLabels(layout.marks, layout.clusters, layout.lanes, { measure, style: { size: 11 }, range: layout.range, rowY });
 */
export function placeLabels(
  marks: readonly Mark[],
  clusters: readonly Cluster[],
  lanes: readonly Lane[],
  options: LabelPlacementOptions,
): LabelPlacement {
  const { measure, style, range } = options;
  // Nothing to name (a view of density strips): no rows to build from a thousand clusters.
  if (!marks.some((m) => m.label.length > 0)) return { labels: [], hidden: [] };
  const pad = options.pad ?? 4;
  const height = style.size * 1.2;
  const rows = new Map<number, RowSpace>();
  const rowAt = (y: number) => {
    const key = Math.round(y * 100);
    let row = rows.get(key);
    if (!row) {
      row = new RowSpace();
      rows.set(key, row);
    }
    return row;
  };
  for (const m of marks) {
    const half = m.size / 2;
    rowAt(m.y).addMerged(m.x - half - 1, m.x + half + 1, m.key);
    if (m.span) rowAt(m.y).addMerged(Math.min(m.x0, m.x - half), Math.max(m.x1, m.x + half), m.key);
  }
  for (const m of marks) {
    const room = options.reserved?.get(m.key);
    if (room) rowAt(m.y).addMerged(room[0], room[1], m.key);
  }
  for (const c of clusters) rowAt(c.y).addMerged(Math.min(c.x0, c.x - 7), Math.max(c.x1, c.x + 7), c.id);
  const laneOf = new Map(lanes.map((l) => [l.key, l]));

  const order = marks
    .map((_, i) => i)
    .filter((i) => {
      const m = marks[i] as Mark;
      // A linked event is labelled once, in its first lane.
      return m.key === m.id && m.label.length > 0;
    });
  order.sort((a, b) => {
    const ma = marks[a] as Mark;
    const mb = marks[b] as Mark;
    return mb.priority - ma.priority || ma.x - mb.x || a - b;
  });
  const budget = options.budget ?? 600;
  const giveUpAfter = options.giveUpAfter ?? 150;
  const reach = options.reach ?? 50;
  const labels: MarkLabel[] = [];
  const hidden: string[] = [];
  const width = (text: string) => measure(text, style);
  let misses = 0;
  for (let n = 0; n < order.length; n++) {
    const m = marks[order[n] as number] as Mark;
    if (n >= budget || misses >= giveUpAfter) {
      hidden.push(m.key);
      continue;
    }
    const lane = laneOf.get(m.lane);
    const placed = lane ? placeOne(m, lane) : null;
    if (placed) {
      labels.push(placed);
      misses = 0;
    } else {
      hidden.push(m.key);
      misses++;
    }
  }
  return { labels, hidden };

  /** The narrowest cut a label may be shortened to: its first `words` words and an ellipsis (remembered across frames). */
  function shortest(label: string, words: number): number {
    let known = narrowest.get(measure);
    if (!known) {
      known = new Map();
      narrowest.set(measure, known);
    }
    const key = `${style.size}|${style.bold ? 1 : 0}|${words}|${label}`;
    let w = known.get(key);
    if (w === undefined) {
      w = width(`${label.split(/\s+/).slice(0, words).join(" ")}…`);
      if (known.size > 20_000) known.clear();
      known.set(key, w);
    }
    return w;
  }

  /**
   * Offers the free gaps of the lane's other rows, nearest row first: the label starts
   * at the gap nearest to the mark's column (within `reach`), joined by a leader line.
   * Stops at the first slot `offer` takes.
   */
  function otherRows(
    m: Mark,
    lane: Lane,
    offer: (slot: { y: number; side: "right" | "left"; at: number; room: number; leader: boolean }) => boolean,
  ): boolean {
    if (lane.dense) return false;
    const rowsInLane = lane.rows + (lane.clusterRow !== null ? 1 : 0);
    for (let d = 1; d < rowsInLane; d++)
      for (const r of [m.row - d, m.row + d]) {
        if (r < 0 || r >= rowsInLane) continue;
        // A leader crosses the rows between the mark and its label: only where they are free.
        if (!clearBetween(lane, m, r)) continue;
        const y = options.rowY(lane, r);
        const row = rowAt(y);
        const start = row.nextFreeRight(m.x + 2, pad);
        if (start - m.x <= reach) {
          if (offer({ y, side: "right", at: start, room: row.freeRight(start, range[1], ANYONE), leader: true }))
            return true;
        }
        const end = row.nextFreeLeft(m.x - 2, pad);
        if (m.x - end <= reach) {
          if (offer({ y, side: "left", at: end, room: row.freeLeft(end, range[0], ANYONE), leader: true })) return true;
        }
      }
    return false;
  }

  /** Whether nothing covers the mark's column in the rows strictly between its row and `r`. */
  function clearBetween(lane: Lane, m: Mark, r: number): boolean {
    const step = r > m.row ? 1 : -1;
    for (let k = m.row + step; k !== r; k += step) if (rowAt(options.rowY(lane, k)).covers(m.x, ANYONE)) return false;
    return true;
  }

  function placeOne(m: Mark, lane: Lane): MarkLabel | null {
    const half = m.size / 2;
    // The `?`/`~` sign of a fuzzy date sits right of the symbol.
    const right0 = m.x + half + (m.fuzzy ? 12 : pad);
    const left0 = m.x - half - pad;
    type Slot = { y: number; side: "right" | "left"; at: number; room: number; leader: boolean };
    const full = width(m.label);
    // Slots are tried in order and the first where the whole label fits wins; the others
    // are only remembered (widest, and each with its room for a short stand-in).
    const tried: Slot[] = [];
    let chosen: Slot | undefined;
    const offer = (slot: Slot) => {
      tried.push(slot);
      if (slot.room >= full + pad) chosen = slot;
      return chosen !== undefined;
    };
    const here = rowAt(m.y);
    const found =
      offer({ y: m.y, side: "right", at: right0, room: here.freeRight(right0, range[1], m.key), leader: false }) ||
      offer({ y: m.y, side: "left", at: left0, room: here.freeLeft(left0, range[0], m.key), leader: false }) ||
      otherRows(m, lane, offer);
    let text = m.label;
    let kind: MarkLabel["kind"] = "words";
    let w = full;
    if (!found) {
      const widest = tried.reduce<Slot | undefined>((best, s) => (!best || s.room > best.room ? s : best), undefined);
      const minWords = m.family === "threat" ? WORDS_AT_LEAST.threat : WORDS_AT_LEAST.other;
      const cut =
        widest && widest.room >= shortest(m.label, minWords) + pad
          ? shortenToFit(m.label, (t) => width(t) + pad <= widest.room, minWords)
          : null;
      if (widest && cut) {
        chosen = widest;
        text = cut;
        w = width(cut);
      } else {
        const short = options.fallback?.(m);
        if (!short) return null;
        w = width(short);
        chosen = tried.find((s) => s.room >= w + pad);
        if (!chosen) return null;
        text = short;
        kind = "number";
      }
    }
    if (!chosen) return null;
    const x = chosen.side === "right" ? chosen.at : chosen.at - w;
    // Merged: a label may lie along its own mark's bar, which is already in the row.
    rowAt(chosen.y).addMerged(x - pad / 2, x + w + pad / 2, `label:${m.key}`);
    // A leader's line is kept free in the rows it crosses.
    if (chosen.leader) {
      const step = chosen.y > m.y ? 1 : -1;
      for (let k = m.row + step; options.rowY(lane, k) !== chosen.y; k += step)
        rowAt(options.rowY(lane, k)).addMerged(m.x - 1, m.x + 1, `leader:${m.key}`);
    }
    return {
      key: m.key,
      text,
      kind,
      x: round(x),
      y: round(chosen.y),
      width: round(w),
      height: round(height),
      leader: chosen.leader ? leaderOf(m, chosen.y, chosen.side === "right" ? x : x + w, height) : null,
      priority: m.priority,
    };
  }
}

/** A line from the edge of the mark's symbol towards the near end of its label in another row. */
function leaderOf(m: Mark, y: number, textEnd: number, height: number): MarkLabel["leader"] {
  const down = y > m.y ? 1 : -1;
  const half = m.size / 2;
  const x2 = Math.abs(textEnd - m.x) <= 4 ? m.x : textEnd;
  return { x1: round(m.x), y1: round(m.y + down * half), x2: round(x2), y2: round(y - down * (height / 2) + down * 1) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
