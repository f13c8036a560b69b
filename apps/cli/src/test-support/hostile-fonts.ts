import { dejavuWithTestChars, smallTestFont } from "./sfnt.js";

// The mutated-font corpus of issue 11 (item 6): seeded damage to a whole DejaVu face
// and to a small font, both of which map the corpus's test characters, so a font that
// survives its damage is really used by the briefing (cmap, layout, GSUB/GPOS or kern,
// subsetting). Case `i` of a seed is always the same font.

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
interface Font {
  bytes: Uint8Array;
  view: DataView;
  table(tag: string): { at: number; offset: number; length: number } | undefined;
}
type Mutation = (f: Font, rand: Rand) => void;

const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, items: readonly T[]) => items[int(rand, items.length)] as T;
// Counts and offsets that lie: the largest, just past the end, random, zero.
const lie = (rand: Rand, max: number) => pick(rand, [max, max - 1, int(rand, max), 0, 1, (max >>> 1) + 1]);

function wrap(bytes: Uint8Array): Font {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    bytes,
    view,
    table(tag) {
      if (bytes.length < 12) return undefined;
      for (let i = 0; i < view.getUint16(4) && 12 + i * 16 + 16 <= bytes.length; i++) {
        const at = 12 + i * 16;
        if (String.fromCharCode(...bytes.subarray(at, at + 4)) === tag)
          return { at, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
      }
      return undefined;
    },
  };
}

/** Sets a u16 or u32 at `offset + at` in table `tag`, when it lies inside the file. */
function set(f: Font, tag: string, at: number, value: number, width: 2 | 4 = 2): void {
  const t = f.table(tag);
  if (!t || t.offset + at + width > f.bytes.length) return;
  if (width === 2) f.view.setUint16(t.offset + at, value & 0xffff);
  else f.view.setUint32(t.offset + at, value >>> 0);
}

const TABLES = ["cmap", "glyf", "loca", "head", "hhea", "hmtx", "maxp", "kern", "GSUB", "GPOS", "GDEF", "name", "OS/2"];

// Composite glyphs (numberOfContours −1) whose first component is set to `target`
// (itself, or the other of a pair): a cycle the subsetter and the outline reader walk.
function composites(f: Font): number[] {
  const glyf = f.table("glyf");
  const loca = f.table("loca");
  const head = f.table("head");
  const maxp = f.table("maxp");
  if (!glyf || !loca || !head || !maxp) return [];
  const long = f.view.getUint16(head.offset + 50) === 1;
  const count = f.view.getUint16(maxp.offset + 4);
  const found: number[] = [];
  for (let g = 0; g < count; g++) {
    const at = loca.offset + g * (long ? 4 : 2);
    if (at + (long ? 8 : 4) > f.bytes.length) break;
    const start = long ? f.view.getUint32(at) : f.view.getUint16(at) * 2;
    const end = long ? f.view.getUint32(at + 4) : f.view.getUint16(at + 2) * 2;
    const o = glyf.offset + start;
    if (end > start && o + 14 <= f.bytes.length && f.view.getInt16(o) === -1) found.push(o + 12);
  }
  return found; // where each composite's first component glyph index is
}

const glyphOf = (f: Font, componentAt: number) => {
  const loca = f.table("loca");
  const glyf = f.table("glyf");
  const head = f.table("head");
  if (!loca || !glyf || !head) return 0;
  const long = f.view.getUint16(head.offset + 50) === 1;
  for (let g = 0; ; g++) {
    const at = loca.offset + g * (long ? 4 : 2);
    if (at + (long ? 4 : 2) > loca.offset + loca.length) return 0;
    const start = glyf.offset + (long ? f.view.getUint32(at) : f.view.getUint16(at) * 2);
    if (start + 12 === componentAt) return g;
  }
};

