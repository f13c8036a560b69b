/**
 * Endnote numbers: one note per chronology item that cites sources, numbered in the
 * order the items appear, as in ISW's reports.
 *
 * @example
 * const notes = new Notes();
 * notes.number("legit-targets") // 1
 * notes.number("moscow-offer")  // 2
 * notes.number("legit-targets") // 1
 */
export class Notes {
  private readonly byItem = new Map<string, number>();
  private readonly items: string[] = [];

  /** The note number of an item, given the next number on first call. */
  number(itemId: string): number {
    let n = this.byItem.get(itemId);
    if (n === undefined) {
      this.items.push(itemId);
      n = this.items.length;
      this.byItem.set(itemId, n);
    }
    return n;
  }

  /** Item ids in note order (index 0 is note 1). */
  list(): readonly string[] {
    return this.items;
  }
}

/** Named destination of endnote `n`. */
export const noteDest = (n: number): string => `note-${n}`;
/** Named destination of the first reference to endnote `n` (the way back). */
export const refDest = (n: number): string => `ref-${n}`;
/** Named destination of an item in the chronology. */
export const itemDest = (id: string): string => `item-${id}`;
/** Named destination of a section heading. */
export const sectionDest = (id: string): string => `sec-${id}`;
