export * from "./chronicle.js";
export { COUNTRY_CODES, isCountryCode } from "./countries.js";
export { didYouMean } from "./did-you-mean.js";
export { describeValue, formatPath, type Issue, type PathSegment } from "./issue.js";
export { chronicleJsonSchema } from "./json-schema.js";
export { type FastValidation, loadFastValidation, type ValidateOptions } from "./structure.js";
export { type ValidationResult, validateChronicle } from "./validate.js";
