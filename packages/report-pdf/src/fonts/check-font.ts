/**
 * Checks the structure of a font file before fontkit reads it (issue 11: some mutated
 * TrueType files made fontkit run until out of memory, others crashed inside it): the
 * sfnt header, a table directory whose tables lie inside the file, the tables a text
 * font needs, and counts that agree with the tables' sizes (glyphs, metrics, locations).
 * Throws an Error saying what is wrong; returns for a font worth opening. Not a full
 * validator: it refuses the corruptions that make the counts lie, which are the ones
 * that make a reader allocate or loop without end.
 *
 * @example
 * checkFontStructure(new Uint8Array([1, 2, 3])) // throws "not a TrueType or OpenType font (3 bytes)"
 */
export function checkFontStructure(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at);
  const u32 = (at: number) => view.getUint32(at);
  if (bytes.length < 12) throw new Error(`not a TrueType or OpenType font (${bytes.length} bytes)`);
  const version = u32(0);
  if (version === 0x74746366) return; // a collection ("ttcf"): fontkit picks a font from it
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565)
    throw new Error("not a TrueType or OpenType font (its first bytes are not an sfnt header)");
  const count = u16(4);
  if (count === 0 || count > 200 || 12 + count * 16 > bytes.length)
    throw new Error(`its table directory is damaged (${count} tables in ${bytes.length} bytes)`);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
    const offset = u32(at + 8);
    const length = u32(at + 12);
    if (offset + length > bytes.length) throw new Error(`its table "${tag}" reaches past the end of the file`);
    tables.set(tag, { offset, length });
  }
  for (const tag of ["cmap", "head", "hhea", "hmtx", "maxp"])
    if (!tables.has(tag)) throw new Error(`it has no "${tag}" table, which a text font needs`);
  const table = (tag: string) => tables.get(tag) as { offset: number; length: number };
  const head = table("head");
  if (head.length < 54 || u32(head.offset + 12) !== 0x5f0f3cf5) throw new Error('its "head" table is damaged');
  const maxp = table("maxp");
  if (maxp.length < 6) throw new Error('its "maxp" table is damaged');
  const glyphs = u16(maxp.offset + 4);
  if (glyphs === 0) throw new Error("it has no glyphs");
  const hhea = table("hhea");
  if (hhea.length < 36) throw new Error('its "hhea" table is damaged');
  const metrics = u16(hhea.offset + 34);
  if (metrics === 0 || metrics > glyphs || table("hmtx").length < metrics * 4 + (glyphs - metrics) * 2)
    throw new Error(`its metrics do not match its ${glyphs} glyphs (hhea and hmtx disagree)`);
  if (tables.has("glyf")) {
    const loca = tables.get("loca");
    const long = u16(head.offset + 50) === 1;
    if (!loca || loca.length < (glyphs + 1) * (long ? 4 : 2))
      throw new Error(`its glyph locations do not match its ${glyphs} glyphs ("loca" is damaged or missing)`);
  } else if (!tables.has("CFF ") && !tables.has("CFF2"))
    throw new Error("it has no glyph outlines (no glyf or CFF table)");
}
