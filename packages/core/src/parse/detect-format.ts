/** What `briefline convert` reads: a chronicle (YAML/JSON), ACLED CSV, or a TimelineJS3 document. */
export type InputFormat = "chronicle" | "acled" | "timelinejs";
/** What it writes: a chronicle as YAML or JSON, TimelineJS3 JSON, or PLOVER JSON. */
export type OutputFormat = "yaml" | "json" | "timelinejs" | "plover";

/**
 * Tells what an input holds from what is known of it so far: its file name (no name
 * for standard input), its text, and the data parsed from it. Returns undefined while
 * the answer needs more: a `.json` file or JSON on standard input may be a chronicle
 * or a TimelineJS document, which only the parsed data tells apart.
 *
 * @example
 * detectFormat({ name: "events.csv" })                      // "acled"
 * detectFormat({ name: "c.yaml" })                          // "chronicle"
 * detectFormat({ name: "t.json" })                          // undefined: parse it, then ask again
 * detectFormat({ name: "t.json", data: { events: [] } })    // "timelinejs"
 */
export function detectFormat(input: { name?: string; text?: string; data?: unknown }): InputFormat | undefined {
  const ext = extension(input.name);
  if (ext === ".csv") return "acled";
  if (input.data !== undefined) {
    const d = input.data as Record<string, unknown> | null;
    return d !== null && typeof d === "object" && Array.isArray(d.events) && !("briefline" in d)
      ? "timelinejs"
      : "chronicle";
  }
  // TimelineJS is JSON: text that does not open an object can only be a chronicle.
  if (input.text !== undefined && !/^\s*\{/.test(input.text)) return "chronicle";
  if (input.name !== undefined && ext !== ".json") return "chronicle";
  return undefined;
}

/**
 * The output format a file name asks for, or undefined when the name does not say.
 *
 * @example
 * outputFormatOf("out.timelinejs.json") // "timelinejs"
 * outputFormatOf("out.yml")             // "yaml"
 * outputFormatOf("out.txt")             // undefined
 */
export function outputFormatOf(name: string): OutputFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".timelinejs.json") || lower.endsWith(".tjs.json")) return "timelinejs";
  if (lower.endsWith(".plover.json") || lower.endsWith(".plover.jsonl") || lower.endsWith(".jsonl")) return "plover";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return undefined;
}

function extension(name: string | undefined): string {
  const match = name === undefined ? null : /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : "";
}
