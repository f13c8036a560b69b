// Bundles the CLI's entry point after tsc: dist/main.js (the `bin`) becomes one ES module
// with the commands' heavy paths split into dist/chunks/, loaded by the same dynamic
// imports as before. ~600 small files (core, zod, yaml, date-fns, …) were resolved,
// read and compiled one by one at every start; a bundle is a handful of files.
// dist/index.js and the other tsc outputs stay as they are: the package's public API.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(join(dist, "chunks"), { recursive: true, force: true });
rmSync(join(dist, "main.js.map"), { force: true });

await build({
  entryPoints: { main: join(root, "src/main.ts") },
  outdir: dist,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // pdfkit and fontkit find their data files beside their own modules; they stay packages.
  external: ["pdfkit", "fontkit"],
  // CommonJS dependencies (papaparse, nearley, …) call require() for Node's built-ins.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module";\nconst require = __bundleRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
