// One measurement in a fresh process: read the file, time JSON.parse alone, then load +
// validate (parseChronicle) twice, build the entries index, and time a filter.
import { readFileSync, statSync } from "node:fs";
import {
  entriesOf,
  filterEntries,
  loadFastValidation,
  parseChronicle,
  readPeriod,
} from "../packages/core/dist/index.js";

// As the CLI does for files above 2 MB.
const fast = await loadFastValidation();

const [file, mode] = process.argv.slice(2);
if (mode === "memory") {
  // What a user's process holds: the text, the chronicle and its entries index.
  const result = parseChronicle(readFileSync(file, "utf8"), { filename: file, fast });
  const entries = result.ok ? entriesOf(result.chronicle) : [];
  process.stdout.write(JSON.stringify({ maxRss: process.resourceUsage().maxRSS * 1024, entries: entries.length }));
  process.exit(0);
}
let text = readFileSync(file, "utf8");
const time = (fn) => {
  const t = performance.now();
  const value = fn();
  return [performance.now() - t, value];
};
const [jsonParse] = time(() => JSON.parse(text));
global.gc?.();
let [loadFirst, first] = time(() => parseChronicle(text, { filename: file, fast }));
if (!first.ok) throw new Error(`invalid: ${JSON.stringify(first.errors.slice(0, 3))}`);
first = undefined;
global.gc?.();
const [jsonParse2] = time(() => JSON.parse(text));
global.gc?.();
// Warm runs: the median of five (one for the largest files, where warm-up is noise).
const warm = [];
let result;
for (let i = 0; i < (text.length > 100e6 ? 1 : 5); i++) {
  global.gc?.();
  const [ms, r] = time(() => parseChronicle(text, { filename: file, fast }));
  warm.push(ms);
  result = r;
}
warm.sort((a, b) => a - b);
const loadWarm = warm[Math.floor(warm.length / 2)];
text = undefined;
const [index, entries] = time(() => entriesOf(result.chronicle));
const { period } = readPeriod({ from: "2024-06", to: "2024-06" }, "UTC");
const filter = { actors: ["actor-7"], role: "speaker", kinds: ["threat", "offer"], ...period };
const runs = [];
let kept = 0;
for (let i = 0; i < 20; i++) {
  const [ms, out] = time(() => filterEntries(entries, filter));
  runs.push(ms);
  kept = out.length;
}
runs.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    bytes: statSync(file).size,
    jsonParse: Math.min(jsonParse, jsonParse2),
    loadFirst,
    loadWarm,
    index,
    filter: runs[10],
    kept,
  }),
);
