/** Page size and margins in points. */
export interface Paper {
  name: "a4" | "letter";
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

// The top and bottom margins hold the marking banners, the running header and the
// footer; the side margins give a measure of about 85 characters of body text.
const MARGIN = { top: 66, right: 54, bottom: 62, left: 54 };

/**
 * A4 (210 × 297 mm) and US Letter (8.5 × 11 in).
 *
 * @example
 * PAPERS.letter.width // 612
 */
export const PAPERS: Readonly<Record<Paper["name"], Paper>> = {
  a4: { name: "a4", width: 595.28, height: 841.89, margin: MARGIN },
  letter: { name: "letter", width: 612, height: 792, margin: MARGIN },
};
