export { decodeText } from "./decode.js";
export { detectFormat, type InputFormat, type OutputFormat, outputFormatOf } from "./detect-format.js";
export { parseChronicle } from "./parse-chronicle.js";
export { createLocator, type Locator, placeIssues } from "./positions.js";
export { type ReadOptions, type ReadResult, readDocument } from "./read-document.js";
export { formatChronicle } from "./serialize.js";
