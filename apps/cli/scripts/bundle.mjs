// Bundles the CLI's entry point after tsc: dist/main.js (the `bin`) becomes one ES module
// with the commands' heavy paths split into dist/chunks/, loaded by the same dynamic
// imports as before. ~600 small files (core, zod, yaml, date-fns, …) were resolved,
// read and compiled one by one at every start; a bundle is a handful of files.
// dist/index.js and the other tsc outputs stay as they are: the package's public API.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(join(dist, "chunks"), { recursive: true, force: true });
rmSync(join(dist, "main.js.map"), { force: true });

// pdfkit and fontkit are bundled too: as packages they were another ~60 files to resolve
// and compile. pdfkit finds its data (standard fonts, ICC profile) beside its own module:
// its `import.meta.url` becomes the installed pdfkit's (the CLI depends on pdfkit for
// this). Three modules that a briefing never uses load only when first used: brotli's
// 750 kB dictionary (fontkit's WOFF2 decoder), linebreak's Unicode tables (pdfkit's
// own line wrapping; the typesetter breaks lines itself) and @noble/ciphers' AES.
const LAZY = {
  "brotli/decompress.js": `import { createRequire } from "node:module";
let decompress;
export default function lazyDecompress(...args) {
  decompress ??= createRequire(import.meta.resolve("fontkit"))("brotli/decompress.js");
  return decompress(...args);
}`,
  // pdfkit's encryption (a briefing is never encrypted): the AES module builds its tables
  // as it loads, 15–25 ms of every report.
  "@noble/ciphers/aes": `import { createRequire } from "node:module";
let aes;
const load = () => (aes ??= createRequire(import.meta.resolve("pdfkit"))("@noble/ciphers/aes"));
export const cbc = (...args) => load().cbc(...args);
export const ecb = (...args) => load().ecb(...args);`,
  linebreak: `import { createRequire } from "node:module";
let LineBreaker;
export default class LazyLineBreaker {
  constructor(...args) {
    LineBreaker ??= createRequire(import.meta.resolve("pdfkit"))("linebreak");
    return new LineBreaker(...args);
  }
}`,
};
// core's periods do date-fns arithmetic on @date-fns/utc's UTCDate, whose module makes
// three Intl.DateTimeFormat objects as it loads, for its toString family: ICU's set-up,
// 30–40 ms of every run, though no command calls those methods. The mini class is the same
// class without them. Done here, not in core: the timeline page's script (timeline-web's
// own bundle, with core in it) stays byte for byte as it was.
const UTC_DATE_MINI = {
  name: "utc-date-mini",
  setup(b) {
    b.onResolve({ filter: /^@date-fns\/utc$/ }, (args) => ({
      path: args.path,
      namespace: "utc-mini",
      pluginData: args.resolveDir,
    }));
    b.onLoad({ filter: /.*/, namespace: "utc-mini" }, (args) => ({
      contents: 'export { UTCDateMini as UTCDate } from "@date-fns/utc/date/mini";',
      resolveDir: args.pluginData,
      loader: "js",
    }));
  },
};

// unicode-properties (fontkit's character classes) builds its trie as it loads: base64 to
// bytes, inflated twice, byte-swapped (tiny-inflate in JavaScript, 10–40 ms of every report).
// unicode-trie also takes the finished table ({ data, highStart, errorValue }): the build
// makes it here, from the same bytes with the same code, and the bundle decodes it natively.
const TRIE_CALL = /new \(0, (\$\w+\$unicodetrie)\)\(\(0, \$\w+\$base64js\)\.toByteArray\("([A-Za-z0-9+/=]+)"\)\)/;
function pretrie(source, file) {
  const found = source.match(TRIE_CALL);
  if (!found) throw new Error("unicode-properties: expected its trie built from base64");
  const require = createRequire(file);
  const UnicodeTrie = require("unicode-trie");
  const trie = new UnicodeTrie(Buffer.from(found[2], "base64"));
  const bytes = Buffer.from(trie.data.buffer, trie.data.byteOffset, trie.data.byteLength).toString("base64");
  if (new Uint32Array(new Uint8Array(Buffer.from(bytes, "base64")).buffer).some((v, i) => v !== trie.data[i]))
    throw new Error("unicode-properties: the trie's table does not survive base64");
  const table = `{ data: new Uint32Array(new Uint8Array(Buffer.from("${bytes}", "base64")).buffer), highStart: ${trie.highStart}, errorValue: ${trie.errorValue} }`;
  return source.replace(found[0], `new (0, ${found[1]})(${table})`);
}

