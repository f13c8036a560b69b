import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One run covers every package and prints one summary. Tests import sibling packages
// from their sources, so a change is tested without a rebuild.
const alias = [
  { find: /^@briefline\/extract$/, replacement: src("./packages/extract/src/index.ts") },
  { find: /^@briefline\/core\/layout$/, replacement: src("./packages/core/src/layout/index.ts") },
  { find: /^@briefline\/core\/quick$/, replacement: src("./packages/core/src/quick.ts") },
  { find: /^@briefline\/core$/, replacement: src("./packages/core/src/index.ts") },
  { find: /^@briefline\/timeline-web$/, replacement: src("./packages/timeline-web/src/index.ts") },
  { find: /^@briefline\/report-pdf$/, replacement: src("./packages/report-pdf/src/index.ts") },
];

// Seeds fast-check when FC_SEED is set (see the file).
const setupFiles = [src("./vitest.setup.ts")];

// .ci/run sets VITEST_JSON to read the counts of passed and failed tests from a file.
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    reporters: json ? ["default", ["json", { outputFile: json }]] : ["default"],
    projects: [
      {
        resolve: { alias },
        // Timeouts catch hangs, not slowness: the property tests take about a second alone
        // and five when CI runs every project at once on two cores.
        test: { name: "core", root: "packages/core", env: { TZ: "UTC" }, setupFiles, testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: { name: "extract", root: "packages/extract", env: { TZ: "UTC" }, setupFiles, testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "timeline-web",
          root: "packages/timeline-web",
          env: { TZ: "UTC" },
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "report-pdf",
          root: "packages/report-pdf",
          env: { TZ: "UTC" },
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The evaluation harness: scoring, pooling and the real-news corpus's own checks (plain .mjs).
        test: { name: "eval", root: "eval", env: { TZ: "UTC" }, setupFiles },
      },
      {
        resolve: { alias },
        test: {
          name: "cli",
          root: "apps/cli",
          env: { TZ: "UTC" },
          setupFiles,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Packs and installs every package: slow, and it needs built packages (see the file).
        test: { name: "packaging", root: "packaging", env: { TZ: "UTC" }, testTimeout: 240_000, hookTimeout: 240_000 },
      },
    ],
  },
});
