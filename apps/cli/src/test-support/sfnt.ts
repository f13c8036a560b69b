import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
// @ts-expect-error: fontkit's types are a devDependency of report-pdf, not of the CLI
import { create as createFont } from "fontkit";

/** The parts of a fontkit 2.0 font these helpers use. */
interface Font {
  characterSet: number[];
  glyphForCodePoint(cp: number): { id: number };
  layout(text: string): { glyphs: Array<{ id: number }> };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}
const create = createFont as (buffer: Buffer) => Font;

// Reading and writing the sfnt container (ISO/IEC 14496-22 §4.5), for the fonts the
// hostile-font corpus mutates: a DejaVu face and a small font made from it, both with
// a cmap that gives the corpus's test characters (U+4E00–4E3F, which no DejaVu face
// has) to real glyphs, so that the briefing sets them in the fallback font.

/** The characters the test fonts map, which DejaVu lacks: the start of the CJK block. */
export const TEST_CHARS = Array.from({ length: 64 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join("");

/** The tables of an sfnt file by tag (views on `bytes`). */
export function readTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, bytes.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12)));
  }
  return tables;
}

/** An sfnt file of `tables` (sorted by tag, each 4-byte aligned, with checksums). */
export function writeSfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const padded = (n: number) => (n + 3) & ~3;
  let size = 12 + tags.length * 16;
  for (const tag of tags) size += padded((tables.get(tag) as Uint8Array).length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, 2 ** log2 * 16);
  view.setUint16(8, log2);
  view.setUint16(10, tags.length * 16 - 2 ** log2 * 16);
  let offset = 12 + tags.length * 16;
  for (const [i, tag] of tags.entries()) {
    const data = tables.get(tag) as Uint8Array;
    out.set(data, offset);
    let sum = 0;
    for (let j = 0; j < data.length; j += 4) sum = (sum + view.getUint32(offset + j)) >>> 0;
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) view.setUint8(at + k, tag.charCodeAt(k));
    view.setUint32(at + 4, sum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    offset += padded(data.length);
  }
  return out;
}

/** A cmap with one format 12 subtable (Windows, full Unicode) for `map` (code point → glyph). */
export function cmapOf(map: ReadonlyMap<number, number>): Uint8Array {
  const pairs = [...map].sort((a, b) => a[0] - b[0]);
  const out = new Uint8Array(12 + 16 + pairs.length * 12);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1); // one encoding record
  view.setUint16(4, 3);
  view.setUint16(6, 10);
  view.setUint32(8, 12);
  view.setUint16(12, 12); // format 12
  view.setUint32(16, out.length - 12);
  view.setUint32(24, pairs.length);
  for (const [i, [cp, gid]] of pairs.entries()) {
    view.setUint32(28 + i * 12, cp);
    view.setUint32(32 + i * 12, cp);
    view.setUint32(36 + i * 12, gid);
  }
  return out;
}

const require = createRequire(import.meta.url);
export const dejavuSansBytes = (): Uint8Array =>
  new Uint8Array(readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf")));

// Letters with kerning pairs and ligatures in DejaVu (AV, To, fi, ffl), and accented
// ones that are composite glyphs there (é, Å, ǻ, ḗ): layout, GSUB, GPOS/kern and the
// subsetter's walk through components all have work to do.
const DONORS = "AVTWYoaefilrtyé ÅǻḗĂ€&@fffiflffl";

function donorGlyphs(font: Font): number[] {
  const ids = [...DONORS].map((c) => font.glyphForCodePoint(c.codePointAt(0) as number).id);
  for (const lig of font.layout("ffi fl ffl").glyphs) ids.push(lig.id);
  return [...new Set(ids)].filter((id) => id > 0);
}

/** DejaVu Sans Condensed whose cmap also gives U+4E00–4E3F the donor glyphs. */
export function dejavuWithTestChars(): Uint8Array {
  const bytes = dejavuSansBytes();
  const font = create(Buffer.from(bytes));
  const map = new Map<number, number>();
  for (const cp of font.characterSet) map.set(cp, font.glyphForCodePoint(cp).id);
  const donors = donorGlyphs(font);
  for (let i = 0; i < 64; i++) map.set(0x4e00 + i, donors[i % donors.length] as number);
  const tables = readTables(bytes);
  tables.set("cmap", cmapOf(map));
  return writeSfnt(tables);
}

/**
 * A small font (a few kB): the donor glyphs of DejaVu Sans subset by fontkit (composites
 * kept with their components), a cmap for U+4E00–4E3F and a few Latin letters, a kern
 * table of every pair, and name, OS/2 and post tables, without GSUB or GPOS.
 */
export function smallTestFont(): Uint8Array {
  const bytes = dejavuSansBytes();
  const font = create(Buffer.from(bytes));
  const subset = font.createSubset();
  const ids = donorGlyphs(font).map((id) => subset.includeGlyph(id));
  const tables = readTables(subset.encode());
  const map = new Map<number, number>();
  for (let i = 0; i < 64; i++) map.set(0x4e00 + i, ids[i % ids.length] as number);
  for (const [i, c] of [..."AVTo"].entries()) map.set(c.codePointAt(0) as number, ids[i] as number);
  const source = readTables(bytes);
  tables.set("cmap", cmapOf(map));
  tables.set("OS/2", source.get("OS/2") as Uint8Array);
  tables.set("name", nameOf("BrieflineTest"));
  const post = new Uint8Array(32);
  new DataView(post.buffer).setUint32(0, 0x00030000);
  tables.set("post", post);
  tables.set("kern", kernOf(ids.slice(0, 8)));
  return writeSfnt(tables);
}

function nameOf(postscript: string): Uint8Array {
  const text = new Uint8Array([...postscript].flatMap((c) => [0, c.charCodeAt(0)]));
  const out = new Uint8Array(6 + 12 + text.length);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1);
  view.setUint16(4, 18);
  for (const [at, v] of [3, 1, 0x409, 6, text.length, 0].entries()) view.setUint16(6 + at * 2, v);
  out.set(text, 18);
  return out;
}

function kernOf(glyphs: number[]): Uint8Array {
  const pairs = glyphs.flatMap((l) => glyphs.map((r) => [l, r] as const));
  const out = new Uint8Array(4 + 14 + pairs.length * 6);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1); // version 0, one subtable
  view.setUint16(6, out.length - 4);
  view.setUint16(8, 0x0001); // format 0, horizontal
  view.setUint16(10, pairs.length);
  for (const [i, [l, r]] of pairs.entries()) {
    view.setUint16(18 + i * 6, l);
    view.setUint16(20 + i * 6, r);
    view.setInt16(22 + i * 6, -40);
  }
  return out;
}
