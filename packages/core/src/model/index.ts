export { type Entry, entriesOf } from "./entries.js";
export type * from "./types.js";
export * from "./vocabulary.js";
