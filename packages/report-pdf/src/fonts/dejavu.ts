import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The styles the briefing sets text in: a condensed serif for prose, a condensed sans for everything else. */
export type FaceKey = "serif" | "serif-bold" | "serif-italic" | "sans" | "sans-bold" | "sans-italic";

/** Every face key, in the order they are registered. */
export const FACE_KEYS: readonly FaceKey[] = [
  "serif",
  "serif-bold",
  "serif-italic",
  "sans",
  "sans-bold",
  "sans-italic",
];

const FILES: Record<FaceKey, string> = {
  serif: "DejaVuSerifCondensed.ttf",
  "serif-bold": "DejaVuSerifCondensed-Bold.ttf",
  "serif-italic": "DejaVuSerifCondensed-Italic.ttf",
  sans: "DejaVuSansCondensed.ttf",
  "sans-bold": "DejaVuSansCondensed-Bold.ttf",
  "sans-italic": "DejaVuSansCondensed-Oblique.ttf",
};

const cache = new Map<FaceKey, Uint8Array>();
const require = createRequire(import.meta.url);

/**
 * The TTF bytes of a DejaVu face, read from `dejavu-fonts-ttf` once per process and
 * cached (ARCHITECTURE §4: the renderer's only file I/O).
 *
 * @example
 * dejavuBytes("serif").byteLength // ≈ 330 kB
 */
export function dejavuBytes(key: FaceKey): Uint8Array {
  let bytes = cache.get(key);
  if (!bytes) {
    const path = require.resolve(`dejavu-fonts-ttf/ttf/${FILES[key]}`);
    const read = readFileSync(path);
    // A file this size gets a buffer of its own (only small reads share Node's pool), so
    // a view on it is enough: copying the six faces' 3 MB took 20–40 ms of a cold run.
    bytes =
      read.byteOffset === 0 && read.byteLength === read.buffer.byteLength
        ? new Uint8Array(read.buffer, 0, read.byteLength)
        : new Uint8Array(read);
    cache.set(key, bytes);
  }
  return bytes;
}
