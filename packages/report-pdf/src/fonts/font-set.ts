import { checkFontStructure } from "./check-font.js";
import { dejavuBytes, FACE_KEYS, type FaceKey } from "./dejavu.js";
import { type Face, openFace } from "./face.js";

/** The faces of one briefing: DejaVu for every style, then the caller's fallback fonts. */
export interface FontSet {
  /** The primary face of a style. */
  face(key: FaceKey): Face;
  /** The faces tried, in order, for a character of a style: primary first. */
  chain(key: FaceKey): readonly Face[];
  /** Every face, to register with the PDF document. */
  all(): readonly Face[];
}

// A character missing from a face is looked for in the faces of the same weight and
// slant (a serif one in DejaVu Sans: Arabic, Hebrew, many symbols), then in the
// regular faces (the bold and oblique DejaVu Sans lack Arabic and Hebrew, which the
// regular one has: an upright letter reads better than a replacement box), and only
// then in the caller's fonts.
const FALLBACKS: Record<FaceKey, FaceKey[]> = {
  serif: ["sans"],
  "serif-bold": ["sans-bold", "serif", "sans"],
  "serif-italic": ["sans-italic", "serif", "sans"],
  sans: [],
  "sans-bold": ["sans"],
  "sans-italic": ["sans"],
};

/**
 * Builds the font set: the six DejaVu faces plus `extra` fallback fonts (e.g. a CJK
 * font), which are used glyph by glyph for characters DejaVu lacks.
 * Throws `RangeError` naming the font when extra bytes are not a usable font.
 *
 * @example
 * const fonts = createFontSet([notoSansCjkBytes]);
 * fonts.chain("serif").map((f) => f.name)      // ["serif", "sans", "extra-1"]
 * fonts.chain("sans-bold").map((f) => f.name)  // ["sans-bold", "sans", "extra-1"]
 */
export function createFontSet(extra: readonly Uint8Array[] = []): FontSet {
  const faces = new Map<FaceKey, Face>(FACE_KEYS.map((key) => [key, openFace(key, dejavuBytes(key))]));
  const extras = extra.map((bytes, i) => {
    try {
      checkFontStructure(bytes);
      return openFace(`extra-${i + 1}`, bytes);
    } catch (error) {
      throw new RangeError(`fallback font ${i + 1}: ${(error as Error).message}`);
    }
  });
  const chains = new Map<FaceKey, Face[]>();
  for (const key of FACE_KEYS) {
    const chain = [key, ...FALLBACKS[key]].map((k) => faces.get(k) as Face);
    chains.set(key, [...chain, ...extras]);
  }
  const all = [...faces.values(), ...extras];
  return {
    face: (key) => faces.get(key) as Face,
    chain: (key) => chains.get(key) as Face[],
    all: () => all,
  };
}
