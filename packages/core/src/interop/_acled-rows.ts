import { iso31661 } from "iso-3166";
import type { EventKind } from "../model/vocabulary.js";

/**
 * ACLED sub-event types and event types mapped to a Briefline kind and CAMEO code. The
 * event types are fallbacks: exports before 2019 have no sub_event_type, and their event
 * types differ ("Riots/Protests", "Remote violence", "Battle-No change of territory").
 */
const ACLED_TABLE: Record<string, [EventKind, string]> = {
  "Armed clash": ["military", "193"],
  "Government regains territory": ["military", "192"],
  "Non-state actor overtakes territory": ["military", "192"],
  "Shelling/artillery/missile attack": ["military", "194"],
  "Air/drone strike": ["military", "195"],
  "Remote explosive/landmine/IED": ["military", "183"],
  "Suicide bomb": ["military", "183"],
  Grenade: ["military", "183"],
  "Chemical weapon": ["military", "204"],
  Attack: ["military", "180"],
  "Abduction/forced disappearance": ["military", "181"],
  "Sexual violence": ["military", "182"],
  "Peaceful protest": ["other", "141"],
  "Protest with intervention": ["other", "141"],
  "Excessive force against protesters": ["military", "175"],
  "Violent demonstration": ["other", "145"],
  "Mob violence": ["other", "145"],
  Agreement: ["agreement", "057"],
  Arrests: ["other", "173"],
  "Change to group/activity": ["other", "010"],
  "Disrupted weapons use": ["military", "150"],
  "Headquarters or base established": ["military", "154"],
  "Looting/property destruction": ["military", "171"],
  "Non-violent transfer of territory": ["other", "08"],
  Other: ["other", "010"],
  // Event types, current and older, for rows whose sub-event type is missing or unknown.
  Battles: ["military", "190"],
  "Battle-No change of territory": ["military", "193"],
  "Battle-Government regains territory": ["military", "192"],
  "Battle-Non-state actor overtakes territory": ["military", "192"],
  "Explosions/Remote violence": ["military", "190"],
  "Remote violence": ["military", "190"],
  "Violence against civilians": ["military", "180"],
  Protests: ["other", "141"],
  Riots: ["other", "145"],
  "Riots/Protests": ["other", "140"],
};
// Looked up by text from the file: a Map, so `constructor` or `__proto__` finds nothing.
const ACLED_CODES = new Map(Object.entries(ACLED_TABLE));

/** The kind and CAMEO code of a row: from its sub-event type, else its event type. */
export function acledCoding(row: Record<string, string>): [EventKind, string] {
  return ACLED_CODES.get(row.sub_event_type ?? "") ?? ACLED_CODES.get(row.event_type ?? "") ?? ["other", "010"];
}

/** Older names of today's columns: exports before 2019 call the associated actors allies. */
const HEADER_ALIASES = new Map([
  ["ally_actor_1", "assoc_actor_1"],
  ["ally_actor_2", "assoc_actor_2"],
]);

/** A header as the importer names it: lower case (older exports write EVENT_ID_CNTY), today's name. */
export function acledHeader(header: string): string {
  const name = header.trim().toLowerCase();
  return HEADER_ALIASES.get(name) ?? name;
}

const ALPHA3_OF_NUMERIC = new Map(iso31661.map((c) => [c.numeric, c.alpha3]));
const ALPHA3_OF_NAME = new Map(iso31661.map((c) => [c.name.toLowerCase(), c.alpha3]));

/**
 * The country an ACLED actor name names, as ISO 3166-1 alpha-3: "Civilians (Ukraine)",
 * "Military Forces of Ukraine (2019-)". The row's own country is matched first (ACLED's
 * names are its country names), then ISO's English short names; a name ACLED spells
 * otherwise ("Military Forces of Russia") gets none rather than a guess.
 *
 * @example
 * actorCountry("Berber Ethnic Group (Algeria)", "Algeria", "DZA") // "DZA"
 */
export function actorCountry(
  name: string,
  rowCountry: string | undefined,
  rowAlpha3: string | undefined,
): string | undefined {
  const named = [/\(([^()]*[A-Za-z][^()]*)\)\s*$/.exec(name)?.[1], /\bof ([A-Z][^()]*?)\s*(?:\(|$)/.exec(name)?.[1]];
  for (const candidate of named) {
    const key = candidate?.trim().toLowerCase();
    if (!key) continue;
    if (rowAlpha3 && key === rowCountry?.trim().toLowerCase()) return rowAlpha3;
    const iso = ALPHA3_OF_NAME.get(key);
    if (iso) return iso;
  }
  return undefined;
}

/** The ISO 3166-1 alpha-3 country of a row, from `iso` (numeric, e.g. 804) or `iso3`. */
export function acledCountry(row: Record<string, string>): string | undefined {
  const numeric = (row.iso ?? "").trim();
  if (/^\d{1,3}$/.test(numeric)) return ALPHA3_OF_NUMERIC.get(numeric.padStart(3, "0"));
  const alpha = (row.iso3 ?? "").trim().toUpperCase();
  return /^[A-Z]{3}$/.test(alpha) ? alpha : undefined;
}

/**
 * What happened, by whom, to whom, where: "Peaceful protest by Protesters (Argentina) in
 * Rosario". Associated actors stay out of it (they are on the same side as their actor). A
 * strategic development whose notes open with ACLED's label ("Interception: On 4 May…",
 * "Displacement: …") is titled by the label, which says more than "Other".
 */
export function acledTitle(row: Record<string, string>): string {
  const label = /^strategic development/i.test(row.event_type ?? "") ? notesLabel(row.notes) : undefined;
  const what = label ?? (row.sub_event_type || row.event_type || "Event");
  const by = row.actor1 ? ` by ${row.actor1}` : "";
  const against = row.actor2 ? ` against ${row.actor2}` : "";
  const where = row.location ? ` in ${row.location}` : "";
  return `${what}${by}${against}${where}`;
}

function notesLabel(notes: string | undefined): string | undefined {
  return /^([A-Z][A-Za-z]+(?: [a-z]+){0,2}): /.exec(notes ?? "")?.[1];
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * ACLED date + time_precision → EDTF: day, the ISO week around the day, or the month.
 * Dates as ACLED has written them: 2025-09-05, 05 September 2025, and 05/09/2025 (day
 * first, in exports before 2019).
 *
 * @example
 * acledDate("18/04/2001", "1") // "2001-04-18"
 * acledDate("16 February 2024", "3") // "2024-02"
 */
export function acledDate(value: string, precision: string): string | undefined {
  const ymd = dayOf(value.trim());
  if (!ymd) return undefined;
  const [y, m, d] = ymd;
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (precision.trim() === "3") return day(t).slice(0, 7);
  if (precision.trim() === "2") {
    const monday = t - ((check.getUTCDay() + 6) % 7) * 86_400_000;
    return `${day(monday)}/${day(monday + 6 * 86_400_000)}`;
  }
  return day(t);
}

function dayOf(value: string): [number, number, number] | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const long = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(value);
  const month = MONTHS.indexOf((long?.[2] ?? "").toLowerCase());
  if (long && month >= 0) return [Number(long[3]), month + 1, Number(long[1])];
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (dayFirst) return [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  return undefined;
}
