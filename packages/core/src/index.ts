export * from "./coding/index.js";
export * from "./dates/index.js";
export * from "./interop/index.js";
export * from "./model/index.js";
export * from "./parse/index.js";
export * from "./query/index.js";
export * from "./reference/index.js";
export * from "./schema/index.js";
export { shortenText, shortenToFit } from "./util/shorten.js";
