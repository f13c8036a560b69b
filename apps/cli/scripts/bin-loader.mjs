#!/usr/bin/env node
// The `bin` (copied to dist/main.js by scripts/bundle.mjs): loads the bundle's chunks with
// V8's code cache. Node 20 compiles an ES module from its text at every start (it has no
// module.enableCompileCache), so the chunks are scripts (esbuild's CommonJS form of the same
// code) compiled with `vm.Script` from the bytecode stored beside each (`<chunk>.cache`,
// written by the build after sample runs). A cache that V8 refuses (another Node, other
// flags) only costs the check: the chunk is compiled from its text as before.
import { createRequire } from "node:module";

// Node's own modules through require: an ES module's `import … from "node:fs"` builds an
// ES facade of fs, which reads every export, and fs's lazy ReadStream getter then loaded
// all of node:stream before the first chunk ran.
const nodeRequire = createRequire(import.meta.url);
const { readFileSync, writeFileSync } = nodeRequire("node:fs");
const { dirname, join } = nodeRequire("node:path");
const { fileURLToPath, pathToFileURL } = nodeRequire("node:url");
const { constants, Script } = nodeRequire("node:vm");

const here = dirname(fileURLToPath(import.meta.url));
const modules = new Map();
const compiled = [];
// Set only by scripts/bundle.mjs while it writes the caches.
const writeCaches = process.env.BRIEFLINE_WRITE_CODE_CACHE === "1";

/**
 * Loads one chunk (a CommonJS-shaped script) once; relative requires are other chunks.
 * `cache` false compiles it, and the chunks it requires first, from their text alone.
 */
function load(file, cache = true) {
  const known = modules.get(file);
  if (known) return known.exports;
  const module = { exports: {} };
  modules.set(file, module);
  let cachedData;
  try {
    // While the build writes the caches, each sample run adds to what the earlier ones stored.
    if (cache) cachedData = readFileSync(`${file}.cache`);
  } catch {}
  const source = readFileSync(file, "utf8");
  // Strict, as the ES modules the chunks were made from.
  const script = new Script(`(function (exports, require, module, __meta) {"use strict";${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cache) compiled.push({ file, script });
  const dir = dirname(file);
  const url = pathToFileURL(file).href;
  const require = (id) => (id.startsWith(".") ? load(join(dir, id), cache) : builtin(id));
  const meta = { url, resolve: (id) => (id.startsWith(".") ? new URL(id, url).href : import.meta.resolve(id)) };
  script.runInThisContext()(module.exports, require, module, meta);
  return module.exports;
}

// Node modules that a chunk requires as it loads but uses only in some commands: the main
// chunk holds every command, and `serve`'s http and net, `review`'s readline, `init`'s
// crypto and commander's child_process were loaded by every run, `validate` included
// (about a hundred of Node's internal modules, ~30 ms of CPU). Each is a stand-in that
// loads the module the first time it is touched; from then on every operation is the
// module's own.
const LAZY_BUILTINS = new Set(
  ["child_process", "crypto", "fs/promises", "http", "net", "readline", "v8", "worker_threads", "zlib"].flatMap(
    (name) => [name, `node:${name}`],
  ),
);
const builtins = new Map();

function builtin(id) {
  if (!LAZY_BUILTINS.has(id)) return nodeRequire(id);
  let stand = builtins.get(id);
  if (stand) return stand;
  let real;
  const target = {};
  // The first look at the whole module (its keys, a descriptor, a new property) copies its
  // properties onto the target, so that the proxy's invariants hold for non-configurable ones.
  const whole = () => {
    if (real === undefined) {
      real = nodeRequire(id);
      Object.defineProperties(target, Object.getOwnPropertyDescriptors(real));
      Object.setPrototypeOf(target, Object.getPrototypeOf(real));
    }
    return real;
  };
  stand = new Proxy(target, {
    get: (_, key) => Reflect.get(whole(), key),
    set: (_, key, value) => Reflect.set(whole(), key, value),
    has: (_, key) => Reflect.has(whole(), key),
    ownKeys: () => {
      whole();
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor: (_, key) => {
      whole();
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    defineProperty: (_, key, descriptor) =>
      Reflect.defineProperty(whole(), key, descriptor) && Reflect.defineProperty(target, key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(whole(), key) && Reflect.deleteProperty(target, key),
    getPrototypeOf: () => {
      whole();
      return Reflect.getPrototypeOf(target);
    },
  });
  builtins.set(id, stand);
  return stand;
}

if (writeCaches) {
  // After the run, so that the functions it compiled lazily are in the cache too.
  process.on("exit", () => {
    for (const { file, script } of compiled) writeFileSync(`${file}.cache`, script.createCachedData());
  });
}

// V8 accepts a cache only under the flags it was made with, and a short run changes them
// (io/tiering.ts): the choice is made first, so that every cached chunk loads after it, in
// the sample runs as in a user's. main.ts makes the same choice again (run from sources).
load(join(here, "chunks/tiering.js"), false).startQuickIfShort(process.argv.slice(2), process.cwd());
load(join(here, "chunks/main.js"));
