import type { Entry, FuzzyDate } from "@briefline/core";

type Precision = FuzzyDate["precision"];

/** What each precision writes; finer precisions than a day also write the time. */
const PARTS: Record<string, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric" },
  month: { month: "short", year: "numeric" },
  day: { day: "numeric", month: "short", year: "numeric" },
  time: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};

// One formatter per time zone and precision: creating one costs far more than formatting.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string, parts: string): Intl.DateTimeFormat {
  const key = `${timezone}|${parts}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, ...PARTS[parts] });
    formatters.set(key, f);
  }
  return f;
}

/**
 * An instant written at a precision in a time zone: "2025", "Sep 2025", "5 Sep 2025",
 * "5 Sep 2025, 03:00".
 *
 * @example
 * formatInstant(Date.UTC(2025, 8, 5), "day", "UTC") // "5 Sep 2025"
 */
export function formatInstant(instant: number, precision: Precision, timezone: string): string {
  const parts = precision === "year" || precision === "month" || precision === "day" ? precision : "time";
  return formatter(timezone, parts).format(instant);
}

/**
 * A fuzzy date as a reader says it: "5 Sep 2025", "about Sep 2025", "3 Sep 2025 – 6 Sep 2025",
 * "until 5 Sep 2025", "20 Sep 2025 (uncertain)".
 *
 * @example
 * formatFuzzy(parseDate("2025-09~").date, "UTC") // "about Sep 2025"
 */
export function formatFuzzy(date: FuzzyDate, timezone: string): string {
  const one = (b: NonNullable<FuzzyDate["start"]>) => {
    const text = formatInstant(b.earliest, b.precision, timezone);
    return `${b.approximate ? "about " : ""}${text}${b.uncertain ? " (uncertain)" : ""}`;
  };
  if (!date.interval) return date.start ? one(date.start) : date.input;
  if (!date.start && date.end) return `until ${one(date.end)}`;
  if (date.start && !date.end) return `from ${one(date.start)}`;
  if (date.start && date.end) return `${one(date.start)} – ${one(date.end)}`;
  return date.input;
}

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
