import type { Chronicle } from "../model/types.js";
import { budgetStructure } from "./_budget.js";
import { checkContent } from "./_check-content.js";
import { ordered } from "./_key-order.js";
import type { QuickCheck } from "./generated-check.js";
import { sortIssues } from "./sort-issues.js";
import type { ValidationResult } from "./validate.js";

/**
 * validateChronicle without the schema library, for data that the structural check
 * generated from the same schema (`check`) accepts: the same checks of ids, references,
 * dates, codes and relations follow, and the same result comes out. Undefined when the
 * data needs the schema library after all, to report its structure's problems or because
 * it holds what JSON Schema cannot tell apart from what zod refuses (see {@link plainData}):
 * the caller then runs validateChronicle.
 *
 * The chronicle returned is a copy of the data with each object's keys where zod's copy
 * puts them (the schema's order), so that what is written from it is the same to the byte.
 */
export function validateQuick(data: unknown, quick: QuickCheck): ValidationResult | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  if (!plainData(data, 0)) return undefined;
  const budget = budgetStructure(data as Record<string, unknown>);
  if (budget.errors.length > 0 || budget.stopped.length > 0 || !quick.check(budget.data)) return undefined;
  const result = checkContent(ordered(budget.data, quick.order) as Chronicle);
  if (result.ok) return { ...result, warnings: sortIssues(result.warnings, data) };
  return { ok: false, errors: sortIssues(result.errors, data), warnings: sortIssues(result.warnings, data) };
}

/**
 * Whether the data is made only of what JSON Schema's types and zod's agree on: plain
 * objects and arrays, strings, booleans, null and finite numbers. Ajv's `number` takes
 * NaN and ±Infinity (YAML's `.nan`, `.inf`), which zod refuses; a YAML 1.1 document can
 * hold dates, maps, sets and bytes; `__proto__` as a key is a case of its own for each.
 */
function plainData(value: unknown, depth: number): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value !== "object") return typeof value !== "bigint" && typeof value !== "symbol";
  if (depth > 64) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!plainData(value[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (key === "__proto__" || !plainData((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}
