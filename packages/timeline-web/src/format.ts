import { type Entry, formatFuzzy } from "@briefline/core";

// One formatter of fuzzy dates for both renderers, in core: the web timeline and the
// briefing write the same date the same way ("about Sep 2025", "until 5 Sep 2025").
export { formatFuzzy, formatInstant } from "@briefline/core";

/** A kind as a label: "ultimatum" → "Ultimatum". */
export function kindLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1).replace(/_/g, " ");
}

/**
 * One line that names an entry for a screen reader or a tooltip: kind, who, when, what.
 *
 * @example
 * describeEntry(entry, names, "UTC") // "Threat by Vladimir Putin, 5 Sep 2025: Foreign troops … would be targets"
 */
export function describeEntry(entry: Entry, names: ReadonlyMap<string, string>, timezone: string): string {
  const who =
    entry.type === "statement"
      ? `by ${names.get(entry.speaker as string) ?? entry.speaker}`
      : entry.targets.length
        ? `with ${entry.targets.map((a) => names.get(a) ?? a).join(", ")}`
        : "";
  const title = entry.title.length > 160 ? `${entry.title.slice(0, 157)}…` : entry.title;
  return `${kindLabel(entry.kind)}${who ? ` ${who}` : ""}, ${formatFuzzy(entry.date, timezone)}: ${title}`;
}
