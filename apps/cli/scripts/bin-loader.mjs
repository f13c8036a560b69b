#!/usr/bin/env node
// The `bin` (copied to dist/main.js by scripts/bundle.mjs): loads the bundle's chunks with
// V8's code cache. Node 20 compiles an ES module from its text at every start (it has no
// module.enableCompileCache), so the chunks are scripts (esbuild's CommonJS form of the same
// code) compiled with `vm.Script` from the bytecode stored beside each (`<chunk>.cache`,
// written by the build after sample runs). A cache that V8 refuses (another Node, other
// flags) only costs the check: the chunk is compiled from its text as before.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { constants, Script } from "node:vm";

const here = dirname(fileURLToPath(import.meta.url));
const nodeRequire = createRequire(import.meta.url);
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
  const require = (id) => (id.startsWith(".") ? load(join(dir, id), cache) : nodeRequire(id));
  const meta = { url, resolve: (id) => (id.startsWith(".") ? new URL(id, url).href : import.meta.resolve(id)) };
  script.runInThisContext()(module.exports, require, module, meta);
  return module.exports;
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
