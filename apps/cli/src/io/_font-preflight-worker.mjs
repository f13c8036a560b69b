// The pre-flight of one fallback font (see font-preflight.ts), run in a worker thread
// that the caller terminates when it takes too long or the heap limit stops it: the
// work itself is report-pdf's `tryFont`, the fontkit and pdfkit work a briefing does.
//
// Plain JavaScript: tests run the CLI from its TypeScript sources, and a worker thread
// cannot load those; it imports report-pdf's build (its light `try-font` entry: fontkit and
// pdfkit, not the renderer), and the bundle builds it as an entry of its own.
import { parentPort, workerData } from "node:worker_threads";
import { FontRefused, tryFont } from "@briefline/report-pdf/try-font";

/** @type {{ bytes: Uint8Array, codePoints: number[], runs: string[] }} */
const { bytes, codePoints, runs } = workerData;

try {
  parentPort?.postMessage({ ok: true, ...(await tryFont(bytes, { codePoints, runs })) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: describe(error), inside: !(error instanceof FontRefused) });
}

function describe(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").slice(0, 200);
}