/** The mutations, by name: each damages one thing the way an attacker or a bad disk would. */
export const MUTATIONS: ReadonlyArray<readonly [string, Mutation]> = [
  [
    "byte flips",
    (f, r) => {
      for (let k = 1 + int(r, 16); k > 0; k--) f.bytes[int(r, f.bytes.length)] = int(r, 256);
    },
  ],
  [
    "byte flips in one table",
    (f, r) => {
      const t = f.table(pick(r, TABLES));
      if (!t) return;
      for (let k = 1 + int(r, 24); k > 0; k--) {
        const at = t.offset + int(r, Math.max(1, t.length));
        if (at < f.bytes.length) f.bytes[at] = int(r, 256);
      }
    },
  ],
  ["a table length", (f, r) => retable(f, r, 12)],
  ["a table offset", (f, r) => retable(f, r, 8)],
  ["maxp glyph count", (f, r) => set(f, "maxp", 4, lie(r, 0x10000))],
  ["hhea metric count", (f, r) => set(f, "hhea", 34, lie(r, 0x10000))],
  ["head location format", (f, r) => set(f, "head", 50, pick(r, [0, 1, 2, 0xffff]))],
  ["head units per em", (f, r) => set(f, "head", 18, lie(r, 0x10000))],
  ["cmap subtable count", (f, r) => set(f, "cmap", 2, lie(r, 0x10000))],
  ["cmap subtable offset", (f, r) => set(f, "cmap", 8, lie(r, 0x100000000), 4)],
  ["cmap group count", (f, r) => set(f, "cmap", 24, lie(r, 0x100000000), 4)],
  ["cmap group range", (f, r) => set(f, "cmap", 28 + 12 * int(r, 64), lie(r, 0x110000), 4)],
  [
    "loca entries",
    (f, r) => {
      const loca = f.table("loca");
      if (!loca) return;
      for (let k = 1 + int(r, 8); k > 0; k--) set(f, "loca", 2 * int(r, loca.length >> 1), lie(r, 0x10000));
    },
  ],
  [
    "cyclic composite glyphs",
    (f, r) => {
      const found = composites(f);
      if (found.length === 0) return;
      const a = pick(r, found);
      const b = pick(r, found);
      // a → a, or a → b → a
      f.view.setUint16(a, glyphOf(f, a === b || r() < 0.5 ? a : b));
      if (a !== b) f.view.setUint16(b, glyphOf(f, a));
    },
  ],
  [
    "composite component flags",
    (f, r) => {
      const found = composites(f);
      if (found.length > 0) f.view.setUint16(pick(r, found) - 2, int(r, 0x10000));
    },
  ],
  ["kern table count", (f, r) => set(f, "kern", 2, lie(r, 0x10000))],
  ["kern pair count", (f, r) => set(f, "kern", 10, lie(r, 0x10000))],
  ["kern subtable length", (f, r) => set(f, "kern", 6, lie(r, 0x10000))],
  ...(["GSUB", "GPOS"] as const).flatMap(
    (tag): Array<readonly [string, Mutation]> => [
      [`${tag} list offsets`, (f, r) => set(f, tag, pick(r, [4, 6, 8]), lie(r, 0x10000))],
      [`${tag} lookup count`, (f, r) => lookupList(f, tag, (at) => f.view.setUint16(at, lie(r, 0x10000)))],
      [
        `${tag} lookup offsets`,
        (f, r) =>
          lookupList(f, tag, (at) => {
            const n = f.view.getUint16(at);
            // an offset to the list itself, to a random place, or past the end: cycles and wild reads
            for (let k = 1 + int(r, 4); n > 0 && k > 0; k--) f.view.setUint16(at + 2 + 2 * int(r, n), lie(r, 0x10000));
          }),
      ],
      [
        `${tag} bytes`,
        (f, r) => {
          const t = f.table(tag);
          if (!t) return;
          for (let k = 1 + int(r, 40); k > 0; k--) f.bytes[t.offset + int(r, Math.min(t.length, 4096))] = int(r, 256);
        },
      ],
    ],
  ),
  [
    "truncated",
    (f, r) => {
      f.bytes = f.bytes.subarray(0, 12 + int(r, f.bytes.length - 12));
    },
  ],
];

function retable(f: Font, r: Rand, field: 8 | 12): void {
  const t = f.table(pick(r, TABLES));
  if (t) f.view.setUint32(t.at + field, pick(r, [lie(r, f.bytes.length), lie(r, 0x100000000), t.length + 1]));
}

function lookupList(f: Font, tag: string, change: (at: number) => void): void {
  const t = f.table(tag);
  if (!t || t.length < 10) return;
  const at = t.offset + f.view.getUint16(t.offset + 8);
  if (at + 2 <= f.bytes.length) change(at);
}

let bases: { dejavu: Uint8Array; small: Uint8Array } | undefined;

/**
 * Hostile font `i` of the corpus: a base (DejaVu Sans with the test characters for even
 * cases, the small font for odd ones) with one to three mutations.
 *
 * @example
 * const { bytes, damage } = hostileFont(20251207, 17); // damage: "small font: cyclic composite glyphs"
 */
export function hostileFont(seed: number, i: number): { bytes: Uint8Array; damage: string } {
  bases ??= { dejavu: dejavuWithTestChars(), small: smallTestFont() };
  const rand = seeded(seed + i * 7919);
  const small = i % 2 === 1;
  const f = wrap(new Uint8Array(small ? bases.small : bases.dejavu));
  const names: string[] = [];
  for (let k = rand() < 0.7 ? 1 : 2 + int(rand, 2); k > 0; k--) {
    const [name, mutate] = pick(rand, MUTATIONS);
    try {
      mutate(f, rand);
      names.push(name);
    } catch {
      // An earlier mutation moved what this one reads (a table, a count) out of the file.
      names.push(`${name} (could not apply)`);
    }
    Object.assign(f, wrap(f.bytes));
  }
  return { bytes: f.bytes, damage: `${small ? "small font" : "DejaVu Sans"}: ${names.join(", ")}` };
}
