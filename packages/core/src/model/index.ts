export { type Entry, entriesOf, sortedSpan } from "./entries.js";
export type * from "./types.js";
export * from "./vocabulary.js";
