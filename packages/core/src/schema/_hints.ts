import { cameoCode } from "../coding/cameo.js";
import { isPloverEvent } from "../coding/plover.js";
import type { PathSegment } from "./issue.js";

// Internal: the examples and hints that turn a schema issue into advice.

/** An example of each field, shown in hints. */
export const EXAMPLES: Record<string, string> = {
  date: "date: 2025-09-05 (or 2025-09, 2025-09-05T11:30+10:00, 2025-09-03/2025-09-06)",
  published: "published: 2025-09-05",
  accessed: "accessed: 2025-09-05",
  horizon: "horizon: 2025-12",
  cameo: 'cameo: "138" (quoted, so a leading zero survives: "036")',
  event: "event: THREATEN (a PLOVER event type such as AGREE, REJECT, CONSULT)",
  speaker: "speaker: putin (the id of an actor)",
  targets: "targets: [western-states]",
  participants: "participants: [putin, xi]",
  members: "members: [france, germany]",
  basis: "basis: [moscow-offer]",
  sources: "sources: [{ source: wire-0905, credibility: 2 }]",
  source: "source: wire-0905 (the id of a source)",
  credibility: "credibility: 2 (Admiralty 1 confirmed .. 6 cannot be judged)",
  reliability: "reliability: B (Admiralty A completely reliable .. F cannot be judged)",
  quote: 'quote: { text: "…", verbatim: true, language: en }',
  conditions: "conditions: [{ kind: if, text: troops are deployed }]",
  location: "location: { name: Vladivostok, country: RUS }",
  country: "country: RUS (ISO 3166-1 alpha-3)",
  language: "language: ru (a BCP 47 tag)",
  lat: "lat: 43.12 (degrees, -90 .. 90)",
  lon: "lon: 131.89 (degrees, -180 .. 180)",
  briefline: "briefline: 1",
  title: "title: Foreign troops and the Moscow offer",
  name: "name: Vladimir Putin",
  summary: "summary: Foreign troops in Ukraine would be legitimate targets.",
  text: "text: Moscow will keep making a meeting conditional on a Moscow venue.",
  likelihood: "likelihood: likely (ICD 203: almost_no_chance .. almost_certain)",
  confidence: "confidence: moderate (low | moderate | high)",
  intensity: "intensity: -7 (from -10 most hostile to +10 most cooperative)",
  id: "id: eef-plenary",
  from: "from: moscow-offer-rejected (the id of the later item)",
  to: "to: moscow-offer (the id of the earlier item)",
};

// Words analysts write for a value of a closed list, and the value they mean.
const SYNONYMS: Record<string, string> = {
  medium: "moderate",
  mid: "moderate",
  probable: "likely",
  probably: "likely",
  highly_likely: "very_likely",
  certain: "almost_certain",
  remote: "almost_no_chance",
  even: "roughly_even_chance",
  even_chance: "roughly_even_chance",
};

/** The value a synonym stands for, when it is among the options. */
export function synonymOf(found: string, options: readonly string[]): string | undefined {
  const meant = SYNONYMS[found.toLowerCase().replace(/[\s-]+/g, "_")];
  return meant !== undefined && options.includes(meant) ? meant : undefined;
}

/** Whether a field holds a date. */
export function isDateField(field: string): boolean {
  return field === "date" || field === "published" || field === "accessed" || field === "horizon";
}

/**
 * The hint for a CAMEO code written as a number: YAML reads `036` as 36, so name the
 * quoted codes it may have been ("13" is a root, "013" a different code).
 */
export function cameoNumberHint(found: number): string {
  const digits = String(found);
  const candidates = [digits, digits.padStart(2, "0"), digits.padStart(3, "0")].filter(
    (c, i, all) => c.length <= 4 && all.indexOf(c) === i && cameoCode(c) !== undefined,
  );
  const shown = candidates.length ? candidates : [digits.padStart(3, "0")];
  return `write CAMEO codes as quoted strings: ${shown.map((c) => `cameo: "${c}"`).join(" or ")}`;
}

/** The hint for a date written as a bare number other than a year (e.g. 20250905). */
export function dateNumberHint(field: string, found: number): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(String(found));
  const example = m ? `${m[1]}-${m[2]}-${m[3]}` : "2025-09-05";
  return `write the date with dashes, e.g. ${field}: ${example}`;
}

/** A hint for a text that does not match its pattern, when the fix is obvious. */
export function patternHint(field: string, found: unknown): string | undefined {
  if (typeof found !== "string") return undefined;
  if (field === "event" && isPloverEvent(found.toUpperCase()))
    return `write it in capitals: event: ${found.toUpperCase()}`;
  if (field === "country" && /^[a-z]{3}$/i.test(found)) return `write it in capitals: country: ${found.toUpperCase()}`;
  if (field === "id" && found.trim() !== "") {
    const slug = found
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9_.:-]+/g, "-")
      .replace(/^[^a-z0-9]+|-+$/g, "");
    if (slug !== "") return `ids are slugs, e.g. id: ${slug}`;
  }
  return undefined;
}

/** The last field name of a path (`statements[3].sources[0].source` → `source`). */
export function fieldName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === "string") return seg;
  }
  return "";
}
