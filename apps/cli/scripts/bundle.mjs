// Bundles the CLI's entry point after tsc: dist/main.js (the `bin`) becomes one ES module
// with the commands' heavy paths split into dist/chunks/, loaded by the same dynamic
// imports as before. ~600 small files (core, zod, yaml, date-fns, …) were resolved,
// read and compiled one by one at every start; a bundle is a handful of files.
// dist/index.js and the other tsc outputs stay as they are: the package's public API.
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(join(dist, "chunks"), { recursive: true, force: true });
rmSync(join(dist, "main.js.map"), { force: true });

// pdfkit and fontkit are bundled too: as packages they were another ~60 files to resolve
// and compile. pdfkit finds its data (standard fonts, ICC profile) beside its own module:
// its `import.meta.url` becomes the installed pdfkit's (the CLI depends on pdfkit for
// this). Two modules that a briefing never uses load only when first used: brotli's
// 750 kB dictionary (fontkit's WOFF2 decoder) and linebreak's Unicode tables (pdfkit's
// own line wrapping; the typesetter breaks lines itself).
const LAZY = {
  "brotli/decompress.js": `import { createRequire } from "node:module";
let decompress;
export default function lazyDecompress(...args) {
  decompress ??= createRequire(import.meta.resolve("fontkit"))("brotli/decompress.js");
  return decompress(...args);
}`,
  linebreak: `import { createRequire } from "node:module";
let LineBreaker;
export default class LazyLineBreaker {
  constructor(...args) {
    LineBreaker ??= createRequire(import.meta.resolve("pdfkit"))("linebreak");
    return new LineBreaker(...args);
  }
}`,
};
const pdfkitInBundle = {
  name: "pdfkit-in-bundle",
  setup(b) {
    b.onResolve({ filter: /^(brotli\/decompress\.js|linebreak)$/ }, (args) => ({ path: args.path, namespace: "lazy" }));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({ contents: LAZY[args.path], loader: "js" }));
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const here = 'import.meta.resolve("pdfkit")';
      const contents = source.replaceAll("import.meta.url", here);
      if (contents.split(here).length !== 3) throw new Error("pdfkit: expected two uses of import.meta.url");
      return { contents, loader: "js" };
    });
  },
};

// The desk page's script is put together from the source text of its functions
// (Function.prototype.toString), which call each other by name: bundled, esbuild would
// rename some of them (a top-level `h` meets timeline-web's `h`) and the page would
// throw "h is not defined". The bundle takes the script as text, made from tsc's output.
const deskClientAsText = {
  name: "desk-client-as-text",
  setup(b) {
    b.onLoad({ filter: /[\\/]desk[\\/]client[\\/]index\.ts$/ }, async () => {
      const { CLIENT } = await import(join(dist, "desk/client/index.js"));
      return { contents: `export const CLIENT = ${JSON.stringify(CLIENT)};`, loader: "js" };
    });
  },
};

// A fallback font's pre-flight runs in a worker thread (src/io/font-preflight.ts), which
// needs a file of its own: it is an entry of the bundle, dist/font-preflight-worker.js,
// and the module that starts it (in dist/ or dist/chunks/) is pointed at it. tsc's
// dist/io/font-preflight.js finds the plain worker beside it, copied there.
const WORKER_LINE = 'new URL("./_font-preflight-worker.mjs", import.meta.url)';
const fontWorker = {
  name: "font-preflight-worker",
  setup(b) {
    b.onLoad({ filter: /[\\/]io[\\/]font-preflight\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(WORKER_LINE)) throw new Error("font-preflight.ts: expected the worker's URL");
      const bundled =
        'new URL(import.meta.url.includes("/chunks/") ? "../font-preflight-worker.js" : "./font-preflight-worker.js", import.meta.url)';
      return { contents: source.replace(WORKER_LINE, bundled), loader: "ts" };
    });
  },
};
copyFileSync(join(root, "src/io/_font-preflight-worker.mjs"), join(dist, "io/_font-preflight-worker.mjs"));

await build({
  entryPoints: {
    main: join(root, "src/main.ts"),
    "font-preflight-worker": join(root, "src/io/_font-preflight-worker.mjs"),
  },
  outdir: dist,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [pdfkitInBundle, deskClientAsText, fontWorker],
  // CommonJS dependencies (papaparse, nearley, …) call require() for Node's built-ins.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
