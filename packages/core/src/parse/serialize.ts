import { stringify } from "yaml";
import type { Chronicle } from "../model/types.js";

/**
 * Writes a chronicle as YAML or JSON text, keeping field order and every value, so
 * that reading it back gives the same data.
 *
 * @example
 * formatChronicle(chronicle, "yaml").startsWith("briefline: 1") // true
 */
export function formatChronicle(chronicle: Chronicle, format: "yaml" | "json"): string {
  if (format === "json") return `${JSON.stringify(chronicle, null, 2)}\n`;
  return stringify(chronicle, { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: "PLAIN" });
}
