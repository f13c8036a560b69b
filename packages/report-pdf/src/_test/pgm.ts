/** A greyscale image read from a binary PGM (P5) file, one byte per pixel. */
export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * Reads a binary PGM ("P5", 8-bit), as `pdftoppm -gray` writes it. Throws naming
 * what is wrong when the bytes are not one.
 *
 * @example
 * readPgm(readFileSync("page-4.pgm")).width // 179 at 30 dpi on A4
 */
export function readPgm(bytes: Uint8Array): Gray {
  let at = 0;
  const token = (): string => {
    // Whitespace and `#` comments separate the header's fields.
    for (;;) {
      while (at < bytes.length && /\s/.test(String.fromCharCode(bytes[at] as number))) at++;
      if (bytes[at] !== 0x23) break;
      while (at < bytes.length && bytes[at] !== 0x0a) at++;
    }
    const start = at;
    while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at] as number))) at++;
    return String.fromCharCode(...bytes.subarray(start, at));
  };
  const magic = token();
  if (magic !== "P5") throw new RangeError(`not a binary PGM: starts with "${magic.slice(0, 8)}", expected "P5"`);
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (!(width > 0 && height > 0) || max !== 255)
    throw new RangeError(`unsupported PGM header: ${width}×${height}, maximum ${max} (expected 8-bit)`);
  at++; // the single whitespace byte after the maximum
  const pixels = bytes.subarray(at, at + width * height);
  if (pixels.length !== width * height)
    throw new RangeError(`PGM truncated: ${pixels.length} of ${width * height} pixels`);
  return { width, height, pixels };
}

/**
 * A binary PGM of an image.
 *
 * @example
 * writeFileSync("x.pgm", writePgm(gray))
 */
export function writePgm(image: Gray): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header);
  out.set(image.pixels, header.length);
  return out;
}

/**
 * Mean absolute difference of two images of the same size, in grey levels (0–255).
 *
 * @example
 * meanAbsoluteDifference(a, a) // 0
 */
export function meanAbsoluteDifference(a: Gray, b: Gray): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new RangeError(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let sum = 0;
  for (let i = 0; i < a.pixels.length; i++) sum += Math.abs((a.pixels[i] as number) - (b.pixels[i] as number));
  return sum / a.pixels.length;
}
