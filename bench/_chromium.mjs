// The benchmarks launch Chromium as the browser tests do (one list of flags).
export { CHROMIUM, LAUNCH } from "../packages/timeline-web/scripts/chromium.mjs";
