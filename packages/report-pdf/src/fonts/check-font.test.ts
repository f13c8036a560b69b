import { describe, expect, it } from "vitest";
import { checkFontStructure } from "./check-font.js";
import { dejavuBytes } from "./dejavu.js";
import { createFontSet } from "./font-set.js";

// Issue 11: corrupt fallback fonts hung fontkit until out of memory or crashed inside it.
const table = (bytes: Uint8Array, tag: string) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    if (String.fromCharCode(...bytes.slice(at, at + 4)) === tag) return { view, offset: view.getUint32(at + 8), at };
  }
  throw new Error(`no ${tag}`);
};
const copy = () => new Uint8Array(dejavuBytes("sans"));

describe("checkFontStructure", () => {
  it("checkFontStructure(DejaVu Sans) accepts it", () => {
    expect(() => checkFontStructure(dejavuBytes("sans"))).not.toThrow();
  });

  it.each([
    ["truncated to half", (b: Uint8Array) => b.slice(0, b.length >> 1), /reaches past the end of the file/],
    [
      "65,535 glyphs in maxp",
      (b: Uint8Array) => {
        const { view, offset } = table(b, "maxp");
        view.setUint16(offset + 4, 65_535);
        return b;
      },
      /do not match its 65535 glyphs/,
    ],
    [
      "a table offset beyond the file",
      (b: Uint8Array) => {
        const { view, at } = table(b, "glyf");
        view.setUint32(at + 8, 0x7fffffff);
        return b;
      },
      /table "glyf" reaches past the end/,
    ],
    [
      "a zeroed table directory",
      (b: Uint8Array) => {
        new DataView(b.buffer).setUint16(4, 0);
        return b;
      },
      /table directory is damaged/,
    ],
  ])("checkFontStructure(a font %s) refuses it, saying why", (_, damage, message) => {
    expect(() => checkFontStructure(damage(copy()))).toThrow(message);
  });

  it("createFontSet([a damaged fallback font]) refuses it at once, naming it", () => {
    const b = copy();
    const { view, offset } = table(b, "maxp");
    view.setUint16(offset + 4, 65_535);
    const started = performance.now();
    expect(() => createFontSet([b])).toThrow(/^fallback font 1: its metrics do not match/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
