import { type SymbolType, symbol } from "d3-shape";
import type { MarkShape } from "./types.js";

// The symbols are drawn here rather than taken from d3-shape: d3 sizes symbols by area
// (its triangle then outgrows the row) and has no downward triangle and only a stroked
// X. Here `d` is the diameter and every shape stays within ±0.55·d, with areas balanced
// by eye (a square of a circle's area looks bigger). All are filled outlines, so the
// web and the PDF fill the same path.
const circle: SymbolType = {
  draw(context, d) {
    const r = 0.45 * d;
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, 2 * Math.PI);
    context.closePath();
  },
};

const square: SymbolType = {
  draw(context, d) {
    const h = 0.36 * d;
    context.moveTo(-h, -h);
    context.lineTo(h, -h);
    context.lineTo(h, h);
    context.lineTo(-h, h);
    context.closePath();
  },
};

const triangleDown: SymbolType = {
  draw(context, d) {
    const w = 0.55 * d;
    const h = 0.476 * d; // half of the height of an equilateral triangle of side 1.1·d
    context.moveTo(-w, -h);
    context.lineTo(w, -h);
    context.lineTo(0, h);
    context.closePath();
  },
};

const diamond: SymbolType = {
  draw(context, d) {
    const h = 0.55 * d;
    const w = 0.4 * d;
    context.moveTo(0, -h);
    context.lineTo(w, 0);
    context.lineTo(0, h);
    context.lineTo(-w, 0);
    context.closePath();
  },
};

const cross: SymbolType = {
  draw(context, d) {
    // An X of two bars a third of the reach wide.
    const r = 0.45 * d;
    const w = r / 3;
    const pts: Array<[number, number]> = [
      [0, -w],
      [r - w, -r],
      [r, -r + w],
      [w, 0],
      [r, r - w],
      [r - w, r],
      [0, w],
      [-r + w, r],
      [-r, r - w],
      [-w, 0],
      [-r, -r + w],
      [-r + w, -r],
    ];
    pts.forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
    context.closePath();
  },
};

const TYPES: Record<MarkShape, SymbolType> = { "triangle-down": triangleDown, circle, square, cross, diamond };

const cache = new Map<MarkShape, Map<number, string>>();

/**
 * SVG path data of a mark's symbol of diameter `size`, centred on (0, 0). The same
 * string feeds an SVG `<path d>`, a canvas `Path2D` and pdfkit's `doc.path()`.
 *
 * @example
 * symbolPath("square", 12) // "M-4.32,-4.32L4.32,-4.32L4.32,4.32L-4.32,4.32Z"
 */
export function symbolPath(shape: MarkShape, size: number): string {
  let bySize = cache.get(shape);
  if (!bySize) {
    bySize = new Map();
    cache.set(shape, bySize);
  }
  let path = bySize.get(size);
  if (path === undefined) {
    path = symbol(TYPES[shape], size).digits(2)() ?? "";
    bySize.set(size, path);
  }
  return path;
}

/** What {@link traceSymbol} draws on: a canvas 2D context, or anything with the same path methods. */
export interface PathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean): void;
  closePath(): void;
}

/**
 * Adds a mark's symbol, centred on (x, y), to the current path of a canvas-like
 * context: the same d3-shape symbol as {@link symbolPath}, written to the context
 * instead of to a string (no path text parsed back).
 *
 * @example
 * ctx.beginPath(); traceSymbol(ctx, "circle", 12, mark.x, mark.y); ctx.fill();
 */
export function traceSymbol(context: PathContext, shape: MarkShape, size: number, x: number, y: number): void {
  // One shifting context for every call (a canvas draws thousands of marks a frame:
  // no closures made per mark).
  shifted.context = context;
  shifted.x = x;
  shifted.y = y;
  TYPES[shape].draw(shifted as unknown as Parameters<SymbolType["draw"]>[0], size);
  shifted.context = NOWHERE;
}

const NOWHERE: PathContext = { moveTo() {}, lineTo() {}, arc() {}, closePath() {} };

/** A path context that moves what it is given by (x, y) on to `context`. */
const shifted = {
  context: NOWHERE,
  x: 0,
  y: 0,
  moveTo(a: number, b: number) {
    this.context.moveTo(this.x + a, this.y + b);
  },
  lineTo(a: number, b: number) {
    this.context.lineTo(this.x + a, this.y + b);
  },
  arc(a: number, b: number, r: number, a0: number, a1: number, ccw?: boolean) {
    this.context.arc(this.x + a, this.y + b, r, a0, a1, ccw);
  },
  closePath() {
    this.context.closePath();
  },
};
