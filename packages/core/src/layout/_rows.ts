/**
 * What occupies one row line of the chart: disjoint horizontal extents sorted by start,
 * each with its owner (a mark key, a cluster id, or a label). Finding the free gap
 * around a point is a binary search; adding an extent is a search and a splice, and a
 * row holds at most a few hundred extents, so placing n labels costs O(n log n) plus
 * the short splices.
 */
export class RowSpace {
  private lo: number[] = [];
  private hi: number[] = [];
  private owner: string[] = [];

  /** Adds an extent; the caller guarantees it overlaps nothing already there. */
  add(lo: number, hi: number, owner: string): void {
    const i = this.firstEndingAfter(lo);
    this.lo.splice(i, 0, lo);
    this.hi.splice(i, 0, hi);
    this.owner.splice(i, 0, owner);
  }

  /** Adds an extent that may overlap others (marks of a row may touch): merged into them. */
  addMerged(lo: number, hi: number, owner: string): void {
    const i = this.firstEndingAfter(lo);
    while (i < this.lo.length && (this.lo[i] as number) <= hi) {
      lo = Math.min(lo, this.lo[i] as number);
      hi = Math.max(hi, this.hi[i] as number);
      // A merged extent belongs to nobody: no mark may label over it.
      owner = this.owner[i] === owner ? owner : "";
      this.lo.splice(i, 1);
      this.hi.splice(i, 1);
      this.owner.splice(i, 1);
    }
    this.lo.splice(i, 0, lo);
    this.hi.splice(i, 0, hi);
    this.owner.splice(i, 0, owner);
  }

  /** How far right of `start` the row is free (up to `limit`), ignoring extents of `own`. */
  freeRight(start: number, limit: number, own: string): number {
    let i = this.firstEndingAfter(start);
    while (i < this.lo.length && this.owner[i] === own) i++;
    const next = i < this.lo.length ? Math.min(limit, this.lo[i] as number) : limit;
    if (i < this.lo.length && (this.lo[i] as number) <= start) return 0;
    return Math.max(0, next - start);
  }

  /** How far left of `end` the row is free (down to `limit`), ignoring extents of `own`. */
  freeLeft(end: number, limit: number, own: string): number {
    let i = this.firstEndingAfter(end) - 1;
    // The extent that ends after `end` may still start before it: then `end` is covered.
    const j = i + 1;
    if (j < this.lo.length && this.owner[j] !== own && (this.lo[j] as number) < end) return 0;
    while (i >= 0 && this.owner[i] === own) i--;
    const prev = i >= 0 ? Math.max(limit, this.hi[i] as number) : limit;
    return Math.max(0, end - prev);
  }

  /** The first free point at or right of `x` (past any extent covering it, plus `pad`). */
  nextFreeRight(x: number, pad: number): number {
    const i = this.firstEndingAfter(x);
    return i < this.lo.length && (this.lo[i] as number) <= x ? (this.hi[i] as number) + pad : x;
  }

  /** The first free point at or left of `x`. */
  nextFreeLeft(x: number, pad: number): number {
    const i = this.firstEndingAfter(x);
    return i < this.lo.length && (this.lo[i] as number) <= x ? (this.lo[i] as number) - pad : x;
  }

  /** Whether `x` is covered by an extent not of `own`. */
  covers(x: number, own: string): boolean {
    const i = this.firstEndingAfter(x);
    return i < this.lo.length && this.owner[i] !== own && (this.lo[i] as number) <= x;
  }

  /** Index of the first extent whose end is after `x` (ends are sorted because extents are disjoint). */
  private firstEndingAfter(x: number): number {
    let a = 0;
    let b = this.hi.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if ((this.hi[m] as number) <= x) a = m + 1;
      else b = m;
    }
    return a;
  }
}