const pdfkitInBundle = {
  name: "pdfkit-in-bundle",
  setup(b) {
    b.onLoad({ filter: /[\\/]unicode-properties[\\/]dist[\\/]module\.mjs$/ }, (args) => ({
      contents: pretrie(readFileSync(args.path, "utf8"), args.path),
      loader: "js",
    }));
    b.onResolve({ filter: /^(brotli\/decompress\.js|linebreak|@noble\/ciphers\/aes)$/ }, (args) => ({
      path: args.path,
      namespace: "lazy",
    }));
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
// needs a file of its own: dist/font-preflight-worker.js, an ES module bundled on its own
// (below), and the chunk that starts it is pointed at it. tsc's dist/io/font-preflight.js
// finds the plain worker beside it, copied there.
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
// The worker is an ES module of its own, not an entry of the split build: the chunks
// below become scripts for the code cache, which a worker's imports could not load.
await build({
  entryPoints: { "font-preflight-worker": join(root, "src/io/_font-preflight-worker.mjs") },
  outdir: dist,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [pdfkitInBundle],
  // CommonJS dependencies (fontkit's, pdfkit's) call require() for Node's built-ins.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "error",
});

const { metafile } = await build({
  absWorkingDir: root,
  metafile: true,
  entryPoints: { "chunks/main": join(root, "src/main.ts"), "chunks/tiering": join(root, "src/io/tiering.ts") },
  outdir: dist,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [pdfkitInBundle, deskClientAsText, UTC_DATE_MINI, fontWorker],
  legalComments: "none",
  logLevel: "warning",
});

// Each chunk becomes a script in CommonJS form (imports → require, `import()` → a require in
// a promise, `import.meta` → the loader's `__meta`), so that scripts/bin-loader.mjs (the
// bin) can compile it with V8's code cache. CommonJS dependencies (papaparse, nearley, …)
// call require() for Node's built-ins: the loader's require is in scope for them.
const chunks = join(dist, "chunks");
for (const name of readdirSync(chunks).filter((n) => n.endsWith(".js"))) {
  const file = join(chunks, name);
  const { code } = await transform(readFileSync(file, "utf8").replace(/^#!.*\n/, ""), {
    format: "cjs",
    platform: "node",
    target: "node20",
    define: { "import.meta": "__meta" },
    supported: { "dynamic-import": false },
    // The bundle's build above has reported what there is to report (fontkit's repeated keys).
    logLevel: "error",
  });
  writeFileSync(file, code);
}
copyFileSync(join(root, "scripts/bin-loader.mjs"), join(dist, "main.js"));
// What each chunk holds and imports (esbuild's metafile): the comments that named the
// inlined modules are gone from the scripts, and a test keeps --help's imports light.
writeFileSync(join(dist, "bundle-meta.json"), JSON.stringify(metafile));

// The code caches: sample runs of the commands whose start-up counts (check-on-save, the
// daily brief) store the bytecode of every function they ran beside each chunk. Written
// here, not on a user's first run: an installed dist may be read-only, and two first runs
// at once would race. `--help` first, then the heavier paths add to what it stored.
const sample = mkdtempSync(join(tmpdir(), "briefline-code-cache-"));
const example = join(root, "../../examples/eef-2025/chronicle.yaml");
for (const args of [
  ["--help"],
  ["validate", example],
  ["timeline", example, "-o", join(sample, "t.html")],
  ["report", example, "-o", join(sample, "r.pdf"), "--issued", "2025-09-10"],
]) {
  const run = spawnSync(process.execPath, [join(dist, "main.js"), ...args], {
    cwd: sample,
    env: { ...process.env, BRIEFLINE_WRITE_CODE_CACHE: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`bundle: sample run ${args[0]} exited ${run.status}: ${run.stderr}`);
}
rmSync(sample, { recursive: true, force: true });
