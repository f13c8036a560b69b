import { Document, Scalar, visit } from "yaml";
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
  const doc = new Document(chronicle, { aliasDuplicateObjects: false });
  // The yaml library writes a text of only spaces and line breaks (" \n") as a block
  // literal whose whitespace line reads back as empty, losing the spaces: quote those.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && node.value.includes("\n") && node.value.trim() === "") {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  return doc.toString({ lineWidth: 0, defaultStringType: "PLAIN" });
}
